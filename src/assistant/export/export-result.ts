import type { Minutes } from '../minutes/index.ts';
import type { Brief, GenerativeSummary, Summary } from '../summarise/index.ts';
import { briefDocument } from './brief-document.ts';
import type { CjkFonts } from './cjk-font.ts';
import type { ExportDocument } from './document-model.ts';
import { toDocx } from './docx-writer.ts';
import { minutesDocument } from './minutes-document.ts';
import { toPdf } from './pdf-writer.ts';
import { summaryDocument } from './summary-document.ts';

/** An assistant result that can be exported, tagged with the task that made it. */
export type ExportableResult =
  | { task: 'summary'; summary: Summary | GenerativeSummary }
  | { task: 'brief'; brief: Brief }
  | { task: 'minutes'; minutes: Minutes; title?: string; meetingDate?: string }
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
    case 'brief':
      return briefDocument(result.brief);
    case 'minutes':
      return minutesDocument(result.minutes, {
        ...(result.title === undefined ? {} : { title: result.title }),
        ...(result.meetingDate === undefined ? {} : { meetingDate: result.meetingDate }),
      });
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

function fileStem(result: ExportableResult): string {
  const name =
    result.task === 'summary'
      ? result.summary.document
      : result.task === 'minutes'
        ? (result.meetingDate ?? '')
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
