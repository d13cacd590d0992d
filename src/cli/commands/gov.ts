import type { Command } from 'commander';
import { derive, parseDeriveInput } from '../../governance/index.ts';
import { CliError } from '../context.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `lionrock gov ...`: governance from the command line. `gov derive` applies the derivation rules
 * (docs/governance.md) to answers on stdin; pure, no database is opened. Other `gov` subcommands
 * attach to the same `gov` command.
 */
export function govCommands(program: Command): Command {
  const gov = program.command('gov').description('Governance: assessments, risk derivation, go-live status');
  gov
    .command('derive')
    .option('--json', 'print {impact, tier, oversight, reasons[]} as JSON')
    .description(
      'Derive impact (low/high), GenAI tier and required human oversight from answers on stdin:\n' +
        '{"hk-aiaia": {"A": "no", ...}, "hk-genai-tier": {...}, "pcpd-ai-privacy": {...}, "versions"?: {...}}',
    )
    .action(async (options: { json?: boolean }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readStdin());
      } catch {
        throw new CliError('stdin: not valid JSON', 2);
      }
      const input = parseDeriveInput(raw);
      if (!input.ok) throw new CliError(input.issues.map((i) => `${i.path}: ${i.message}`).join('\n'), 2);
      const outcome = derive(input.value);
      if (!outcome.ok) {
        const lines = outcome.issues.map(
          (i) =>
            `${i.templateId}.${i.questionId}: ${i.code === 'unanswered' ? 'missing; the derivation needs every rule question answered' : i.message.en}`,
        );
        throw new CliError(lines.join('\n'), 2);
      }
      const { impact, tier, oversight, reasons } = outcome.value;
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ impact, tier, oversight, reasons })}\n`);
        return;
      }
      const show = (v: string | null) => v ?? '(no answers given)';
      process.stdout.write(`Impact: ${show(impact)}\nGenAI tier: ${show(tier)}\nHuman oversight: ${show(oversight)}\n`);
      for (const r of reasons) process.stdout.write(`  [${r.result}] ${r.questionId} = ${r.answer}: ${r.because.en}\n`);
    });
  return gov;
}
