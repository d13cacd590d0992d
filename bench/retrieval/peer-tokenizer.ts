/**
 * The tokenizer a competent user gives a general-purpose search library for Chinese: NFKC, lower
 * case, Latin words split on non-letters, and every Han run cut into overlapping character bigrams
 * (a lone character stays a unigram). No OpenCC, no Cantonese mapping, no segmenter: those are what
 * LionRock adds.
 */
export function cjkBigramTokenize(text: string): string[] {
  const tokens: string[] = [];
  const normalized = text.normalize('NFKC').toLowerCase();
  for (const match of normalized.matchAll(/(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu)) {
    const han = match[1];
    if (han !== undefined) {
      if (han.length === 1) tokens.push(han);
      for (let i = 0; i + 1 < han.length; i++) tokens.push(han.slice(i, i + 2));
    } else if (match[2] !== undefined) tokens.push(match[2]);
  }
  return tokens;
}
