import type { Command } from 'commander';
import { type AnchorCheck, type AuditVerdict, anchorPathsFrom, checkAnchor, verifyAudit } from '../../audit/index.ts';
import { withStore } from '../context.ts';

export function auditCommands(program: Command): void {
  const audit = program.command('audit').description('Inspect the hash-chained audit trail');
  audit
    .command('verify')
    .option('--json', 'print the verdict as JSON')
    .option('--public-key <file>', 'check the anchor with this public key (PEM) instead of the configured key file')
    .description(
      'Walk the whole chain and check it against the signed checkpoints outside the database; exit 1 and name ' +
        'the first broken entry if it was tampered with, truncated or rewound',
    )
    .action((options: { json?: boolean; publicKey?: string }) =>
      withStore(async (store, config) => {
        const chain = await verifyAudit(store.db);
        const anchor = await checkAnchor(store.db, { ...anchorPathsFrom(config), publicKeyFile: options.publicKey });
        const ok = chain.ok && anchor.ok;
        if (options.json) process.stdout.write(`${JSON.stringify({ ...chain, ok, anchor })}\n`);
        else process.stdout.write(`${describe(chain, anchor)}\n`);
        if (!ok) process.exitCode = 1;
      }),
    );
}

function describe(chain: AuditVerdict, anchor: AnchorCheck): string {
  const lines: string[] = [];
  if (!chain.ok) lines.push(`Audit chain BROKEN at entry ${chain.firstBrokenSeq}: ${chain.reason}`);
  else if (anchor.ok) lines.push(`Audit chain intact: ${chain.entries} entries, head ${chain.headHash}`);
  if (!anchor.anchored) lines.push(`Anchor: none (${anchor.reason}); truncation cannot be detected.`);
  else if (!anchor.ok) lines.push(`Audit chain BROKEN at entry ${anchor.seq} (${anchor.problem}): ${anchor.reason}`);
  else if (anchor.latest)
    lines.push(
      `Anchor: ${anchor.checkpoints} signed checkpoints agree; the latest covers entry ${anchor.latest.seq} (${anchor.latest.at}).`,
    );
  else lines.push('Anchor: no checkpoints yet.');
  return lines.join('\n');
}
