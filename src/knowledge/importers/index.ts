import type { Extracted, UploadedFile } from '../extracted.ts';
import type { FileType } from '../file-type.ts';
import { importFaqCsv, importFaqJsonl, importFaqXlsx } from './faq-importers.ts';
import { importHtml } from './html-importer.ts';
import { importImage } from './ocr.ts';
import { importPdf } from './pdf-importer.ts';
import { importDocx, importMarkdown, importText } from './text-importers.ts';

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

export { importCkan, type CkanImportOptions } from './ckan-importer.ts';
export { ocrAvailability } from './ocr.ts';
