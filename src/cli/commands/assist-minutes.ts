import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import {
  buildMinutes,
  type Minutes,
  parseTranscript,
  rewriteForRecord,
  type TranscriptFormat,
} from '../../assistant/index.ts';
import { bilingual } from '../bilingual.ts';
import { CliError } from '../context.ts';
import { type ExportFlags, writeExports } from './assist-export.ts';

function readTranscriptFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} / 無法讀取 ${file}`,
      2,
    );
  }
}

function printMinutes(minutes: Minutes): void {
  const out: string[] = [`Attendees 出席: ${minutes.attendees.join(', ') || '-'}`, ''];
  minutes.items.forEach((item, i) => {
    out.push(`${i + 1}. ${item.title}`, `   ${item.summary}`);
    for (const decision of item.decisions) out.push(`   Decision 決定: ${decision}`);
    for (const action of item.actions) {
      out.push(`   Action 跟進: ${action.action} (owner 負責: ${action.owner ?? '?'}; due 限期: ${action.due ?? '-'})`);
    }
    out.push('');
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

interface MinutesFlags extends ExportFlags {
  json?: boolean;
  date?: string;
  format?: string;
  rewrite: boolean;
}

/**
 * `assist minutes FILE` and `assist rewrite-cantonese`: meeting minutes from a transcript and spoken
 * Cantonese → formal written Chinese, both without a model.
 */
export function minutesCommands(assist: Command): void {
  assist
    .command('minutes')
    .argument('<file>', 'a transcript: plain text with speakers (Name: …), WebVTT (.vtt) or SRT (.srt)')
    .option('--json', 'print {attendees, items: [{title, summary, decisions[], actions: [{owner, action, due}]}]}')
    .option('--date <yyyy-mm-dd>', 'the meeting date, to resolve due dates such as "by Friday" or 下星期五前')
    .option('--format <format>', 'txt, vtt or srt (default: from the file name, else from the text)')
    .option('--no-rewrite', 'keep Cantonese lines as spoken instead of formal written Chinese')
    .option('--docx <file>', 'also write the minutes as a Word document (DOCX)')
    .option('--pdf <file>', 'also write the minutes as PDF (Chinese font embedded)')
    .description('Meeting minutes from a transcript, without a model: attendees, items, decisions, actions')
    .action(async (file: string, options: MinutesFlags) => {
      if (options.format !== undefined && !['txt', 'vtt', 'srt'].includes(options.format)) {
        throw new CliError(
          `--format must be txt, vtt or srt, not ${options.format} / --format 須為 txt、vtt 或 srt`,
          2,
        );
      }
      if (options.date !== undefined && Number.isNaN(Date.parse(`${options.date}T00:00:00Z`))) {
        throw new CliError(`--date must be a date as YYYY-MM-DD, not ${options.date} / --date 須為 YYYY-MM-DD 日期`, 2);
      }
      const parsed = parseTranscript(readTranscriptFile(file), {
        fileName: file,
        ...(options.format ? { format: options.format as TranscriptFormat } : {}),
      });
      if (!parsed.ok) {
        const lines = parsed.issues
          .map((issue) => `  ${bilingual({ en: issue.message, zhHant: issue.messageZh })}`)
          .join('\n');
        throw new CliError(`${file} is not a transcript we can read / 無法讀取此會議紀錄文本:\n${lines}`, 2);
      }
      const minutes = buildMinutes(parsed.value, {
        ...(options.date ? { meetingDate: options.date } : {}),
        rewriteCantonese: options.rewrite,
      });
      await writeExports({ task: 'minutes', minutes, ...(options.date ? { meetingDate: options.date } : {}) }, options);
      if (!options.json) return printMinutes(minutes);
      const { attendees, items } = minutes;
      const shape = {
        attendees,
        items: items.map(({ title, summary, decisions, actions }) => ({
          title,
          summary,
          decisions,
          actions: actions.map(({ owner, action, due }) => ({ owner, action, due })),
        })),
      };
      process.stdout.write(`${JSON.stringify(shape)}\n`);
    });
  assist
    .command('rewrite-cantonese')
    .description(
      'Spoken Cantonese → formal written Chinese, without a model: JSON lines {"text"} in, {"text", "written"} out',
    )
    .action(async () => {
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      let lineNo = 0;
      for await (const line of lines) {
        lineNo++;
        if (line.trim() === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          throw new CliError(`line ${lineNo}: not valid JSON / 第 ${lineNo} 行不是有效的 JSON`, 2);
        }
        const text = (parsed as { text?: unknown } | null)?.text;
        if (typeof text !== 'string')
          throw new CliError(`line ${lineNo}: expected {"text": "..."} / 第 ${lineNo} 行應為 {"text": "..."}`, 2);
        process.stdout.write(`${JSON.stringify({ text, written: rewriteForRecord(text) })}\n`);
      }
    });
}
