import {
  CONCEPT_FEATURES,
  type ConceptLexicon,
  conceptFeature,
  conceptPairFeature,
  defaultConceptLexicon,
  PAIR_SPAN,
} from './concepts.ts';
import { FEATURE_BITS, hashBigram, hashRange, SEED_CJK, SEED_WORD } from './feature-hash.ts';

/**
 * Concept marks (concepts.ts): each n-gram, word or bigram that is a term of the concept lexicon
 * marks its concepts at its position; a window's concept features are the concepts present and
 * every unordered pair marked within `PAIR_SPAN` characters of each other. The marks come from the
 * tokens the classifier's index already reads (features.ts pushes them while it gathers a window),
 * so a window's concept features equal those of its slice.
 */
/** Which token kinds may hold a concept term in each bucket: a cheap test before the string lookup. */
export const CJK_TERM = 1;
export const WORD_TERM = 2;
export const BIGRAM_TERM = 4;
interface ConceptTables {
  lexicon: ConceptLexicon;
  /** Per hash bucket, the token kinds a term of the lexicon hashes to there. */
  buckets: Uint8Array;
}
let tables: ConceptTables | undefined;

function buildTables(): ConceptTables {
  const lexicon = defaultConceptLexicon();
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
  return { lexicon, buckets };
}

/**
 * Concept mask of the token `text[start, end)` (or of the bigram `text[start, end) text[start2, end2)`)
 * whose hash is `hash` (0 when it is no term). The bucket test comes first: most tokens stop there,
 * without making a string or a closure.
 */
export function conceptOf(
  kind: number,
  hash: number,
  text: string,
  start: number,
  end: number,
  start2 = 0,
  end2 = 0,
): number {
  // Built once, on first use; called per token, so no object is made here.
  tables ??= buildTables();
  if (((tables.buckets[hash] ?? 0) & kind) === 0) return 0;
  const term = kind === BIGRAM_TERM ? `${text.slice(start, end)} ${text.slice(start2, end2)}` : text.slice(start, end);
  return tables.lexicon.terms.get(term) ?? 0;
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

export function pushCjkHit(at: number, mask: number): void {
  if (cjkHits === cjkHitAt.length) {
    cjkHitAt = growInt(cjkHitAt);
    cjkHitMask = growUint(cjkHitMask);
  }
  cjkHitAt[cjkHits] = at;
  cjkHitMask[cjkHits++] = mask;
}
export function pushLatinHit(at: number, mask: number): void {
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
 * The window's concept features from the marks pushed since `clearMarks`: concepts in order of first
 * mark, each followed by its pairs with the marks after it within `PAIR_SPAN` characters.
 */
export function gatherConcepts(): void {
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

/** Starts a window: no marks yet. */
export function clearMarks(): void {
  cjkHits = 0;
  latinHits = 0;
}

/** The gathered concept features, copied. */
export function gatheredConcepts(): Uint16Array {
  return conceptUnique.slice(0, conceptCount);
}

/** Sum of the gathered concept features' weights (each feature is worth 1). */
export function gatheredConceptLogit(conceptWeights: Float32Array): number {
  let sum = 0;
  for (let k = 0; k < conceptCount; k++) sum += conceptWeights[conceptUnique[k] ?? 0] ?? 0;
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
