/**
 * The figures a sentence states (amounts, percentages, counts, the parts of dates), each as a bare
 * number so that `HK$1,200` and `1200元` compare equal and `3萬` is 30000. Two sentences about the
 * same thing that state different figures disagree.
 *
 * @example extractFigures('資助額為3萬元，2024年4月1日生效') // ['30000', '2024', '4', '1']
 */
export function extractFigures(text: string): string[] {
  const figures: string[] = [];
  for (const match of text.matchAll(FIGURE)) {
    let value = Number(match[1]?.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const unit = match[2] ?? '';
    if (/萬|万/u.test(unit)) value *= 10_000;
    else if (/億|亿/u.test(unit)) value *= 100_000_000;
    else if (/million/iu.test(unit)) value *= 1_000_000;
    else if (/billion/iu.test(unit)) value *= 1_000_000_000;
    figures.push(String(value) + (/%|％|per ?cent/iu.test(unit) ? '%' : ''));
  }
  return figures;
}

const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(%|％|per ?cent|萬|万|億|亿|million|billion)?/giu;

/** Whether two lists of figures state something different (order aside); false when either has none. */
export function figuresDiffer(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const left = new Set(a);
  const right = new Set(b);
  return left.size !== right.size || [...left].some((figure) => !right.has(figure));
}
