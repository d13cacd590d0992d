import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { CLI_PRINCIPAL } from '../../access/index.ts';
import { importBlocklist, parseBlocklist, scanText } from '../../guard/index.ts';
import { CliError, withStore } from '../context.ts';

/**
 * `lionrock guard scan --json`: JSON lines `{"text": ...}` in, one JSON line per input out
 * (`{injection, pii, urls}`); a contract other checks rely on. Pure: no database is opened, so
 * the blocklist is not consulted (pass `--blocklist FILE` to use one).
 */
export function guardCommands(program: Command): void {
  const guard = program.command('guard').description('Guardrails: scan text, manage the URL blocklist');
  guard
    .command('scan')
    .option('--json', 'read JSON lines {"text": ...} on stdin and write one JSON result line per input')
    .option('--blocklist <file>', 'a blocklist file (one domain per line) to check links against')
    .description('Scan text for prompt injection, personal data and phishing links')
    .action(async (options: { json?: boolean; blocklist?: string }) => {
      const blocklist = options.blocklist
        ? new Set(parseBlocklist(readFileSync(options.blocklist, 'utf8')).domains)
        : undefined;
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      let lineNo = 0;
      for await (const line of lines) {
        lineNo++;
        if (line.trim() === '') continue;
        let text: string;
        if (options.json) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(line);
          } catch {
            throw new CliError(`line ${lineNo}: not valid JSON`, 2);
          }
          const value = (parsed as { text?: unknown } | null)?.text;
          if (typeof value !== 'string') throw new CliError(`line ${lineNo}: expected {"text": "..."}`, 2);
          text = value;
        } else {
          text = line;
        }
        const result = scanText(text, blocklist ? { blocklist } : {});
        process.stdout.write(`${JSON.stringify(result)}\n`);
      }
    });
  const blocklist = guard.command('blocklist').description('The platform-wide URL blocklist');
  blocklist
    .command('import')
    .argument('<file>', 'one domain per line (# comments, hosts-file lines and URLs accepted)')
    .option('--source <name>', 'where the list came from (default: the file name)')
    .description('Add the domains in FILE to the blocklist kept in the database')
    .action((file: string, options: { source?: string }) =>
      withStore(async (store) => {
        const { domains, rejected } = parseBlocklist(readFileSync(file, 'utf8'));
        const { added } = await importBlocklist(
          store.db,
          { actor: CLI_PRINCIPAL, requestId: null },
          domains,
          options.source ?? basename(file),
        );
        process.stdout.write(`Added ${added} of ${domains.length} domains; ${rejected.length} lines skipped.\n`);
      }),
    );
}
