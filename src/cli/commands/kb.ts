import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  evaluateRetrieval,
  lionrockSystem,
  type ParseResult,
  parseFaqLines,
  parseLabelledQueryLines,
} from '../../retrieval/index.ts';
import { CliError } from '../context.ts';

interface EvalOptions {
  faq: string;
  queries: string;
  k: string;
  learn?: string;
  json?: boolean;
}

/** `lionrock kb …`: the knowledge base. `kb eval` measures retrieval on files and needs no database. */
export function kbCommands(program: Command): Command {
  const kb = program.command('kb').description('Knowledge base: FAQ entries, documents and retrieval');
  kb.command('eval')
    .requiredOption('--faq <file>', 'FAQ entries, JSONL {id, question, answer, department?, keywords?}')
    .requiredOption('--queries <file>', 'labelled queries, JSONL {q|query, id|faq_id}')
    .option('--k <n>', 'ranked ids to report per query', '10')
    .option('--learn <file>', 'confirmed phrasings to learn first, JSONL {q|query, id|faq_id}')
    .option('--json', 'print {metrics, results} as one JSON object')
    .description('Build a temporary index, learn phrasings, run the queries and report MRR@10, Recall@k, latency')
    .action((options: EvalOptions) => {
      const k = Number(options.k);
      if (!Number.isInteger(k) || k < 1) throw new CliError('--k must be a positive integer', 2);
      const entries = readJsonl(options.faq, parseFaqLines);
      const queries = readJsonl(options.queries, parseLabelledQueryLines);
      const learn = options.learn === undefined ? [] : readJsonl(options.learn, parseLabelledQueryLines);
      const report = evaluateRetrieval({ system: lionrockSystem(), entries, queries, learn, k });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      const m = report.metrics;
      process.stdout.write(
        `${queries.length} queries over ${entries.length} entries: MRR@10 ${m.mrr10}  Recall@1 ${m.recall1}  ` +
          `Recall@3 ${m.recall3}  Recall@10 ${m.recall10}  p50 ${m.p50_ms} ms  p99 ${m.p99_ms} ms  index ${m.index_ms} ms\n`,
      );
    });
  return kb;
}

function readJsonl<T>(file: string, parse: (text: string) => ParseResult<T>): T[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const parsed = parse(text);
  if (!parsed.ok)
    throw new CliError(parsed.issues.map((issue) => `${file}:${issue.line}: ${issue.message}`).join('\n'), 2);
  return parsed.value;
}
