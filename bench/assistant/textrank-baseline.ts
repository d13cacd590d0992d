import type { SummaryDocument } from '../../src/assistant/index.ts';
import { sentenceTerms, textLength } from '../../src/assistant/index.ts';

/**
 * Plain TextRank (Mihalcea & Tarau 2004), the peer LionRock's ranker is measured against: sentence
 * similarity = shared terms / (log|Si| + log|Sj|), unweighted PageRank (d = 0.85), then the top
 * sentences that fit the budget in document order. Same sentences and terms as LionRock, so the
 * difference is the ranking (idf, position, headings, length prior) and the redundancy removal.
 */
export function textRankSummary(document: SummaryDocument, budget: number): string {
  const sets = document.sentences.map((sentence) => new Set(sentenceTerms(sentence.text)));
  const n = sets.length;
  const weights: Float64Array[] = [];
  for (let i = 0; i < n; i++) weights.push(new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const a = sets[i] ?? new Set<string>();
    for (let j = i + 1; j < n; j++) {
      const b = sets[j] ?? new Set<string>();
      if (a.size < 2 || b.size < 2) continue;
      let shared = 0;
      for (const term of a) if (b.has(term)) shared++;
      const similarity = shared / (Math.log(a.size) + Math.log(b.size));
      (weights[i] as Float64Array)[j] = similarity;
      (weights[j] as Float64Array)[i] = similarity;
    }
  }
  const outSum = weights.map((row) => row.reduce((x, y) => x + y, 0));
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Float64Array(n).fill(0.15 / Math.max(1, n));
    for (let i = 0; i < n; i++) {
      const total = outSum[i] ?? 0;
      if (total === 0) continue;
      const row = weights[i] as Float64Array;
      for (let j = 0; j < n; j++) next[j] = (next[j] ?? 0) + (0.85 * (rank[i] ?? 0) * (row[j] ?? 0)) / total;
    }
    rank = next;
  }
  const order = [...rank.keys()].sort((a, b) => (rank[b] ?? 0) - (rank[a] ?? 0));
  const chosen: number[] = [];
  let used = 0;
  for (const i of order) {
    const length = textLength(document.sentences[i]?.text ?? '', document.language);
    if (used + length > budget) continue;
    chosen.push(i);
    used += length;
  }
  return chosen
    .sort((a, b) => a - b)
    .map((i) => document.sentences[i]?.text ?? '')
    .join(document.language === 'zh' ? '' : ' ');
}
