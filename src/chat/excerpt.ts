import { truncateText } from '../core/index.ts';

const SENTENCE_END = /[。！？!?]|[.;](?=\s)/g;
const CLAUSE_END = /[，、；：,;:]/g;
/** Punctuation that should not stand just before the ellipsis. */
const TRAILING = /[\s，、；：,;:（(「『“"'‘-]+$/u;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A passage cut to at most `max` characters for a citation, at the last sentence end in its second
 * half, else the last clause break or space, else between two Chinese characters, with `…` after
 * it: never inside an English word. Text that fits is returned as it is.
 *
 * @example excerptOf('Dogs over five months must be licensed. The fee is $80.', 45) // 'Dogs over five months must be licensed. …'
 */
export function excerptOf(text: string, max = 200): string {
  if (text.length <= max) return text;
  const room = truncateText(text, max - 1);
  const floor = Math.floor(room.length / 2);
  const lastEnd = (pattern: RegExp): number => {
    let at = -1;
    for (const match of room.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (end >= floor) at = end;
    }
    return at;
  };
  const sentence = lastEnd(SENTENCE_END);
  if (sentence > 0) return `${room.slice(0, sentence).trimEnd()} …`;
  const clause = Math.max(lastEnd(CLAUSE_END), lastEnd(/\s/g));
  if (clause > 0) return `${room.slice(0, clause).replace(TRAILING, '')}…`;
  // No break in the second half: Chinese may be cut between any two characters, a long token anywhere.
  let cut = room.length;
  while (cut > floor && !(CJK.test(room[cut - 1] ?? '') || CJK.test(text[cut] ?? ''))) cut -= 1;
  return `${room.slice(0, cut > floor ? cut : room.length).replace(TRAILING, '')}…`;
}
