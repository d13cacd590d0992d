import { readFileSync } from 'node:fs';

/**
 * Radicals and compatibility ideographs in text from outside, brought to the unified ideographs
 * they stand for. PDF text layers carry them where a font shares one glyph between a radical and
 * its character (Chromium's print of 成人 and 長者 comes out as 成⼈ and ⻑者): shown to citizens
 * they look wrong, and searched for they match nothing.
 *
 * Not NFKC over the whole text: that would also rewrite full-width letters and digits, circled
 * and parenthesised forms, which are the author's choice. Only:
 * - Kangxi Radicals (U+2F00–U+2FDF) and CJK Radicals Supplement (U+2E80–U+2EFF), by Unicode's
 *   EquivalentUnifiedIdeograph table (`data/radical-ideographs.txt`; most of the supplement has
 *   no normalisation mapping, ⻑ → 長 among them);
 * - CJK Compatibility Ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F), by their canonical (NFC)
 *   mapping; the twelve in that block that are unified ideographs themselves (﨑) stay.
 *
 * @example unifyIdeographs('成⼈⼊場費，⻑者半價') // '成人入場費，長者半價'
 */
export function unifyIdeographs(text: string): string {
  if (!CANDIDATE_TEST.test(text)) return text;
  const radicals = radicalTable();
  return text.replace(CANDIDATE, (ch) => radicals.get(ch) ?? ch.normalize('NFC'));
}

const CANDIDATE_TEST = /[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/;
const CANDIDATE = /[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/g;

let table: Map<string, string> | undefined;

function radicalTable(): Map<string, string> {
  table ??= new Map(
    readFileSync(new URL('./data/radical-ideographs.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => line.split(' ') as [string, string]),
  );
  return table;
}
