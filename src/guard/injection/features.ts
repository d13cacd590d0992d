/**
 * Hashed features for the injection classifier: character 1–3-grams of CJK runs, character 3–5-grams
 * of Latin text (with word boundaries) and Latin word unigrams and bigrams, hashed (FNV-1a) into
 * a fixed number of buckets. Presence only; the vector is L2-normalised so length does not matter.
 */
export const FEATURE_BITS = 17;
const MASK = (1 << FEATURE_BITS) - 1;

function fnv1a(value: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & MASK;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const WORD = /[a-z][a-z']*|[0-9]+/g;

/** Sparse feature vector: bucket indices (may repeat) and the shared value of each. */
export interface Features {
  indices: Uint32Array;
  value: number;
}

/** Features of normalised text. Linear in its length. */
export function extractFeatures(text: string): Features {
  const set = new Set<number>();
  for (const run of text.matchAll(CJK)) {
    const s = run[0];
    for (let i = 0; i < s.length; i++) {
      set.add(fnv1a(s.slice(i, i + 1), 1));
      if (i + 2 <= s.length) set.add(fnv1a(s.slice(i, i + 2), 2));
      if (i + 3 <= s.length) set.add(fnv1a(s.slice(i, i + 3), 3));
    }
  }
  const words = text.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    set.add(fnv1a(w, 11));
    if (i + 1 < words.length) set.add(fnv1a(`${w} ${words[i + 1]}`, 12));
    const padded = ` ${w} `;
    if (padded.length <= 24) {
      for (let n = 3; n <= 5; n++) {
        for (let j = 0; j + n <= padded.length; j++) set.add(fnv1a(padded.slice(j, j + n), 20 + n));
      }
    }
  }
  const indices = Uint32Array.from(set);
  return { indices, value: indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0 };
}
