import type { LabelledQuery } from '../../src/retrieval/index.ts';

/**
 * covid-queries lists a question once per entry that answers it («Should I wear a mask?» → covid-8,
 * covid-9, covid-10), so one text carries several labels. These helpers group the labels by text, the
 * way the published BERT-FAQ figures count relevance (every answer of a query string relevant).
 */

/** A question text folded for comparison: case and punctuation ignored. */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Labels of each distinct text with how often the text carries each. */
export function labelsByText(queries: readonly LabelledQuery[]): Map<string, Map<string, number>> {
  const byText = new Map<string, Map<string, number>>();
  for (const { query, expected } of queries) {
    const labels = byText.get(textKey(query)) ?? new Map<string, number>();
    labels.set(expected, (labels.get(expected) ?? 0) + 1);
    byText.set(textKey(query), labels);
  }
  return byText;
}

/** Ranking quality per distinct text with every label of the text relevant. */
export interface EveryLabelMetrics {
  texts: number;
  /** Reciprocal rank of the first relevant entry in the top 10. */
  mrr10: number;
  /** Average precision over the top 10, divided by the text's labels (at most 10). */
  map10: number;
}

/**
 * Scores each distinct text of `results` once (its first ranking; rankings are deterministic) against
 * every label `labels` gives it.
 */
export function everyLabelMetrics(
  results: readonly { query: string; ranked: readonly string[] }[],
  labels: ReadonlyMap<string, ReadonlyMap<string, number>>,
): EveryLabelMetrics {
  const seen = new Set<string>();
  let reciprocal = 0;
  let precision = 0;
  for (const { query, ranked } of results) {
    const key = textKey(query);
    const relevant = labels.get(key);
    if (seen.has(key) || relevant === undefined) continue;
    seen.add(key);
    let found = 0;
    let sum = 0;
    ranked.slice(0, 10).forEach((id, i) => {
      if (!relevant.has(id)) return;
      if (found === 0) reciprocal += 1 / (i + 1);
      sum += ++found / (i + 1);
    });
    precision += sum / Math.min(10, relevant.size);
  }
  const texts = Math.max(1, seen.size);
  return { texts: seen.size, mrr10: reciprocal / texts, map10: precision / texts };
}
