import {
  CONCEPT_FEATURES,
  type ConceptLexicon,
  conceptFeature,
  conceptPairFeature,
  defaultConceptLexicon,
  PAIR_SPAN,
} from './concepts.ts';

/**
 * Hashed features for the injection classifier: character 1–3-grams of CJK runs, character 3–5-grams
 * of Latin text (with word boundaries) and Latin word unigrams and bigrams, hashed (FNV-1a) into
 * a fixed number of buckets. Presence only; the vector is L2-normalised so length does not matter.
 *
 * Beside them, concept features (concepts.ts): each n-gram, word or bigram that is a term of the
 * concept lexicon marks its concepts at its position; a window's concept features are the concepts
 * present and every unordered pair of concepts marked within `PAIR_SPAN` characters of each other.
 * They come from the same tokens, so a window's concept features also equal those of its slice.
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

/** Which token kinds may hold a concept term in each bucket: a cheap test before the string lookup. */
const CJK_TERM = 1;
const WORD_TERM = 2;
const BIGRAM_TERM = 4;
let lexicon: ConceptLexicon | undefined;
let termBuckets: Uint8Array | undefined;

function conceptTables(): { lexicon: ConceptLexicon; buckets: Uint8Array } {
  if (!lexicon || !termBuckets) {
    lexicon = defaultConceptLexicon();
    const buckets = new Uint8Array(1 << FEATURE_BITS);
    const mark = (hash: number, kind: number) => {
      buckets[hash] = (buckets[hash] ?? 0) | kind;
    };
    for (const term of lexicon.terms.keys()) {
      const space = term.indexOf(' ');
      if (/^[\u3400-\u9fff\uf900-\ufaff]/.test(term)) {
        mark(hashRange(term, 0, term.length, SEED_CJK[term.length as 1 | 2 | 3] ?? 0), CJK_TERM);
      } else if (space < 0) mark(hashRange(term, 0, term.length, SEED_WORD), WORD_TERM);
      else mark(hashBigram(term, 0, space, space + 1, term.length), BIGRAM_TERM);
    }
    termBuckets = buckets;
  }
  return { lexicon, buckets: termBuckets };
}

/**
 * Concept mask of the token `text[start, end)` (or of the bigram `text[start, end) text[start2, end2)`)
 * whose hash is `hash` (0 when it is no term). The bucket test comes first: most tokens stop there,
 * without making a string or a closure.
 */
function conceptOf(kind: number, hash: number, text: string, start: number, end: number, start2 = 0, end2 = 0): number {
  const { lexicon, buckets } = conceptTables();
  if (((buckets[hash] ?? 0) & kind) === 0) return 0;
  const term = kind === BIGRAM_TERM ? `${text.slice(start, end)} ${text.slice(start2, end2)}` : text.slice(start, end);
  return lexicon.terms.get(term) ?? 0;
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

// Concept marks of one window, in two position-sorted runs (Chinese n-grams; Latin words and bigrams).
let cjkHitAt = new Int32Array(256);
let cjkHitMask = new Uint32Array(256);
let cjkHits = 0;
let latinHitAt = new Int32Array(256);
let latinHitMask = new Uint32Array(256);
let latinHits = 0;
const conceptSeen = new Uint32Array(CONCEPT_FEATURES);
let conceptStamp = 0;
let conceptUnique = new Uint16Array(256);
let conceptCount = 0;

function pushCjkHit(at: number, mask: number): void {
  if (cjkHits === cjkHitAt.length) {
    cjkHitAt = growInt(cjkHitAt);
    cjkHitMask = growUint(cjkHitMask);
  }
  cjkHitAt[cjkHits] = at;
  cjkHitMask[cjkHits++] = mask;
}
function pushLatinHit(at: number, mask: number): void {
  if (mask === 0) return;
  if (latinHits === latinHitAt.length) {
    latinHitAt = growInt(latinHitAt);
    latinHitMask = growUint(latinHitMask);
  }
  latinHitAt[latinHits] = at;
  latinHitMask[latinHits++] = mask;
}
function growInt(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
function growUint(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

function addConcept(feature: number): void {
  if (conceptSeen[feature] === conceptStamp) return;
  conceptSeen[feature] = conceptStamp;
  if (conceptCount === conceptUnique.length) {
    const grown = new Uint16Array(conceptUnique.length * 2);
    grown.set(conceptUnique);
    conceptUnique = grown;
  }
  conceptUnique[conceptCount++] = feature;
}

/** Index of the lowest set bit of a non-zero mask. */
const lowestBit = (mask: number) => 31 - Math.clz32(mask & -mask);

/** Every concept of `a` paired with every other concept of `b` (masks hold one or two bits: walk the set ones). */
function addPairs(a: number, b: number): void {
  for (let ra = a; ra !== 0; ra &= ra - 1) {
    const x = lowestBit(ra);
    for (let rb = b; rb !== 0; rb &= rb - 1) {
      const y = lowestBit(rb);
      if (x !== y) addConcept(conceptPairFeature(x, y));
    }
  }
}

/**
 * The window's concept features into `conceptUnique[0..conceptCount)`: concepts in order of first
 * mark, each followed by its pairs with the marks after it within `PAIR_SPAN` characters.
 */
function gatherConcepts(): void {
  conceptStamp++;
  if (conceptStamp === 0xffffffff) {
    conceptSeen.fill(0);
    conceptStamp = 1;
  }
  conceptCount = 0;
  // Merge the two sorted runs into position order (Chinese first on a tie).
  const total = cjkHits + latinHits;
  if (mergedAt.length < total) {
    mergedAt = new Int32Array(total * 2);
    mergedMask = new Uint32Array(total * 2);
  }
  const at = mergedAt;
  const mask = mergedMask;
  for (let i = 0, j = 0, k = 0; k < total; k++) {
    const takeCjk = j >= latinHits || (i < cjkHits && (cjkHitAt[i] ?? 0) <= (latinHitAt[j] ?? 0));
    at[k] = takeCjk ? (cjkHitAt[i] ?? 0) : (latinHitAt[j] ?? 0);
    mask[k] = takeCjk ? (cjkHitMask[i++] ?? 0) : (latinHitMask[j++] ?? 0);
  }
  for (let k = 0; k < total; k++) {
    const m = mask[k] ?? 0;
    for (let rm = m; rm !== 0; rm &= rm - 1) addConcept(conceptFeature(lowestBit(rm)));
    const from = at[k] ?? 0;
    for (let l = k + 1; l < total && (at[l] ?? 0) - from <= PAIR_SPAN; l++) addPairs(m, mask[l] ?? 0);
  }
}
let mergedAt = new Int32Array(512);
let mergedMask = new Uint32Array(512);

/**
 * Gathers the window's distinct bucket indices (in extraction order) into `unique[0..uniqueCount)`
 * and its concept features into `conceptUnique[0..conceptCount)`.
 */
function gather(index: FeatureIndex, start: number, end: number): void {
  begin();
  cjkHits = 0;
  latinHits = 0;
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
    concepts: conceptUnique.slice(0, conceptCount),
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
  for (let k = 0; k < conceptCount; k++) sum += model.conceptWeights[conceptUnique[k] ?? 0] ?? 0;
  return sum;
}

/** The concept features of the window scored last, with their weights: for a verdict's reasons. */
export function lastWindowConcepts(conceptWeights: Float32Array): { feature: number; weight: number }[] {
  const out: { feature: number; weight: number }[] = [];
  for (let k = 0; k < conceptCount; k++) {
    const feature = conceptUnique[k] ?? 0;
    out.push({ feature, weight: conceptWeights[feature] ?? 0 });
  }
  return out;
}

/** Features of normalised text. Linear in its length. */
export function extractFeatures(text: string): Features {
  return windowFeatures(indexFeatures(text));
}
