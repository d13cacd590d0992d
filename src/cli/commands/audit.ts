import type { Command } from 'commander';
import { verifyAudit } from '../../audit/index.ts';
import { withStore } from '../context.ts';

export function auditCommands(program: Command): void {
  const audit = program.command('audit').description('Inspect the hash-chained audit trail');
  audit
    .command('verify')
    .option('--json', 'print the verdict as JSON')
    .description('Walk the whole chain; exit 1 and name the first broken entry if it was tampered with')
    .action((options: { json?: boolean }) =>
      withStore(async (store) => {
        const verdict = await verifyAudit(store.db);
        if (options.json) process.stdout.write(`${JSON.stringify(verdict)}\n`);
        else if (verdict.ok)
          process.stdout.write(`Audit chain intact: ${verdict.entries} entries, head ${verdict.headHash}\n`);
        else process.stdout.write(`Audit chain BROKEN at entry ${verdict.firstBrokenSeq}: ${verdict.reason}\n`);
        if (!verdict.ok) process.exitCode = 1;
      }),
    );
}
