/**
 * Splits text into sentences, Chinese-aware: a sentence ends at 。！？；(full-width and ASCII
 * ! ?) or a line break; an English full stop ends one only when white space and a capital,
 * digit, quote or Chinese character follow and the word before it is not an abbreviation
 * ("Mr.", "e.g.", "Cap.", "No.") or a single initial ("J. Smith"). Closing quotes and brackets
 * stay with the sentence they close.
 *
 * @example splitSentences('政府今日公布措施。措施下月生效！Dr. Chan said so. It works.')
 * // ['政府今日公布措施。', '措施下月生效！', 'Dr. Chan said so.', 'It works.']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n|\r|\u2028|\u2029/u)) {
    let start = 0;
    for (const match of line.matchAll(BOUNDARY)) {
      const end = match.index + match[0].length;
      if (match[0].startsWith('.') || match[0].startsWith('…')) {
        if (!fullStopEnds(line, match.index, end)) continue;
      }
      push(sentences, line.slice(start, end));
      start = end;
    }
    push(sentences, line.slice(start));
  }
  return sentences;
}

// A run of terminators with the closing quotes and brackets after it. The ASCII full stop and the
// ellipsis are checked further by fullStopEnds; ！？ and ；。 always end a sentence.
const BOUNDARY = /(?:[。！？；!?]+|\.{1,3}|…+)[」』”’"')）\]】〕》]*/gu;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'no',
  'nos',
  'cap',
  'art',
  'sec',
  'para',
  'fig',
  'vol',
  'p',
  'pp',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'cf',
  'inc',
  'ltd',
  'co',
  'corp',
  'gov',
  'dept',
  'hon',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
]);

function fullStopEnds(line: string, at: number, end: number): boolean {
  const after = line.slice(end);
  if (after.trim() === '') return true;
  // "3.5", "gov.hk", "e.g.a": no white space after the stop, so not a sentence end.
  if (!/^\s/u.test(after)) return false;
  const next = after.trimStart()[0] ?? '';
  if (!/[\p{Lu}\p{N}"'“‘(（「『\u3400-\u9fff]/u.test(next)) return false;
  const word = /([\p{L}.]+)$/u.exec(line.slice(0, at))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Dotted initials ("U.S. Army", "H.K.S.A.R. Government").
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false;
  // A single capital initial ("J. Smith"), but not the pronoun "I" ending a sentence.
  if (/^\p{Lu}$/u.test(word) && word !== 'I') return false;
  return true;
}

function push(sentences: string[], piece: string): void {
  const sentence = piece.trim();
  // Punctuation or numbering alone ("。", "1.") says nothing.
  if (/[\p{L}]/u.test(sentence)) sentences.push(sentence);
}
