/**
 * The paragraph of a draft's text around the flagged range [start, end): the text before it in the
 * same paragraph, the flagged sentence, and the rest of the paragraph (paragraphs are separated by a
 * blank line, as the server joins them; issue offsets count in that text).
 *
 * @example around('A.\n\nB C.\n\nD.', 6, 8) // { before: 'B ', flagged: 'C.', after: '' }
 */
export function around(text: string, start: number, end: number): { before: string; flagged: string; after: string } {
  const from = start < 2 ? -1 : text.lastIndexOf('\n\n', start - 2);
  const to = text.indexOf('\n\n', end);
  return {
    before: text.slice(from === -1 ? 0 : from + 2, start),
    flagged: text.slice(start, end),
    after: text.slice(end, to === -1 ? text.length : to),
  };
}
