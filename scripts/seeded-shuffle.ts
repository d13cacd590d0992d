/**
 * A reproducible Fisher–Yates shuffle driven by a linear congruential generator, so the training
 * scripts produce the same committed model from the same data. The generator's state carries over
 * between calls (one shuffle per epoch).
 */
export function seededShuffler(seed: number): (order: number[]) => void {
  let state = seed;
  return (order) => {
    for (let i = order.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
  };
}
