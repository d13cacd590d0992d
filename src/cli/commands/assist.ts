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
  toSummaryDocument,
} from '../../assistant/index.ts';
import { extractSource, ImportError } from '../../knowledge/index.ts';
import { CliError } from '../context.ts';

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
    .option('--generative', 'a summary in its own words (needs a model)')
    .description(
      'Key points of one document, or one brief of several showing where they agree and differ, with citations',
    )
    .action(
      async (files: string[], options: { chars?: string; words?: string; json?: boolean; generative?: boolean }) => {
        if (options.generative) {
          throw new CliError(
            'a generative summary needs a model through the gateway, which this command does not call; run without --generative for an extractive summary / 生成式摘要須經閘道使用模型，此指令不會呼叫模型；去掉 --generative 即可取得摘錄式摘要',
            2,
          );
        }
        const chars = positive('--chars', options.chars);
        const words = positive('--words', options.words);
        const documents: SummaryDocument[] = [];
        for (const file of files) documents.push(toSummaryDocument(file, await read(file)));
        const budgetOf = (document: SummaryDocument) => (document.language === 'zh' ? chars : words);
        if (documents.length === 1) {
          const [document] = documents as [SummaryDocument];
          const budget = budgetOf(document);
          const summary = summariseDocument(document, budget === undefined ? {} : { budget });
          return options.json
            ? print({ mode: 'extractive', note: EXTRACTIVE_NOTE, summary })
            : print(summaryText(summary), true);
        }
        // Each document is summarised at the length asked for its language.
        const brief = combineDocuments(documents, { budgetOf });
        return options.json
          ? print({ mode: 'extractive', note: EXTRACTIVE_NOTE, brief })
          : print(briefText(brief), true);
      },
    );
  return assist;
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
