/**
 * How much of a reference answer a text holds. Answers are compared on content words (lower-cased,
 * stop words out, a plural -s folded) or, for Chinese, characters.
 */
const STOP = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those
  i you he she we they me him her us them my your his our their what which who whom when where why how not no so than
  then there here very just also about into over again more most some such only own same too can could would should will
  shall may might must do does did have has had said say says think thought mr ms mrs hon also meeting committee`.split(
    /\s+/u,
  ),
);

export function contentTokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?|\p{Script=Han}/gu) ?? [])
    .filter((t) => !STOP.has(t) && (t.length > 2 || /\p{Script=Han}|\d/u.test(t)))
    .map((t) => (t.length > 4 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t));
}

/** Share of the answer's distinct content tokens found anywhere in the text. */
export function tokenRecall(answer: string, text: string): number {
  const wanted = new Set(contentTokens(answer));
  if (wanted.size === 0) return 0;
  const have = new Set(contentTokens(text));
  let found = 0;
  for (const t of wanted) if (have.has(t)) found++;
  return found / wanted.size;
}

function lcs(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** ROUGE-L (Lin 2004) recall and F1 of a candidate against a reference, on content tokens. */
export function rougeL(candidate: string, reference: string): { recall: number; f1: number } {
  const c = contentTokens(candidate);
  const r = contentTokens(reference);
  if (c.length === 0 || r.length === 0) return { recall: 0, f1: 0 };
  const l = lcs(c, r);
  const recall = l / r.length;
  const precision = l / c.length;
  return { recall, f1: l === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Pk (Beeferman et al. 1999): the chance that two sentences k apart are wrongly judged to be in the
 * same or different segments; k is half the mean reference segment length. Lower is better.
 */
export function pk(reference: readonly number[], hypothesis: readonly number[]): number {
  // Segment label per sentence.
  const n = reference.length;
  const segments = new Set(reference).size;
  const k = Math.max(1, Math.round(n / segments / 2));
  let errors = 0;
  let trials = 0;
  for (let i = 0; i + k < n; i++) {
    const sameRef = reference[i] === reference[i + k];
    const sameHyp = hypothesis[i] === hypothesis[i + k];
    if (sameRef !== sameHyp) errors++;
    trials++;
  }
  return trials === 0 ? 0 : errors / trials;
}
