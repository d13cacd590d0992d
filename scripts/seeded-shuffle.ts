/**
 * A linear congruential generator, so the training scripts produce the same committed model from
 * the same data: each call gives the next state, an integer in [0, 2^31).
 */
function seededStates(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
}

/**
 * A reproducible Fisher–Yates shuffle driven by {@link seededStates}. The generator's state
 * carries over between calls (one shuffle per epoch).
 */
export function seededShuffler(seed: number): (order: number[]) => void {
  const next = seededStates(seed);
  return (order) => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
  };
}

/** Reproducible numbers in [0, 1) from the same generator. */
export function seededRandom(seed: number): () => number {
  const next = seededStates(seed);
  return () => next() / 0x80000000;
}
