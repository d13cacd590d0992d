/** Small metric helpers shared by the guard benchmarks. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function add(counts: Counts, truth: boolean, predicted: boolean): void {
  if (truth && predicted) counts.tp++;
  else if (truth) counts.fn++;
  else if (predicted) counts.fp++;
  else counts.tn++;
}

const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

export const precision = (c: Counts) => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts) => ratio(c.tp, c.tp + c.fn);
export const fpr = (c: Counts) => ratio(c.fp, c.fp + c.tn);
export const tnr = (c: Counts) => ratio(c.tn, c.tn + c.fp);

/** Balanced accuracy: mean of the true-positive and true-negative rates. */
export function balancedAccuracy(c: Counts): number {
  const parts = [recall(c), tnr(c)].filter((x) => !Number.isNaN(x));
  return parts.length === 0 ? Number.NaN : parts.reduce((a, b) => a + b, 0) / parts.length;
}

export function fBeta(c: Counts, beta: number): number {
  const p = precision(c);
  const r = recall(c);
  if (Number.isNaN(p) || Number.isNaN(r) || p + r === 0) return c.tp === 0 && c.fp === 0 && c.fn === 0 ? Number.NaN : 0;
  return ((1 + beta * beta) * p * r) / (beta * beta * p + r);
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export const fmt = (x: number, digits = 3) => (Number.isNaN(x) ? '–' : x.toFixed(digits));
