import { z } from 'zod';
import { traditionalToSimplified } from './chinese-script.ts';
import { type LineIssue, readVersionedRows } from './versioned-table.ts';

/**
 * The words added to jieba's dictionary (data/chinese-user-words.tsv) as data with a schema: a
 * `# version: N` header line, then one `word<TAB>frequency` row per line, the word in Simplified
 * script (jieba's dictionary is Simplified: a Traditional word would never be met).
 */
export interface UserWords {
  version: number;
  words: { word: string; frequency: number }[];
}

const rowSchema = z.tuple([
  z.string().regex(/^\p{Script=Han}{2,}$/u, 'word is two or more Han characters'),
  z.string().regex(/^[1-9]\d*$/u, 'frequency is a positive whole number'),
]);

export type UserWordsParseResult = { ok: true; value: UserWords } | { ok: false; issues: LineIssue[] };

/**
 * Parses and validates the user-word list: errors as data, every bad line named.
 *
 * @example parseUserWords('# version: 1\n领牌\t100\n').ok // true
 */
export function parseUserWords(text: string): UserWordsParseResult {
  const words: UserWords['words'] = [];
  const seen = new Set<string>();
  const read = readVersionedRows(text, rowSchema, 'expected word<TAB>frequency', ([word, frequency]) => {
    if (traditionalToSimplified(word) !== word) return `${word} is not in Simplified script`;
    if (seen.has(word)) return `duplicate word ${word}`;
    seen.add(word);
    words.push({ word, frequency: Number(frequency) });
    return undefined;
  });
  return read.ok ? { ok: true, value: { version: read.version, words } } : read;
}
