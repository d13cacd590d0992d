import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  type Brief,
  combineDocuments,
  type KeyPoint,
  type Summary,
  type SummaryDocument,
  summariseDocument,
  summariseWithModel,
  toSummaryDocument,
} from '../../assistant/index.ts';
import { CLI_PRINCIPAL, listDepartments } from '../../access/index.ts';
import { createGatewayFromConfig, GatewayError } from '../../gateway/index.ts';
import { extractSource, ImportError } from '../../knowledge/index.ts';
import { CliError, withStore } from '../context.ts';
import { type ExportFlags, writeExports } from './assist-export.ts';
import { translateCommands } from './assist-translate.ts';

/** What the extractive path is and what it is not, said on every run (JSON `note`, or a footer). */
const EXTRACTIVE_NOTE = {
  en: 'Extractive summary without a model: every key point is a sentence quoted from the document. A summary in its own words needs a model through the gateway.',
  zh: '未使用模型的摘錄式摘要：每個要點均引自原文。以自己的文字撰寫摘要須經閘道使用模型。',
};

/**
 * `lionrock assist ...`: the document assistant from the command line. Each task is a subcommand
 * (`summarise` here; others add theirs to the returned command); each says plainly what needs a
 * model. Nothing here opens the database.
 */
export function assistCommands(program: Command): Command {
  const assist = program
    .command('assist')
    .description('Document assistant: summarise and combine documents (more tasks: see docs/assistant.md)');
  assist
    .command('summarise')
    .alias('summarize')
    .argument('<files...>', 'documents: PDF, DOCX, HTML, Markdown, text, or scans (PNG, JPEG, TIFF)')
    .option('--chars <n>', 'length for Chinese documents, in characters (default 300)')
    .option('--words <n>', 'length for English documents, in words (default 150)')
    .option('--json', 'print the summary (one file) or the combined brief (several) as JSON')
    .option('--generative', 'a summary in its own words, through the gateway (needs a model: --model and --department)')
    .option('--model <provider/model>', 'with --generative: a provider and model on the department allow-list')
    .option('--department <code>', 'with --generative: the department the call is metered and audited to')
    .option('--docx <file>', 'also write the summary or brief as a Word document (DOCX)')
    .option('--pdf <file>', 'also write the summary or brief as PDF (Chinese font embedded)')
    .description(
      'Key points of one document, or one brief of several showing where they agree and differ, with citations',
    )
    .action(async (files: string[], options: SummariseFlags) => {
      const chars = positive('--chars', options.chars);
      const words = positive('--words', options.words);
      const documents: SummaryDocument[] = [];
      for (const file of files) documents.push(toSummaryDocument(file, await read(file)));
      if (options.generative) return generative(documents, options, { chars, words });
      const budgetOf = (document: SummaryDocument) => (document.language === 'zh' ? chars : words);
      if (documents.length === 1) {
        const [document] = documents as [SummaryDocument];
        const budget = budgetOf(document);
        const summary = summariseDocument(document, budget === undefined ? {} : { budget });
        await writeExports({ task: 'summary', summary }, options);
        return options.json
          ? print({ mode: 'extractive', note: EXTRACTIVE_NOTE, summary })
          : print(summaryText(summary), true);
      }
      // Each document is summarised at the length asked for its language.
      const brief = combineDocuments(documents, { budgetOf });
      await writeExports({ task: 'brief', brief }, options);
      return options.json ? print({ mode: 'extractive', note: EXTRACTIVE_NOTE, brief }) : print(briefText(brief), true);
    });
  translateCommands(assist);
  return assist;
}

interface SummariseFlags extends ExportFlags {
  chars?: string;
  words?: string;
  json?: boolean;
  generative?: boolean;
  model?: string;
  department?: string;
}

const NEEDS_MODEL =
  'a generative summary needs a model through the gateway: pass --model PROVIDER/MODEL (on the department allow-list, docs/gateway.md) and --department CODE; without --generative the summary is extractive / 生成式摘要須經閘道使用模型：請以 --model 提供者/模型 及 --department 部門代碼指定；不加 --generative 則為摘錄式摘要';

/** The generative path: one document, through the configured database's gateway, as the CLI principal. */
async function generative(
  documents: SummaryDocument[],
  options: SummariseFlags,
  lengths: { chars: number | undefined; words: number | undefined },
): Promise<void> {
  const [provider, model] = (options.model ?? '').split('/', 2);
  if (!provider || !model || !options.department) throw new CliError(NEEDS_MODEL, 2);
  if (documents.length !== 1) {
    throw new CliError('--generative summarises one file at a time / --generative 每次只摘要一個檔案', 2);
  }
  const [document] = documents as [SummaryDocument];
  const budget = document.language === 'zh' ? lengths.chars : lengths.words;
  await withStore(async (store, config) => {
    const department = (await listDepartments(store.db, CLI_PRINCIPAL)).find((d) => d.code === options.department);
    if (!department)
      throw new CliError(`no department with code ${options.department} / 沒有代碼為 ${options.department} 的部門`, 2);
    const gateway = createGatewayFromConfig(store, config);
    try {
      const summary = await summariseWithModel(
        document,
        async (messages) =>
          (
            await gateway.complete({
              departmentId: department.id,
              botId: null,
              provider,
              model,
              messages,
              actor: { id: CLI_PRINCIPAL.id, roles: CLI_PRINCIPAL.roles, departmentId: department.id },
              requestId: null,
            })
          ).text,
        {
          ...(budget === undefined ? {} : { budget }),
          onProgress: (done, total) => {
            if (!options.json) process.stderr.write(`model call ${done}/${total}\n`);
          },
        },
      );
      await writeExports({ task: 'summary', summary }, options);
      if (options.json) return print({ mode: 'generative', summary });
      const lines = [`${summary.title} (${summary.unsupported} unsupported 未獲支持)`, ''];
      for (const point of summary.keyPoints) {
        const where =
          point.citations.map((citation) => cite({ text: '', citation, score: 0 })).join('; ') || 'no citation 無引用';
        lines.push(`${point.supported ? '-' : '! UNSUPPORTED 未獲原文支持:'} ${point.text}`, `  [${where}]`);
      }
      print(lines.join('\n'), true);
    } catch (error) {
      if (error instanceof GatewayError)
        throw new CliError(`the model call failed (${error.code}): ${error.message} / 模型呼叫失敗`, 1);
      throw error;
    } finally {
      await gateway.close();
    }
  });
}

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`${name} must be a whole number above 0 / ${name} 須為大於 0 的整數`, 2);
  return n;
}

async function read(file: string) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`cannot read ${file}: ${reason} / 無法讀取 ${file}`, 2);
  }
  try {
    return (await extractSource({ type: 'file', file: { fileName: basename(file), bytes } })).extracted;
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${file}: ${error.message} / 無法匯入 ${file}`, 2);
    throw error;
  }
}

function print(value: unknown, text = false): void {
  process.stdout.write(text ? `${value as string}\n` : `${JSON.stringify(value)}\n`);
}

function cite(point: KeyPoint): string {
  const { document, page, section } = point.citation;
  return [document, page === null ? null : `p. ${page}`, section === null ? null : `§ ${section}`]
    .filter((part) => part !== null)
    .join(', ');
}

function summaryText(summary: Summary): string {
  const lines = [`${summary.title} (${summary.length}/${summary.budget} ${summary.unit})`, ''];
  for (const point of summary.keyPoints) lines.push(`- ${point.text}`, `  [${cite(point)}]`);
  lines.push('', `${EXTRACTIVE_NOTE.en}\n${EXTRACTIVE_NOTE.zh}`);
  return lines.join('\n');
}

function briefText(brief: Brief): string {
  const lines: string[] = ['Where the documents agree 各文件一致之處:'];
  if (brief.agreements.length === 0) lines.push('  (none 無)');
  for (const { point, alsoIn } of brief.agreements) {
    lines.push(`- ${point.text}`, `  [${cite(point)}]`);
    for (const support of alsoIn)
      lines.push(`  also 亦見: [${cite({ ...support, score: support.similarity })}] ${support.text}`);
  }
  lines.push('', 'Where they differ 各文件不同之處:');
  if (brief.differences.length === 0) lines.push('  (none 無)');
  for (const difference of brief.differences) {
    if (difference.kind === 'only-in-one') {
      lines.push(
        `- only in 只見於 ${difference.point.citation.document}: ${difference.point.text}`,
        `  [${cite(difference.point)}]`,
      );
    } else {
      const other = { ...difference.other, score: difference.other.similarity };
      lines.push(
        `- figures differ 數字不同: ${difference.point.text}`,
        `  [${cite(difference.point)}] ${difference.figures.point.join(', ')}`,
        `  vs 對比 [${cite(other)}] ${difference.figures.other.join(', ')}: ${difference.other.text}`,
      );
    }
  }
  lines.push('', `${EXTRACTIVE_NOTE.en}\n${EXTRACTIVE_NOTE.zh}`);
  return lines.join('\n');
}
