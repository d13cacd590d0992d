import type { Extracted } from './extracted.ts';
import { ImportError } from './import-error.ts';

/**
 * What one file import may cost. Files are parsed in a worker thread with its own heap, so a file
 * that needs more memory than `parserHeapMb` fails alone (413) instead of taking the server down.
 */
export interface ImportLimits {
  /** Heap of the thread that parses one file, in MB. */
  parserHeapMb: number;
  /** Most characters of text one import may yield (a ~2,000-page document). */
  maxTextChars: number;
  /** Longest one file may take to parse, in milliseconds. */
  parseTimeoutMs: number;
  /** Files parsed at once in this process; further imports wait their turn. */
  maxParallel: number;
  /** How long a parse thread waits for the next file before it is ended (its memory given back), in milliseconds. */
  parserIdleMs: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  parserHeapMb: 1024,
  maxTextChars: 5_000_000,
  parseTimeoutMs: 120_000,
  maxParallel: 2,
  parserIdleMs: 30_000,
};

/** Characters of text an import yields (what the chunker, the guard scan and the database see). */
export function textCharacters(extracted: Extracted): number {
  switch (extracted.kind) {
    case 'faq':
      return extracted.items.reduce(
        (sum, item) =>
          sum +
          item.question.length +
          item.answer.length +
          (item.alternateQuestions ?? []).reduce((n, q) => n + q.length, 0),
        0,
      );
    case 'document':
      return extracted.blocks.reduce((sum, block) => sum + block.text.length, 0);
    case 'catalogue':
      return extracted.datasets.reduce((sum, d) => sum + d.title.length + d.description.length, 0);
  }
}

/** Refuses an import that yields more than `maxTextChars` characters of text, naming the limit. */
export function assertWithinTextLimit(extracted: Extracted, maxTextChars: number): void {
  const chars = textCharacters(extracted);
  if (chars > maxTextChars) {
    throw new ImportError('too_large', {
      en: `The file holds ${chars.toLocaleString('en')} characters of text; the limit is ${maxTextChars.toLocaleString('en')}`,
      zhHant: `檔案含 ${chars.toLocaleString('en')} 個文字字元，上限為 ${maxTextChars.toLocaleString('en')} 個`,
    });
  }
}
