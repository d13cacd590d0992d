/**
 * Hashed features for the injection classifier: character 1–3-grams of CJK runs, character 3–5-grams
 * of Latin text (with word boundaries) and Latin word unigrams and bigrams, hashed (FNV-1a) into
 * a fixed number of buckets. Presence only; the vector is L2-normalised so length does not matter.
 *
 * Long texts are scored over overlapping windows. Every n-gram is hashed once for the whole text
 * (`indexFeatures`); a window then gathers the hashes that lie inside it and re-hashes only the at
 * most two words its edges cut. The result is exactly what `extractFeatures(text.slice(start, end))`
 * gives, in the same order, so the classifier's output does not change.
 */
export const FEATURE_BITS = 17;
const MASK = (1 << FEATURE_BITS) - 1;
const PRIME = 0x01000193;
const BASIS = 0x811c9dc5;
const SEED_CJK = [0, 1, 2, 3] as const;
const SEED_WORD = 11;
const SEED_BIGRAM = 12;
const SEED_CHAR = 20;
/** Character n-grams are taken from words up to this length (22 letters plus two boundary spaces). */
const MAX_PADDED = 24;
const SPACE = 32;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const WORD = /[a-z][a-z']*|[0-9]+/g;

/** FNV-1a of `text[start, end)`, without making a substring. */
function hashRange(text: string, start: number, end: number, seed: number): number {
  let hash = BASIS ^ seed;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, PRIME);
  }
  return (hash >>> 0) & MASK;
}

/** FNV-1a of `"<word a> <word b>"`. */
function hashBigram(text: string, a0: number, a1: number, b0: number, b1: number): number {
  let hash = BASIS ^ SEED_BIGRAM;
  for (let i = a0; i < a1; i++) hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
  hash = Math.imul(hash ^ SPACE, PRIME);
  for (let i = b0; i < b1; i++) hash = Math.imul(hash ^ text.charCodeAt(i), PRIME);
  return (hash >>> 0) & MASK;
}

/** Character 3–5-gram hashes of the word `text[start, end)` padded with spaces, in extraction order. */
function charGramHashes(text: string, start: number, end: number, out: number[]): void {
  const length = end - start + 2;
  if (length > MAX_PADDED) return;
  // The padded word is " " + word + " ": position k maps to the text, with spaces at both ends.
  const at = (k: number) => (k === 0 || k === length - 1 ? SPACE : text.charCodeAt(start + k - 1));
  for (let n = 3; n <= 5; n++) {
    for (let j = 0; j + n <= length; j++) {
      let hash = BASIS ^ (SEED_CHAR + n);
      for (let k = j; k < j + n; k++) hash = Math.imul(hash ^ at(k), PRIME);
      out.push((hash >>> 0) & MASK);
    }
  }
}

/** Every n-gram of a text hashed once, with its position, ready to be gathered window by window. */
export interface FeatureIndex {
  text: string;
  /** CJK n-grams in extraction order: start, end, hash. */
  cjkStart: Int32Array;
  cjkEnd: Int32Array;
  cjkHash: Uint32Array;
  /** Latin words and digit runs. */
  wordStart: Int32Array;
  wordEnd: Int32Array;
  /** Unigram hash of each word, then its character n-grams at `gramStart[i]..gramStart[i + 1]`. */
  wordHash: Uint32Array;
  gramStart: Int32Array;
  grams: Uint32Array;
  /** Hash of the bigram of word i and word i + 1. */
  bigramHash: Uint32Array;
}

/** Hashes every n-gram of normalised `text` once. Linear in its length. */
export function indexFeatures(text: string): FeatureIndex {
  const cs: number[] = [];
  const ce: number[] = [];
  const ch: number[] = [];
  for (const run of text.matchAll(CJK)) {
    const s = run.index;
    const e = s + run[0].length;
    for (let i = s; i < e; i++) {
      for (let n = 1; n <= 3 && i + n <= e; n++) {
        cs.push(i);
        ce.push(i + n);
        ch.push(hashRange(text, i, i + n, SEED_CJK[n] ?? n));
      }
    }
  }
  const ws: number[] = [];
  const we: number[] = [];
  for (const m of text.matchAll(WORD)) {
    ws.push(m.index);
    we.push(m.index + m[0].length);
  }
  const wordHash = new Uint32Array(ws.length);
  const gramStart = new Int32Array(ws.length + 1);
  const grams: number[] = [];
  const bigramHash = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) {
    const s = ws[i] ?? 0;
    const e = we[i] ?? 0;
    wordHash[i] = hashRange(text, s, e, SEED_WORD);
    gramStart[i] = grams.length;
    charGramHashes(text, s, e, grams);
    if (i + 1 < ws.length) bigramHash[i] = hashBigram(text, s, e, ws[i + 1] ?? 0, we[i + 1] ?? 0);
  }
  gramStart[ws.length] = grams.length;
  return {
    text,
    cjkStart: Int32Array.from(cs),
    cjkEnd: Int32Array.from(ce),
    cjkHash: Uint32Array.from(ch),
    wordStart: Int32Array.from(ws),
    wordEnd: Int32Array.from(we),
    wordHash,
    gramStart,
    grams: Uint32Array.from(grams),
    bigramHash,
  };
}

/** First index in the sorted `values` whose value is at least `target`. */
function lowerBound(values: Int32Array, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Presence de-duplication without a Set: a bucket is "seen" when its stamp equals the current one.
const seen = new Uint32Array(1 << FEATURE_BITS);
let stamp = 0;
let unique = new Uint32Array(4096);
let uniqueCount = 0;

function begin(): void {
  stamp++;
  if (stamp === 0xffffffff) {
    seen.fill(0);
    stamp = 1;
  }
  uniqueCount = 0;
}

function addHash(hash: number): void {
  if (seen[hash] === stamp) return;
  seen[hash] = stamp;
  if (uniqueCount === unique.length) {
    const grown = new Uint32Array(unique.length * 2);
    grown.set(unique);
    unique = grown;
  }
  unique[uniqueCount++] = hash;
}

/** A word as a window sees it: its range, and its index in the full text when the window did not cut it. */
interface WindowWord {
  start: number;
  end: number;
  index: number;
}

function windowWords(index: FeatureIndex, start: number, end: number): WindowWord[] {
  const { text, wordStart, wordEnd } = index;
  const words: WindowWord[] = [];
  // The word that straddles the window's start (if any) comes just before the first word starting inside it.
  let i = lowerBound(wordStart, start);
  if (i > 0 && (wordEnd[i - 1] ?? 0) > start) i--;
  for (; i < wordStart.length; i++) {
    const s = wordStart[i] ?? 0;
    const e = wordEnd[i] ?? 0;
    if (s >= end) break;
    if (s >= start && e <= end) {
      words.push({ start: s, end: e, index: i });
      continue;
    }
    // A word cut by an edge is tokenised again as the window's slice would be (at most one token).
    const cutStart = Math.max(s, start);
    const cutEnd = Math.min(e, end);
    const m = text.slice(cutStart, cutEnd).match(/[a-z][a-z']*|[0-9]+/);
    if (m?.index !== undefined)
      words.push({ start: cutStart + m.index, end: cutStart + m.index + m[0].length, index: -1 });
  }
  return words;
}

/** Gathers the window's distinct bucket indices (in extraction order) into `unique[0..uniqueCount)`. */
function gather(index: FeatureIndex, start: number, end: number): void {
  begin();
  const { text, cjkStart, cjkEnd, cjkHash, wordHash, gramStart, grams, bigramHash } = index;
  for (let k = lowerBound(cjkStart, start); k < cjkStart.length && (cjkStart[k] ?? 0) < end; k++) {
    if ((cjkEnd[k] ?? 0) <= end) addHash(cjkHash[k] ?? 0);
  }
  const words = windowWords(index, start, end);
  const scratch: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as WindowWord;
    const next = words[k + 1];
    if (w.index >= 0) addHash(wordHash[w.index] ?? 0);
    else addHash(hashRange(text, w.start, w.end, SEED_WORD));
    if (next) {
      addHash(
        w.index >= 0 && next.index === w.index + 1
          ? (bigramHash[w.index] ?? 0)
          : hashBigram(text, w.start, w.end, next.start, next.end),
      );
    }
    if (w.index >= 0) {
      for (let g = gramStart[w.index] ?? 0; g < (gramStart[w.index + 1] ?? 0); g++) addHash(grams[g] ?? 0);
    } else {
      scratch.length = 0;
      charGramHashes(text, w.start, w.end, scratch);
      for (const h of scratch) addHash(h);
    }
  }
}

/** Sparse feature vector: bucket indices (distinct) and the shared value of each. */
export interface Features {
  indices: Uint32Array;
  value: number;
}

/** Features of `index.text[start, end)`, identical to `extractFeatures` of that slice. */
export function windowFeatures(index: FeatureIndex, start = 0, end = index.text.length): Features {
  gather(index, start, end);
  const indices = unique.slice(0, uniqueCount);
  return { indices, value: indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0 };
}

/**
 * Dot product of the window's features with `weights`, plus `bias`: the classifier's log-odds,
 * without allocating a feature vector.
 */
export function windowLogit(
  index: FeatureIndex,
  start: number,
  end: number,
  weights: Float32Array,
  bias: number,
): number {
  gather(index, start, end);
  const value = uniqueCount > 0 ? 1 / Math.sqrt(uniqueCount) : 0;
  let sum = bias;
  for (let k = 0; k < uniqueCount; k++) sum += (weights[unique[k] ?? 0] ?? 0) * value;
  return sum;
}

/** Features of normalised text. Linear in its length. */
export function extractFeatures(text: string): Features {
  return windowFeatures(indexFeatures(text));
}
