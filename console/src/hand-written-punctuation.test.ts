import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Punctuation a component writes around the words it shows is right in one language only: a list
 * joined with ", " reads "相片, 姓名" in the Chinese console (and one joined with "、" reads
 * "photo、name" in the English one), " (…)" puts half-width brackets around Chinese words, and
 * clauses joined with "; " read "由陳大文審批; SHA-256 …". Lists go through `format.list` (「、」 and
 * 「及」 / ", " and "and"), brackets through the catalogue's `inBrackets` (" (…)" / "（…）"), clauses
 * through its `clauseSeparator` ("; " / "；"). Components only: a `.ts` file's joins make a form
 * field's value, an id or machine text.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const components = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.tsx') && !path.endsWith('.test.tsx'))
  .map((path) => [path.split(sep).join('/'), readFileSync(join(root, path), 'utf8')] as const);

/** Written as it is on purpose: where, what, and why. */
const MACHINE_TEXT: ReadonlyArray<readonly [path: string, written: string, why: string]> = [
  ['features/audit/components/audit-table.tsx', '({entry.actorRole})', 'the actor’s role code, as the entry has it'],
];

const HAND_JOINED = [
  /\.join\(\s*(['"])(, |、)\1\s*\)/g, // items.join(', '), items.join('、')
  /listSeparator/g, // a catalogue's separator: no "and" before the last item
  /\?\s*(['"]), \1\s*:/g, // {index > 0 ? ', ' : ''} between elements
];
const HAND_BRACKETED = [
  /[>\s]\(\{[^\n]*\}\)\s*<\//g, // <span> ({t('…')})</span>
  /^\s*\(\s*\n\s*\{/gm, // a line holding "(" alone, before an expression
  /(?:`|\}) \(\$\{/g, // `${name} (${code})`, ` (${list})`
];

const HAND_SEPARATED = [
  /\.join\(\s*(['"]); \1\s*\)/g, // clauses.join('; ')
  /\?\s*(['"]); \1\s*:/g, // {index > 0 ? '; ' : ''} between elements
];

/** Each place a pattern finds, as `path: what is written`, but those written on purpose. */
const offenders = (patterns: readonly RegExp[]) =>
  components.flatMap(([path, source]) =>
    patterns.flatMap((pattern) =>
      [...source.matchAll(pattern)]
        .map(([written]) => written.trim())
        .filter((written) => !MACHINE_TEXT.some(([where, what]) => where === path && written.includes(what)))
        .map((written) => `${path}: ${written}`),
    ),
  );

describe('punctuation components write around people’s words', () => {
  it('joins no list by hand: format.list joins it in the officer’s language', () => {
    expect(offenders(HAND_JOINED)).toEqual([]);
  });

  it('writes no half-width brackets by hand: the catalogue’s inBrackets is full-width in Chinese', () => {
    expect(offenders(HAND_BRACKETED)).toEqual([]);
  });

  it('separates no clauses with a hand-written "; ": the catalogue’s clauseSeparator is full-width in Chinese', () => {
    expect(offenders(HAND_SEPARATED)).toEqual([]);
  });
});
