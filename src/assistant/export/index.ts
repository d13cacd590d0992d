/**
 * Exports (issue #17): a small generic document model (headings, paragraphs, lists, tables,
 * footnotes, language-tagged runs) rendered as DOCX and as PDF with the CJK font embedded, and
 * adapters from the assistant's results. See docs/assistant.md, "Exports".
 */
export {
  type Block,
  bilingualRuns,
  type ExportDocument,
  type ExportLanguage,
  type Inline,
  languageOf,
  languageTag,
  footnote,
  type NoteRun,
  plainText,
  type TextRun,
  textRun,
} from './document-model.ts';
export { type CjkFonts, type FontFace, findCjkFonts, SYSTEM_CJK_FONTS } from './cjk-font.ts';
export { type PdfOptions, toPdf } from './pdf-writer.ts';
export { DOCX_FONTS, toDocx } from './docx-writer.ts';
export { summariesDocument, summaryDocument } from './summary-document.ts';
export { translationDocument } from './translation-document.ts';
export { type DraftExport, draftDocument } from './draft-document.ts';
export { briefDocument } from './brief-document.ts';
export { type MinutesExportOptions, minutesDocument } from './minutes-document.ts';
export {
  EXPORT_CONTENT_TYPE,
  type ExportableResult,
  type ExportedFile,
  type ExportFormat,
  exportableOfTask,
  exportResult,
  resultDocument,
} from './export-result.ts';
