import { isChineseText, type SpokenSentence, sentenceTerms } from './sentences.ts';

/**
 * A title for an item no agenda marker named: its three most distinctive terms (frequent in the
 * item, rare in the rest of the meeting; tf-idf over items), joined as a list.
 */
export function keywordTitle(item: readonly SpokenSentence[], items: readonly (readonly SpokenSentence[])[]): string {
  const itemsWith = new Map<string, number>();
  for (const other of items) {
    for (const term of new Set(other.flatMap((s) => sentenceTerms(s.text))))
      itemsWith.set(term, (itemsWith.get(term) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const s of item) for (const term of sentenceTerms(s.text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const ranked = [...counts]
    .filter(([, count]) => count >= 2)
    .map(([term, count]) => ({ term, weight: count * Math.log(1 + items.length / (itemsWith.get(term) ?? 1)) }))
    .sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term))
    .slice(0, 3)
    .map((t) => t.term);
  const chinese = isChineseText(item.map((s) => s.text).join(''));
  if (ranked.length === 0)
    return Array.from(item[0]?.text ?? '')
      .slice(0, 30)
      .join('');
  return ranked.join(chinese ? '、' : ', ');
}
