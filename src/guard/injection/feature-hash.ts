/**
 * The hashing the injection features share (FNV-1a into `2^FEATURE_BITS` buckets): a token hashed
 * here lands in the same bucket whether the classifier's index or the concept lexicon hashed it.
 */
export const FEATURE_BITS = 17;
export const MASK = (1 << FEATURE_BITS) - 1;
export const PRIME = 0x01000193;
export const BASIS = 0x811c9dc5;
export const SEED_CJK = [0, 1, 2, 3] as const;
export const SEED_WORD = 11;
const SEED_BIGRAM = 12;
export const SEED_CHAR = 20;
/** Character n-grams are taken from words up to this length (22 letters plus two boundary spaces). */
export const MAX_PADDED = 24;
export const SPACE = 32;

/** FNV-1a of `text[start, end)`, without making a substring. */
export function hashRange(text: string, start: number, end: number, seed: number): number {
  let hash = BASIS ^ seed;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, PRIME);
  }
  return (hash >>> 0) & MASK;
}

/** FNV-1a of `"<word a> <word b>"`. */
export function hashBigram(text: string, a0: number, a1: number, b0: number, b1: number): number {
  let hash = BASIS ^ SEED_BIGRAM;
  for (let i = a0; i < a1; i++) hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
  hash = Math.imul(hash ^ SPACE, PRIME);
  for (let i = b0; i < b1; i++) hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
  return (hash >>> 0) & MASK;
}
