/**
 * Sparse tf-idf vectors over a set of sentences, unit length, for cosine similarity. Term ids are
 * sorted inside each vector so that two vectors meet in one linear merge.
 */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface TermSpace {
  vectors: TermVector[];
  /** Term → id, and per id the number of sentences holding it. */
  ids: Map<string, number>;
  documentFrequency: number[];
}

/**
 * Weighs each sentence's terms by (1 + log tf) · log((n + 1) / df): terms every sentence shares
 * count for almost nothing, so fillers and boilerplate do not link unrelated sentences.
 *
 * @example const space = termSpace([['新措', '措施'], ['措施', '生效']]);
 */
export function termSpace(termLists: readonly (readonly string[])[]): TermSpace {
  const ids = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counts = termLists.map((terms) => {
    const count = new Map<number, number>();
    for (const term of terms) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        documentFrequency.push(0);
      }
      count.set(id, (count.get(id) ?? 0) + 1);
    }
    for (const id of count.keys()) documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
    return count;
  });
  const n = termLists.length;
  const vectors = counts.map((count) => {
    const entries = [...count.entries()].sort((a, b) => a[0] - b[0]);
    const ids = new Int32Array(entries.length);
    const weights = new Float64Array(entries.length);
    let norm = 0;
    entries.forEach(([id, tf], i) => {
      const weight = (1 + Math.log(tf)) * Math.log((n + 1) / (documentFrequency[id] ?? 1));
      ids[i] = id;
      weights[i] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
    return { ids, weights };
  });
  return { vectors, ids, documentFrequency };
}

/** Cosine similarity of two unit vectors from the same {@link termSpace}. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
