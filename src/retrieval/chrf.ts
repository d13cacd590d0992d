/** Character n-gram statistics of one hypothesis against its reference, per order 1..n. */
export interface ChrFStatistics {
  /** Per order (index 0 = unigrams): n-grams in the hypothesis, in the reference, and matched (clipped). */
  hypothesis: number[];
  reference: number[];
  matched: number[];
}

/** chrF settings: the standard chrF is order 6, beta 2 (recall weighs twice precision). */
export interface ChrFOptions {
  order?: number;
  beta?: number;
}

function ngramCounts(chars: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Counts the character n-grams of a hypothesis and its reference and their clipped matches, whitespace
 * removed (as sacreBLEU's chrF does), characters taken as code points so CJK extension B counts once.
 */
export function chrFStatistics(hypothesis: string, reference: string, options: ChrFOptions = {}): ChrFStatistics {
  const order = options.order ?? 6;
  const hyp = Array.from(hypothesis.replace(/\s+/gu, ''));
  const ref = Array.from(reference.replace(/\s+/gu, ''));
  const stats: ChrFStatistics = { hypothesis: [], reference: [], matched: [] };
  for (let n = 1; n <= order; n++) {
    const hypCounts = ngramCounts(hyp, n);
    const refCounts = ngramCounts(ref, n);
    let matched = 0;
    for (const [gram, count] of hypCounts) matched += Math.min(count, refCounts.get(gram) ?? 0);
    stats.hypothesis.push(Math.max(0, hyp.length - n + 1));
    stats.reference.push(Math.max(0, ref.length - n + 1));
    stats.matched.push(matched);
  }
  return stats;
}

/**
 * chrF (Popović 2015) in 0–100 over summed statistics: precision and recall averaged over the orders
 * both sides reach (the effective order, as chrF++.py and sacreBLEU 2 do), then their F-beta.
 * Summing sentences' statistics first gives the corpus score sacreBLEU reports.
 *
 * @example chrFScore([chrFStatistics('他們在哪裡', '他們在哪裡')]) // 100
 */
export function chrFScore(statistics: readonly ChrFStatistics[], options: ChrFOptions = {}): number {
  const order = options.order ?? 6;
  const factor = (options.beta ?? 2) ** 2;
  let precision = 0;
  let recall = 0;
  let effective = 0;
  for (let i = 0; i < order; i++) {
    let hyp = 0;
    let ref = 0;
    let matched = 0;
    for (const s of statistics) {
      hyp += s.hypothesis[i] ?? 0;
      ref += s.reference[i] ?? 0;
      matched += s.matched[i] ?? 0;
    }
    if (hyp === 0 || ref === 0) continue;
    precision += matched / hyp;
    recall += matched / ref;
    effective++;
  }
  if (effective === 0) return 0;
  precision /= effective;
  recall /= effective;
  if (precision + recall === 0) return 0;
  return (100 * (1 + factor) * precision * recall) / (factor * precision + recall);
}

/** chrF of one hypothesis against one reference, 0–100. */
export function chrF(hypothesis: string, reference: string, options: ChrFOptions = {}): number {
  return chrFScore([chrFStatistics(hypothesis, reference, options)], options);
}
