import type { Extracted, UploadedFile } from '../extracted.ts';
import type { FileType } from '../file-type.ts';

// Parsers load on first use: pdfjs and exceljs alone add most of a second to every CLI start.
const importFaqCsv: Importer = async (file) => (await import('./faq-importers.ts')).importFaqCsv(file);
const importFaqXlsx: Importer = async (file) => (await import('./faq-importers.ts')).importFaqXlsx(file);
const importFaqJsonl: Importer = async (file) => (await import('./faq-importers.ts')).importFaqJsonl(file);
const importPdf: Importer = async (file) => (await import('./pdf-importer.ts')).importPdf(file);
const importDocx: Importer = async (file) => (await import('./text-importers.ts')).importDocx(file);
const importMarkdown: Importer = async (file) => (await import('./text-importers.ts')).importMarkdown(file);
const importText: Importer = async (file) => (await import('./text-importers.ts')).importText(file);
const importHtml: Importer = async (file) => (await import('./html-importer.ts')).importHtml(file);
const importImage: Importer = async (file) => (await import('./ocr.ts')).importImage(file);

export type Importer = (file: UploadedFile) => Promise<Extracted>;

/** One importer per file type; its name and version are recorded with every version it makes. */
export const IMPORTERS: Record<FileType, { name: string; version: number; run: Importer }> = {
  csv: { name: 'faq-csv', version: 1, run: importFaqCsv },
  xlsx: { name: 'faq-xlsx', version: 1, run: importFaqXlsx },
  jsonl: { name: 'faq-jsonl', version: 1, run: importFaqJsonl },
  pdf: { name: 'pdf', version: 1, run: importPdf },
  docx: { name: 'docx', version: 1, run: importDocx },
  html: { name: 'html', version: 1, run: importHtml },
  markdown: { name: 'markdown', version: 1, run: importMarkdown },
  text: { name: 'text', version: 1, run: importText },
  png: { name: 'ocr', version: 1, run: importImage },
  jpeg: { name: 'ocr', version: 1, run: importImage },
  tiff: { name: 'ocr', version: 1, run: importImage },
};

/**
 * Loads every parser now, for a server that has just started: its first upload would otherwise wait
 * for them (~1.5 s run through tsx, most of it pdfjs and exceljs), while a CLI command that parses
 * nothing keeps starting without them.
 */
export async function loadImporters(): Promise<void> {
  await Promise.all([
    import('./faq-importers.ts'),
    import('./pdf-importer.ts'),
    import('./text-importers.ts'),
    import('./html-importer.ts'),
    import('./ocr.ts'),
  ]);
}

export { importCkan, importCkanSnapshot, type CkanImportOptions } from './ckan-importer.ts';
export { ocrAvailability } from './ocr.ts';
