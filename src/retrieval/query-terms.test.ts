import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.ts';
import { buildQueryTerms, DEFAULT_TERM_WEIGHTS } from './query-terms.ts';
import { TypoIndex } from './typo-index.ts';

const analyzer = createAnalyzer();

function termsOf(query: string, frequencies: Record<string, number>, known: readonly string[] = []) {
  const typos = new TypoIndex();
  for (const word of known) typos.add(word);
  return buildQueryTerms(analyzer.analyze(query), {
    analyzer,
    weights: DEFAULT_TERM_WEIGHTS,
    synonyms: [],
    departments: undefined,
    typos,
    documentFrequency: (term) => frequencies[term] ?? 0,
  });
}

describe('buildQueryTerms', () => {
  it('gives a word pair at least the document frequency of its commoner word', () => {
    const terms = termsOf('what are covid symptoms', { what: 27, covid: 61, symptom: 23, '~what covid': 2 });
    const pair = terms.find((t) => t.term === '~what covid');
    expect(pair?.groupFrequency).toBe(61);
    expect(terms.find((t) => t.term === '~covid symptom')?.groupFrequency).toBe(61);
  });

  it('leaves single words at their own document frequency', () => {
    const terms = termsOf('what are covid symptoms', { what: 27, covid: 61, symptom: 23 });
    expect(terms.find((t) => t.term === 'symptom')?.groupFrequency).toBe(0);
  });

  it('corrects a word the index does not know, but not one whose stem it knows', () => {
    const frequencies = { effect: 3, affect: 2, vaccin: 4 };
    const known = ['effective', 'affects', 'vaccine'];
    const corrected = termsOf('vacine', frequencies, known);
    expect(corrected.find((t) => t.term === 'vaccin')?.expansion).toBe(true);
    const terms = termsOf('effects', frequencies, known).map((t) => t.term);
    expect(terms).toEqual(['effect']);
  });
});
