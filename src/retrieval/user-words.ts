import { z } from 'zod';
import { traditionalToSimplified } from './chinese-script.ts';

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

export type UserWordsParseResult =
  | { ok: true; value: UserWords }
  | { ok: false; issues: { line: number; message: string }[] };

/**
 * Parses and validates the user-word list: errors as data, every bad line named.
 *
 * @example parseUserWords('# version: 1\n领牌\t100\n').ok // true
 */
export function parseUserWords(text: string): UserWordsParseResult {
  const issues: { line: number; message: string }[] = [];
  const words: UserWords['words'] = [];
  const seen = new Set<string>();
  let version: number | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/u, '');
    if (line === '') return;
    if (line.startsWith('#')) {
      const declared = /^#\s*version:\s*(\d+)\s*$/u.exec(line);
      if (declared) version = Number(declared[1]);
      return;
    }
    const parsed = rowSchema.safeParse(line.split('\t'));
    if (!parsed.success) {
      issues.push({ line: i + 1, message: parsed.error.issues[0]?.message ?? 'expected word<TAB>frequency' });
      return;
    }
    const [word, frequency] = parsed.data;
    if (traditionalToSimplified(word) !== word)
      issues.push({ line: i + 1, message: `${word} is not in Simplified script` });
    else if (seen.has(word)) issues.push({ line: i + 1, message: `duplicate word ${word}` });
    else {
      seen.add(word);
      words.push({ word, frequency: Number(frequency) });
    }
  });
  if (version === undefined) issues.unshift({ line: 1, message: 'missing "# version: N" header' });
  if (issues.length > 0 || version === undefined) return { ok: false, issues };
  return { ok: true, value: { version, words } };
}
