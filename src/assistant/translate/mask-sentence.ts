import { maskString } from '../../core/index.ts';

/** One piece of personal data as the model saw it (`*******67`, `c***@example.com`) and as written. */
export interface MaskedSpan {
  masked: string;
  original: string;
}

/** What `maskString` writes: an e-mail `c***@domain`, an HKID `A******`, a phone number `******67`. */
const MASKED_WORD = /[\p{L}\p{N}._%+-]\*{3}@[\p{L}\p{N}.-]+\.\p{L}{2,}|[A-Z]\*{6}|\*{2,}\d{2}/gu;

/**
 * A sentence with personal data masked by `maskString` (src/core), and what each masked word
 * stood for, so the translation can be given back with the officer's own data. The original of a
 * masked word is the text between the unchanged pieces around it; a sentence that does not
 * line up (should not happen) gives no spans, so nothing is restored and the data stays masked.
 *
 * @example maskSentence('Call 9123 4567.').spans // [{masked: '*******67', original: '9123 4567'}]
 */
export function maskSentence(sentence: string): { masked: string; spans: MaskedSpan[] } {
  const masked = maskString(sentence);
  if (masked === sentence) return { masked, spans: [] };
  const words = [...masked.matchAll(MASKED_WORD)];
  const spans: MaskedSpan[] = [];
  let at = 0;
  let cursor = 0;
  for (const [i, word] of words.entries()) {
    const before = masked.slice(cursor, word.index);
    if (sentence.slice(at, at + before.length) !== before) return { masked, spans: [] };
    at += before.length;
    cursor = word.index + word[0].length;
    const next = words[i + 1];
    const after = masked.slice(cursor, next ? next.index : masked.length);
    const end = after === '' ? (next ? -1 : sentence.length) : sentence.indexOf(after, at + 1);
    if (end < 0) return { masked, spans: [] };
    spans.push({ masked: word[0], original: sentence.slice(at, end) });
    at = end;
  }
  return { masked, spans };
}

/** The translation with each masked word it repeats verbatim put back as written; others stay masked. */
export function restoreMasked(translation: string, spans: readonly MaskedSpan[]): string {
  let text = translation;
  // One masked form standing for two different originals is ambiguous: it stays masked.
  const originals = new Map<string, Set<string>>();
  for (const span of spans) originals.set(span.masked, (originals.get(span.masked) ?? new Set()).add(span.original));
  for (const [masked, set] of originals) {
    if (set.size === 1) text = text.split(masked).join([...set][0] ?? masked);
  }
  return text;
}
