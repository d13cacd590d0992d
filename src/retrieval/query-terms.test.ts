import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.ts';
import { buildQueryTerms, DEFAULT_TERM_WEIGHTS } from './query-terms.ts';
import { TypoIndex } from './typo-index.ts';

const analyzer = createAnalyzer();

function termsOf(query: string, frequencies: Record<string, number>) {
  return buildQueryTerms(analyzer.analyze(query), {
    analyzer,
    weights: DEFAULT_TERM_WEIGHTS,
    synonyms: [],
    departments: undefined,
    typos: new TypoIndex(),
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
});
