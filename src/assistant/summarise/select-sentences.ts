import { type TermVector, cosine } from './term-vectors.ts';

/** Tuning of {@link selectSentences}. */
export interface SelectOptions {
  /** MMR trade-off: 1 = score only, 0 = novelty only. */
  lambda?: number;
  /** A candidate this similar to a chosen sentence repeats it and is never chosen. */
  maxSimilarity?: number;
}

/**
 * Chooses sentences by maximal marginal relevance under a length budget: each step takes the
 * candidate with the best `λ·score − (1−λ)·(similarity to what is chosen)`, skips near
 * repeats, and skips what no longer fits, so the result never exceeds `budget` (whole sentences
 * only). When not even the best sentence fits alone, it is cut at the budget so something is said.
 *
 * @returns chosen indices in document order, and whether the first had to be cut.
 */
export function selectSentences(
  scores: readonly number[],
  vectors: readonly TermVector[],
  lengths: readonly number[],
  budget: number,
  options: SelectOptions = {},
): { chosen: number[]; cutFirst: boolean } {
  const lambda = options.lambda ?? 0.7;
  const maxSimilarity = options.maxSimilarity ?? 0.6;
  const n = scores.length;
  const redundancy = new Float64Array(n);
  const open = new Set<number>();
  for (let i = 0; i < n; i++) if ((scores[i] ?? 0) > 0 || n === 1) open.add(i);
  const chosen: number[] = [];
  let used = 0;
  while (open.size > 0 && used < budget) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const i of open) {
      if ((lengths[i] ?? 0) > budget - used || (redundancy[i] ?? 0) > maxSimilarity) {
        if (chosen.length > 0) open.delete(i);
        continue;
      }
      const value = lambda * (scores[i] ?? 0) - (1 - lambda) * (redundancy[i] ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    open.delete(best);
    chosen.push(best);
    used += lengths[best] ?? 0;
    const picked = vectors[best];
    if (!picked) continue;
    for (const i of open) {
      const vector = vectors[i];
      if (vector) redundancy[i] = Math.max(redundancy[i] ?? 0, cosine(vector, picked));
    }
  }
  if (chosen.length === 0 && n > 0) {
    // Every sentence is longer than the budget: the best one, cut to fit.
    let best = 0;
    for (let i = 1; i < n; i++) if ((scores[i] ?? 0) > (scores[best] ?? 0)) best = i;
    return { chosen: [best], cutFirst: true };
  }
  return { chosen: chosen.sort((a, b) => a - b), cutFirst: false };
}
