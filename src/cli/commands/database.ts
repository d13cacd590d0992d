import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CLI_PRINCIPAL, seedDemo } from '../../access/index.ts';
import { seedDemoBots } from '../../chat/index.ts';
import { buildApp } from '../../api/index.ts';
import { counted } from '../../core/index.ts';
import { registerBotApplications, seedDemoGovernance } from '../../governance/index.ts';
import {
  type AnchorPaths,
  anchorPathsFrom,
  appendAudit,
  checkAnchor,
  openCheckpointer,
  verifyAuditEntries,
} from '../../audit/index.ts';
import { backup, restore } from '../../store/index.ts';
import { CliError, withStore } from '../context.ts';

/** `migrate`, `seed`, `backup` and `restore`: the database's life cycle. */
export function databaseCommands(program: Command): void {
  program
    .command('migrate')
    .description('Apply the committed SQL migrations to the configured database')
    .action(() =>
      withStore(async (store) => {
        process.stdout.write(`Database at ${store.location} is up to date.\n`);
      }),
    );

  program
    .command('seed')
    .description(
      'Seed an empty database with the demo department, a platform admin (prints the admin key once), the demo ' +
        'bots and their governance (assessments, endorsements, evaluations, the go-live gate), as a fresh start does',
    )
    .action(() =>
      withStore(async (store, config) => {
        const result = await seedDemo(store.db, {
          adminKey: config.adminKey,
          keyLifetimeDays: config.defaultKeyLifetimeDays,
        });
        if (!result.seeded) {
          process.stdout.write(
            `The database already has data; nothing seeded.${result.presetKeyAdded ? ' Added LIONROCK_ADMIN_KEY to the admin.' : ''}\n`,
          );
          return;
        }
        const bots = await seedDemoBots(store.db);
        await registerBotApplications(store.db, { principal: CLI_PRINCIPAL, requestId: 'seed' });
        process.stdout.write(
          `Seeded the demo department, a platform admin and the demo bots (${bots.join(', ')}).\nAdmin API key: ${config.adminKey ? '(the key in LIONROCK_ADMIN_KEY)' : result.adminKey}\n`,
        );
        // As `lionrock serve` does on a fresh start: the evaluations ask the demo bots through the API's
        // answer path, so the app is built (not listening, its worker not polling) and drained here.
        const app = await buildApp({ store, config: { ...config, runJobs: false } });
        try {
          const governed = await seedDemoGovernance(store.db, () => app.lionrock.jobWorker.drain());
          const refused = governed.refused.map((r) => `${r.botId} (${r.unmet.join(', ')})`).join('; ');
          process.stdout.write(
            `Governed the demo AI applications: assessed ${governed.assessed.length}, ran ${counted(governed.evaluations.length, 'evaluation')}` +
              `${refused ? `; kept from going live by the gate: ${refused}` : ''}.\n`,
          );
        } finally {
          await app.close();
        }
      }),
    );

  program
    .command('backup')
    .argument('<file>', 'where to write the backup (JSON); "-" for standard output')
    .description('Write every table to one consistent JSON backup')
    .action((file: string) =>
      withStore(async (store) => {
        const data = await backup(store.db);
        const json = JSON.stringify(data);
        if (file === '-') process.stdout.write(`${json}\n`);
        else {
          await writeFile(file, json, { mode: 0o600 });
          const rows = Object.values(data.tables).reduce((sum, rows) => sum + rows.length, 0);
          process.stdout.write(`Backed up ${rows} rows from ${Object.keys(data.tables).length} tables to ${file}\n`);
        }
      }),
    );

  program
    .command('restore')
    .argument('<file>', 'a backup written by `lionrock backup`')
    .option('--yes', 'confirm that every current row is replaced')
    .option('--force', "restore even if the backup's audit chain or the anchor says it was tampered with (audited)")
    .description(
      "Check the backup's audit chain (and the anchor), then replace all data with it in one transaction and " +
        'record the restore in the audit trail',
    )
    .action((file: string, options: { yes?: boolean; force?: boolean }) =>
      withStore(async (store, config) => {
        if (!options.yes)
          throw new CliError('restore replaces ALL data in the database; run again with --yes to confirm', 2);
        let data: unknown;
        try {
          data = JSON.parse(await readFile(file, 'utf8'));
        } catch (error) {
          throw new CliError(`cannot read backup ${file}: ${(error as Error).message}`);
        }
        const paths = anchorPathsFrom(config);
        const problems = await backupChainProblems(data, paths);
        if (problems.length && !options.force) {
          throw new CliError(
            `backup ${file} fails verification, nothing was changed:\n  ${problems.join('\n  ')}\n` +
              'Restore it anyway with --force (the restore and these findings are recorded in the audit trail).',
          );
        }
        try {
          await restore(store.db, data, (tx) =>
            appendAudit(
              tx,
              { actor: CLI_PRINCIPAL, requestId: null },
              {
                action: 'system.restore',
                entityType: 'system',
                entityId: null,
                departmentId: null,
                after: {
                  file,
                  createdAt: (data as { createdAt?: unknown }).createdAt ?? null,
                  ...(problems.length ? { forced: true, problems } : {}),
                },
              },
            ).then(() => undefined),
          );
        } catch (error) {
          throw new CliError(`restore failed, nothing was changed: ${(error as Error).message}`);
        }
        // The chain now restarts from the backup's: say so, signed, so earlier checkpoints stop applying.
        await (await openCheckpointer(store.db, paths)).markRestore();
        if (problems.length) process.stderr.write(`lionrock: restored despite: ${problems.join('; ')}\n`);
        process.stdout.write(`Restored ${file}.\n`);
      }),
    );
}

/** What is wrong with a backup's audit chain, checked alone and against the anchor's checkpoints. */
async function backupChainProblems(data: unknown, paths: AnchorPaths): Promise<string[]> {
  const tables = (data as { tables?: Record<string, unknown> } | null)?.tables;
  const rows = tables?.audit_log;
  const heads = tables?.audit_head;
  if (!Array.isArray(rows) || !Array.isArray(heads)) return ['the backup holds no audit trail'];
  type Row = Parameters<typeof verifyAuditEntries>[0][number];
  const entries = rows as Row[];
  const head = (heads as { seq?: unknown; hash?: unknown }[])[0];
  const problems: string[] = [];
  try {
    const chain = verifyAuditEntries(
      entries,
      typeof head?.seq === 'number' && typeof head.hash === 'string' ? { seq: head.seq, hash: head.hash } : null,
    );
    if (!chain.ok) problems.push(`audit chain broken at entry ${chain.firstBrokenSeq}: ${chain.reason}`);
    const byseq = new Map(entries.map((row) => [row.seq, row.hash]));
    const anchor = await checkAnchor(null, paths, {
      head: { seq: chain.entries, hash: byseq.get(chain.entries) ?? '' },
      hashes: async () => byseq,
      allowAhead: true,
    });
    if (!anchor.ok) problems.push(`anchor (${anchor.problem}): ${anchor.reason}`);
  } catch (error) {
    problems.push(`audit trail unreadable: ${(error as Error).message}`);
  }
  return problems;
}
