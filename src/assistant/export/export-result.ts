import type { Minutes } from '../minutes/index.ts';
import type { Brief, GenerativeSummary, Summary } from '../summarise/index.ts';
import type { ReviewSentence, TranslationResult } from '../translate/index.ts';
import { briefDocument } from './brief-document.ts';
import type { CjkFonts } from './cjk-font.ts';
import { bilingualRuns, type ExportDocument, textRun } from './document-model.ts';
import { type DraftExport, draftDocument } from './draft-document.ts';
import { toDocx } from './docx-writer.ts';
import { minutesDocument } from './minutes-document.ts';
import { toPdf } from './pdf-writer.ts';
import { summariesDocument, summaryDocument } from './summary-document.ts';
import { translationDocument } from './translation-document.ts';

/** An assistant result that can be exported, tagged with the task that made it. */
export type ExportableResult =
  | { task: 'summary'; summary: Summary | GenerativeSummary }
  | { task: 'summaries'; summaries: (Summary | GenerativeSummary)[] }
  | { task: 'brief'; brief: Brief }
  | { task: 'minutes'; minutes: Minutes; title?: string; meetingDate?: string }
  | { task: 'translation'; translation: TranslationResult; title?: string }
  | { task: 'draft'; draft: DraftExport }
  | { task: 'document'; document: ExportDocument; name?: string };

export type ExportFormat = 'docx' | 'pdf';

export const EXPORT_CONTENT_TYPE = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** What a download answers with: the file, its media type and a file name safe in any header. */
export interface ExportedFile {
  bytes: Uint8Array;
  contentType: (typeof EXPORT_CONTENT_TYPE)[ExportFormat];
  /** ASCII only (`lionrock-minutes-2026-12-05.pdf`), for `Content-Disposition: attachment; filename=`. */
  filename: string;
}

/** The generic document of a result (what both writers render). */
export function resultDocument(result: ExportableResult): ExportDocument {
  switch (result.task) {
    case 'summary':
      return summaryDocument(result.summary);
    case 'summaries':
      return summariesDocument(result.summaries);
    case 'brief':
      return briefDocument(result.brief);
    case 'minutes':
      return minutesDocument(result.minutes, {
        ...(result.title === undefined ? {} : { title: result.title }),
        ...(result.meetingDate === undefined ? {} : { meetingDate: result.meetingDate }),
      });
    case 'translation':
      return translationDocument(result.translation, result.title === undefined ? {} : { title: result.title });
    case 'draft':
      return draftDocument(result.draft);
    case 'document':
      return result.document;
  }
}

/**
 * Exports an assistant result as DOCX or PDF.
 *
 * @example
 * const file = await exportResult({ task: 'minutes', minutes }, 'pdf');
 * reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.bytes);
 */
export async function exportResult(
  result: ExportableResult,
  format: ExportFormat,
  options: { fonts?: CjkFonts } = {},
): Promise<ExportedFile> {
  const document = resultDocument(result);
  const bytes = format === 'pdf' ? await toPdf(document, options) : await toDocx(document);
  return { bytes, contentType: EXPORT_CONTENT_TYPE[format], filename: `${fileStem(result)}.${format}` };
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * A translation as the officer left it: where the job carries a review (src/assistant/translate-store),
 * each reviewed sentence's wording and remaining violations replace the machine's.
 */
function reviewed(translation: TranslationResult, review: unknown): TranslationResult {
  const sentences = record(review)?.sentences;
  if (!Array.isArray(sentences)) return translation;
  const byId = new Map((sentences as ReviewSentence[]).map((sentence) => [sentence.id, sentence]));
  const merged = translation.sentences.map((sentence) => {
    const done = byId.get(sentence.id);
    return done ? { ...sentence, target: done.target, violations: done.violations } : sentence;
  });
  return { ...translation, sentences: merged, violations: merged.reduce((sum, s) => sum + s.violations.length, 0) };
}

/**
 * The exportable result of an assistant job, from what the job stored (`{task, output}`, see
 * src/assistant/workspace): summarise, combine, minutes, translate and rewrite-cantonese. Null
 * for a result with nothing to export (a failed job has no result at all).
 */
export function exportableOfTask(result: unknown): ExportableResult | null {
  const envelope = record(result);
  const output = record(envelope?.output);
  if (!envelope || !output) return null;
  switch (envelope.task) {
    case 'summarise': {
      const summaries = Array.isArray(output.summaries)
        ? output.summaries.map((entry) => record(entry)?.summary as Summary | GenerativeSummary)
        : [];
      if (summaries.length === 0 || summaries.some((summary) => !record(summary))) return null;
      return summaries.length === 1 && summaries[0]
        ? { task: 'summary', summary: summaries[0] }
        : { task: 'summaries', summaries };
    }
    case 'combine':
      return record(output.brief) ? { task: 'brief', brief: output.brief as Brief } : null;
    case 'minutes':
      return record(output.minutes) ? { task: 'minutes', minutes: output.minutes as Minutes } : null;
    case 'translate': {
      const translation = record(output.translation) ?? output;
      return Array.isArray(translation.sentences)
        ? { task: 'translation', translation: reviewed(translation as unknown as TranslationResult, output.review) }
        : null;
    }
    case 'rewrite-cantonese': {
      if (!Array.isArray(output.lines)) return null;
      const lines = output.lines as { text: string; written: string }[];
      return {
        task: 'document',
        name: 'cantonese-rewrite',
        document: {
          title: 'Cantonese → written Chinese 粵語改寫為書面語',
          language: 'zh-Hant',
          blocks: [
            {
              kind: 'table',
              header: [bilingualRuns('Spoken', '口語'), bilingualRuns('Written', '書面語')],
              rows: lines.map((line) => [[textRun(line.text)], [textRun(line.written)]]),
            },
          ],
        },
      };
    }
    default:
      return null;
  }
}

function fileStem(result: ExportableResult): string {
  const name =
    result.task === 'summary'
      ? result.summary.document
      : result.task === 'minutes'
        ? (result.meetingDate ?? '')
        : result.task === 'draft'
          ? result.draft.title
          : result.task === 'document'
            ? (result.name ?? result.document.title)
            : '';
  const slug = name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return ['lionrock', result.task, slug].filter(Boolean).join('-');
}
