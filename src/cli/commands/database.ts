import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { CLI_PRINCIPAL, seedDemo } from '../../access/index.ts';
import { seedDemoBots } from '../../chat/index.ts';
import { appendAudit } from '../../audit/index.ts';
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
    .description('Seed an empty database with the demo department and a platform admin (prints the admin key once)')
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
        process.stdout.write(
          `Seeded the demo department, a platform admin and the demo bots (${bots.join(', ')}).\nAdmin API key: ${config.adminKey ? '(the key in LIONROCK_ADMIN_KEY)' : result.adminKey}\n`,
        );
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
    .description('Replace all data with a backup, in one transaction, and record the restore in the audit trail')
    .action((file: string, options: { yes?: boolean }) =>
      withStore(async (store) => {
        if (!options.yes)
          throw new CliError('restore replaces ALL data in the database; run again with --yes to confirm', 2);
        let data: unknown;
        try {
          data = JSON.parse(await readFile(file, 'utf8'));
        } catch (error) {
          throw new CliError(`cannot read backup ${file}: ${(error as Error).message}`);
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
                after: { file, createdAt: (data as { createdAt?: unknown }).createdAt ?? null },
              },
            ).then(() => undefined),
          );
        } catch (error) {
          throw new CliError(`restore failed, nothing was changed: ${(error as Error).message}`);
        }
        process.stdout.write(`Restored ${file}.\n`);
      }),
    );
}
