import {
  BIGRAM_TERM,
  CJK_TERM,
  clearMarks,
  conceptOf,
  gatherConcepts,
  gatheredConceptLogit,
  gatheredConcepts,
  pushCjkHit,
  pushLatinHit,
  WORD_TERM,
} from './concept-marks.ts';
import {
  BASIS,
  FEATURE_BITS,
  hashBigram,
  hashRange,
  MASK,
  MAX_PADDED,
  PRIME,
  SEED_CHAR,
  SEED_CJK,
  SEED_WORD,
  SPACE,
} from './feature-hash.ts';

export { FEATURE_BITS } from './feature-hash.ts';
export { lastWindowConcepts } from './concept-marks.ts';

/**
 * Hashed features for the injection classifier: character 1–3-grams of CJK runs, character 3–5-grams
 * of Latin text (with word boundaries) and Latin word unigrams and bigrams, hashed (FNV-1a) into
 * a fixed number of buckets. Presence only; the vector is L2-normalised so length does not matter.
 *
 * Beside them, concept features (concept-marks.ts): the tokens that are terms of the concept
 * lexicon mark their concepts while a window is gathered, so they too equal those of its slice.
 *
 * Long texts are scored over overlapping windows. Every n-gram is hashed once for the whole text
 * (`indexFeatures`); a window then gathers the hashes that lie inside it and re-hashes only the at
 * most two words its edges cut. The result is exactly what `extractFeatures(text.slice(start, end))`
 * gives, in the same order, so the classifier's output does not change.
 */
/**
 * Character 3–5-gram hashes of the word `text[start, end)` padded with spaces, in extraction order,
 * written to `out` from `at`; returns the new count.
 */
function charGramHashesInto(text: string, start: number, end: number, out: Uint32Array, at: number): number {
  const length = end - start + 2;
  if (length > MAX_PADDED) return at;
  let count = at;
  // The padded word is " " + word + " ": position k maps to the text, with spaces at both ends.
  for (let n = 3; n <= 5; n++) {
    for (let j = 0; j + n <= length; j++) {
      let hash = BASIS ^ (SEED_CHAR + n);
      for (let k = j; k < j + n; k++) {
        hash = Math.imul(hash ^ (k === 0 || k === length - 1 ? SPACE : text.charCodeAt(start + k - 1)), PRIME);
      }
      out[count++] = (hash >>> 0) & MASK;
    }
  }
  return count;
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
  /** Concept bit masks of each CJK n-gram, word and bigram (0: no concept). */
  cjkConcept: Uint32Array;
  wordConcept: Uint32Array;
  bigramConcept: Uint32Array;
}

const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isLetter = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Scratch buffers reused from call to call: the scan is allocation-light, so the garbage collector
 * rarely pauses it (the pauses, not the arithmetic, set the p99). Grown on demand, never shrunk.
 */
const scratch = {
  cjkStart: new Int32Array(4096),
  cjkEnd: new Int32Array(4096),
  cjkHash: new Uint32Array(4096),
  wordStart: new Int32Array(1024),
  wordEnd: new Int32Array(1024),
  wordHash: new Uint32Array(1024),
  gramStart: new Int32Array(1025),
  grams: new Uint32Array(8192),
  bigramHash: new Uint32Array(1024),
  cjkConcept: new Uint32Array(4096),
  wordConcept: new Uint32Array(1024),
  bigramConcept: new Uint32Array(1024),
};
type Scratch = typeof scratch;

function ensure<K extends keyof Scratch>(key: K, size: number): Scratch[K] {
  const current = scratch[key];
  if (current.length >= size) return current;
  const grown = new (current.constructor as new (n: number) => Scratch[K])(Math.max(size, current.length * 2));
  scratch[key] = grown;
  return grown;
}

/**
 * Hashes every n-gram of normalised `text` once. Linear in its length. The index views shared
 * scratch buffers: it is valid until the next call, so use it straight away (as `detectInjection` does).
 */
export function indexFeatures(text: string): FeatureIndex {
  const length = text.length;
  const cs = ensure('cjkStart', 3 * length);
  const ce = ensure('cjkEnd', 3 * length);
  const ch = ensure('cjkHash', 3 * length);
  const cc = ensure('cjkConcept', 3 * length);
  let cjkCount = 0;
  let wordCount = 0;
  for (let i = 0; i < length; ) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) {
      const s = i;
      while (i < length && isCjk(text.charCodeAt(i))) i++;
      for (let k = s; k < i; k++) {
        for (let n = 1; n <= 3 && k + n <= i; n++) {
          const hash = hashRange(text, k, k + n, SEED_CJK[n] ?? n);
          cs[cjkCount] = k;
          ce[cjkCount] = k + n;
          cc[cjkCount] = conceptOf(CJK_TERM, hash, text, k, k + n);
          ch[cjkCount++] = hash;
        }
      }
    } else i++;
  }
  // Words exactly as `/[a-z][a-z']*|[0-9]+/g` finds them, without match objects.
  const ws = ensure('wordStart', length);
  const we = ensure('wordEnd', length);
  for (let i = 0; i < length; ) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      const s = i++;
      for (let d = text.charCodeAt(i); i < length && (isLetter(d) || d === 39); d = text.charCodeAt(++i)) {}
      ws[wordCount] = s;
      we[wordCount++] = i;
    } else if (isDigit(c)) {
      const s = i++;
      while (i < length && isDigit(text.charCodeAt(i))) i++;
      ws[wordCount] = s;
      we[wordCount++] = i;
    } else i++;
  }
  const wordHash = ensure('wordHash', wordCount);
  const gramStart = ensure('gramStart', wordCount + 1);
  const bigramHash = ensure('bigramHash', wordCount);
  const wordConcept = ensure('wordConcept', wordCount);
  const bigramConcept = ensure('bigramConcept', wordCount);
  const grams = ensure('grams', 3 * (length + 2 * wordCount));
  let gramCount = 0;
  for (let i = 0; i < wordCount; i++) {
    const s = ws[i] ?? 0;
    const e = we[i] ?? 0;
    wordHash[i] = hashRange(text, s, e, SEED_WORD);
    wordConcept[i] = conceptOf(WORD_TERM, wordHash[i] ?? 0, text, s, e);
    gramStart[i] = gramCount;
    gramCount = charGramHashesInto(text, s, e, grams, gramCount);
    if (i + 1 < wordCount) {
      const ns = ws[i + 1] ?? 0;
      const ne = we[i + 1] ?? 0;
      bigramHash[i] = hashBigram(text, s, e, ns, ne);
      bigramConcept[i] = conceptOf(BIGRAM_TERM, bigramHash[i] ?? 0, text, s, e, ns, ne);
    }
  }
  gramStart[wordCount] = gramCount;
  return {
    text,
    cjkStart: cs.subarray(0, cjkCount),
    cjkEnd: ce.subarray(0, cjkCount),
    cjkHash: ch.subarray(0, cjkCount),
    wordStart: ws.subarray(0, wordCount),
    wordEnd: we.subarray(0, wordCount),
    wordHash: wordHash.subarray(0, wordCount),
    gramStart: gramStart.subarray(0, wordCount + 1),
    grams: grams.subarray(0, gramCount),
    bigramHash: bigramHash.subarray(0, wordCount),
    cjkConcept: cc.subarray(0, cjkCount),
    wordConcept: wordConcept.subarray(0, wordCount),
    bigramConcept: bigramConcept.subarray(0, wordCount),
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

/** Room for the character n-grams of one cut word (at most 3 × 24). */
const cutGrams = new Uint32Array(96);

// The words one window sees: ranges, and the index in the full text when the window did not cut them.
let winStart = new Int32Array(1024);
let winEnd = new Int32Array(1024);
let winIndex = new Int32Array(1024);
let winCount = 0;
const CUT_WORD = /[a-z][a-z']*|[0-9]+/;

function pushWindowWord(start: number, end: number, index: number): void {
  if (winCount === winStart.length) {
    const size = winStart.length * 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    winStart = grow(winStart);
    winEnd = grow(winEnd);
    winIndex = grow(winIndex);
  }
  winStart[winCount] = start;
  winEnd[winCount] = end;
  winIndex[winCount++] = index;
}

function windowWords(index: FeatureIndex, start: number, end: number): void {
  const { text, wordStart, wordEnd } = index;
  winCount = 0;
  // The word that straddles the window's start (if any) comes just before the first word starting inside it.
  let i = lowerBound(wordStart, start);
  if (i > 0 && (wordEnd[i - 1] ?? 0) > start) i--;
  for (; i < wordStart.length; i++) {
    const s = wordStart[i] ?? 0;
    const e = wordEnd[i] ?? 0;
    if (s >= end) break;
    if (s >= start && e <= end) {
      pushWindowWord(s, e, i);
      continue;
    }
    // A word cut by an edge is tokenised again as the window's slice would be (at most one token).
    const cutStart = Math.max(s, start);
    const m = text.slice(cutStart, Math.min(e, end)).match(CUT_WORD);
    if (m?.index !== undefined) pushWindowWord(cutStart + m.index, cutStart + m.index + m[0].length, -1);
  }
}

/**
 * Gathers the window's distinct bucket indices (in extraction order) into `unique[0..uniqueCount)`
 * and its concept features (concept-marks.ts).
 */
function gather(index: FeatureIndex, start: number, end: number): void {
  begin();
  clearMarks();
  const { text, cjkStart, cjkEnd, cjkHash, cjkConcept, wordHash, wordConcept, gramStart, grams } = index;
  const { bigramHash, bigramConcept } = index;
  for (let k = lowerBound(cjkStart, start); k < cjkStart.length && (cjkStart[k] ?? 0) < end; k++) {
    if ((cjkEnd[k] ?? 0) <= end) {
      addHash(cjkHash[k] ?? 0);
      const mask = cjkConcept[k] ?? 0;
      if (mask !== 0) pushCjkHit(cjkStart[k] ?? 0, mask);
    }
  }
  windowWords(index, start, end);
  for (let k = 0; k < winCount; k++) {
    const ws = winStart[k] ?? 0;
    const we = winEnd[k] ?? 0;
    const wi = winIndex[k] ?? -1;
    if (wi >= 0) {
      addHash(wordHash[wi] ?? 0);
      pushLatinHit(ws, wordConcept[wi] ?? 0);
    } else {
      const hash = hashRange(text, ws, we, SEED_WORD);
      addHash(hash);
      pushLatinHit(ws, conceptOf(WORD_TERM, hash, text, ws, we));
    }
    if (k + 1 < winCount) {
      const ni = winIndex[k + 1] ?? -1;
      if (wi >= 0 && ni === wi + 1) {
        addHash(bigramHash[wi] ?? 0);
        pushLatinHit(ws, bigramConcept[wi] ?? 0);
      } else {
        const ns = winStart[k + 1] ?? 0;
        const ne = winEnd[k + 1] ?? 0;
        const hash = hashBigram(text, ws, we, ns, ne);
        addHash(hash);
        pushLatinHit(ws, conceptOf(BIGRAM_TERM, hash, text, ws, we, ns, ne));
      }
    }
    if (wi >= 0) {
      for (let g = gramStart[wi] ?? 0; g < (gramStart[wi + 1] ?? 0); g++) addHash(grams[g] ?? 0);
    } else {
      const n = charGramHashesInto(text, ws, we, cutGrams, 0);
      for (let g = 0; g < n; g++) addHash(cutGrams[g] ?? 0);
    }
  }
  gatherConcepts();
}

/**
 * Sparse feature vector: bucket indices (distinct) and the shared value of each, and the concept
 * features (each of value 1: a concept pair is evidence whatever the text's length).
 */
export interface Features {
  indices: Uint32Array;
  value: number;
  concepts: Uint16Array;
}

/** Features of `index.text[start, end)`, identical to `extractFeatures` of that slice. */
export function windowFeatures(index: FeatureIndex, start = 0, end = index.text.length): Features {
  gather(index, start, end);
  const indices = unique.slice(0, uniqueCount);
  return {
    indices,
    value: indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0,
    concepts: gatheredConcepts(),
  };
}

/** The weights a window is scored with: hashed n-grams, concept features, bias. */
export interface LogitWeights {
  weights: Float32Array;
  conceptWeights: Float32Array;
  bias: number;
}

/**
 * Dot product of the window's features with the weights, plus the bias: the classifier's log-odds,
 * without allocating a feature vector.
 */
export function windowLogit(index: FeatureIndex, start: number, end: number, model: LogitWeights): number {
  gather(index, start, end);
  const value = uniqueCount > 0 ? 1 / Math.sqrt(uniqueCount) : 0;
  let sum = model.bias;
  for (let k = 0; k < uniqueCount; k++) sum += (model.weights[unique[k] ?? 0] ?? 0) * value;
  return sum + gatheredConceptLogit(model.conceptWeights);
}

/** Features of normalised text. Linear in its length. */
export function extractFeatures(text: string): Features {
  return windowFeatures(indexFeatures(text));
}
