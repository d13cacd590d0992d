import { z } from 'zod';
import { traditionalToSimplified } from './chinese-script.ts';
import { type LineIssue, readVersionedRows } from './versioned-table.ts';

/**
 * The words added to jieba's dictionary (data/chinese-user-words.tsv) as data with a schema: a
 * `# version: N` header line, then one `word<TAB>frequency` row per line, the word in Simplified
 * script (jieba's dictionary is Simplified: a Traditional word would never be met), and `separable`
 * in a third column for a verb and its object that a question splits to name the object (领牌:
 * 领狗牌 is 领 + 狗牌 and still 领牌).
 */
export interface UserWords {
  version: number;
  words: { word: string; frequency: number; separable: boolean }[];
}

const rowSchema = z.tuple([
  z.string().regex(/^\p{Script=Han}{2,}$/u, 'word is two or more Han characters'),
  z.string().regex(/^[1-9]\d*$/u, 'frequency is a positive whole number'),
  z.literal('separable', { error: 'third column is "separable" or nothing' }).optional(),
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
  const read = readVersionedRows(text, rowSchema, 'expected word<TAB>frequency', ([word, frequency, separable]) => {
    if (traditionalToSimplified(word) !== word) return `${word} is not in Simplified script`;
    if (seen.has(word)) return `duplicate word ${word}`;
    // A verb of one character and an object of one: what a split form is recognised by (see segment-chinese.ts).
    if (separable && word.length !== 2) return `${word}: a separable word is two characters, verb and object`;
    seen.add(word);
    words.push({ word, frequency: Number(frequency), separable: separable !== undefined });
    return undefined;
  });
  return read.ok ? { ok: true, value: { version: read.version, words } } : read;
}
