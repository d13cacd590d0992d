import type { TermSpace } from './term-vectors.ts';

/** Tuning of {@link rankSentences}; the defaults are what bench:assistant measures. */
export interface RankOptions {
  /** PageRank damping: the share of a sentence's score that flows from its neighbours. */
  damping?: number;
  /** Similarity below which two sentences are not linked (noise in long documents). */
  minSimilarity?: number;
  /** Weight of position: the start of the document and the first sentence of each paragraph. */
  positionWeight?: number;
  /** Weight of sharing terms with the title and the headings above the sentence. */
  headingWeight?: number;
  /** Sentences shorter than this (in terms) are weighed down in proportion. */
  minTerms?: number;
}

const DEFAULTS: Required<RankOptions> = {
  damping: 0.85,
  minSimilarity: 0.05,
  positionWeight: 0.3,
  headingWeight: 0.5,
  minTerms: 6,
};

/** What the ranker needs to know of each sentence besides its vector. */
export interface RankInput {
  /** Its terms (for the length prior and heading overlap). */
  terms: readonly string[];
  /** Place in its paragraph (0 = first) and in the document (0..1). */
  inBlock: number;
  relativePosition: number;
  headingTerms: readonly string[];
}

/**
 * Scores sentences by how central they are (PageRank over the tf-idf cosine graph, TextRank's
 * idea with idf-weighted edges; a sentence linked to nothing is not central), times a position prior (documents state their point early and
 * paragraphs lead with theirs), times the overlap with the title and section headings, times a
 * length prior (fragments like "OK." are not key points). Pure: same input, same scores.
 *
 * @returns one score per sentence, 0..1 relative to the best.
 */
export function rankSentences(inputs: readonly RankInput[], space: TermSpace, options: RankOptions = {}): number[] {
  const o = { ...DEFAULTS, ...options };
  const centrality = pageRank(space, o.damping, o.minSimilarity);
  // With no sentence linked to another (a short notice), the priors alone decide.
  if (centrality.every((value) => value === 0)) centrality.fill(1);
  const scores = inputs.map((input, i) => {
    const position = o.positionWeight * ((1 - input.relativePosition) ** 2 * 0.5 + (input.inBlock === 0 ? 0.5 : 0));
    const heading = o.headingWeight * overlap(input.terms, input.headingTerms);
    const length = Math.min(1, new Set(input.terms).size / o.minTerms);
    return (centrality[i] ?? 0) * (1 + position + heading) * length;
  });
  const best = Math.max(0, ...scores);
  return best > 0 ? scores.map((score) => score / best) : scores;
}

/**
 * Weighted PageRank over the similarity graph. Similarities are summed term by term through an
 * inverted index, leaving out terms in more than `max(64, n/20)` sentences: their idf makes them
 * count for little, and without them a long document is near linear instead of quadratic.
 */
function pageRank(space: TermSpace, damping: number, minSimilarity: number): Float64Array {
  const n = space.vectors.length;
  const maxFrequency = Math.max(64, Math.ceil(n / 20));
  const postings: { sentence: number[]; weight: number[] }[] = space.documentFrequency.map(() => ({
    sentence: [],
    weight: [],
  }));
  space.vectors.forEach((vector, i) => {
    vector.ids.forEach((id, k) => {
      if ((space.documentFrequency[id] ?? 0) > maxFrequency) return;
      const posting = postings[id];
      posting?.sentence.push(i);
      posting?.weight.push(vector.weights[k] ?? 0);
    });
  });
  const neighbours: { to: Int32Array; weight: Float64Array }[] = [];
  const sums = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const vector = space.vectors[i];
    touched.length = 0;
    vector?.ids.forEach((id, k) => {
      const posting = postings[id];
      if (!posting || (space.documentFrequency[id] ?? 0) > maxFrequency) return;
      const own = vector.weights[k] ?? 0;
      for (let p = 0; p < posting.sentence.length; p++) {
        const j = posting.sentence[p] ?? 0;
        if (j === i) continue;
        if (sums[j] === 0) touched.push(j);
        sums[j] = (sums[j] ?? 0) + own * (posting.weight[p] ?? 0);
      }
    });
    const to: number[] = [];
    const weight: number[] = [];
    for (const j of touched) {
      if ((sums[j] ?? 0) >= minSimilarity) {
        to.push(j);
        weight.push(sums[j] ?? 0);
      }
      sums[j] = 0;
    }
    neighbours.push({ to: Int32Array.from(to), weight: Float64Array.from(weight) });
  }
  const outSum = neighbours.map(({ weight }) => weight.reduce((a, b) => a + b, 0));
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Float64Array(n).fill((1 - damping) / Math.max(1, n));
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const { to, weight } = neighbours[i] ?? { to: new Int32Array(), weight: new Float64Array() };
      const total = outSum[i] ?? 0;
      if (total === 0) {
        dangling += rank[i] ?? 0;
        continue;
      }
      const share = (damping * (rank[i] ?? 0)) / total;
      for (let k = 0; k < to.length; k++) next[to[k] ?? 0] = (next[to[k] ?? 0] ?? 0) + share * (weight[k] ?? 0);
    }
    let delta = 0;
    for (let i = 0; i < n; i++) {
      next[i] = (next[i] ?? 0) + (damping * dangling) / n;
      delta += Math.abs((next[i] ?? 0) - (rank[i] ?? 0));
    }
    rank = next;
    if (delta < 1e-6) break;
  }
  // What every sentence gets whatever its links (teleport, dangling share) is not centrality:
  // without it an isolated aside scores 0 instead of as much as a well-linked sentence's base.
  let dangling = 0;
  for (let i = 0; i < n; i++) if ((outSum[i] ?? 0) === 0) dangling += rank[i] ?? 0;
  const base = (1 - damping) / Math.max(1, n) + (damping * dangling) / Math.max(1, n);
  return rank.map((value) => (value - base < 1e-12 ? 0 : value - base));
}

/** The share of the title's and headings' terms that the sentence states. */
function overlap(terms: readonly string[], headingTerms: readonly string[]): number {
  if (terms.length === 0 || headingTerms.length === 0) return 0;
  const heading = new Set(headingTerms);
  const own = new Set(terms);
  let shared = 0;
  for (const term of heading) if (own.has(term)) shared++;
  return shared / heading.size;
}
