/** A piece of a sentence: plain, or inside a glossary problem's span. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into plain and marked pieces by the spans (UTF-16 offsets, as the server gives them);
 * spans out of range, empty or overlapping an earlier one are left out, so the text is never lost.
 *
 * @example markedSegments('衛生部致函', [{ start: 0, end: 3 }]) // [{text: '衛生部', marked: true}, {text: '致函', marked: false}]
 */
export function markedSegments(text: string, spans: readonly { start: number; end: number }[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
