import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.ts';
import { buildQueryTerms, DEFAULT_TERM_WEIGHTS, prepareSynonyms } from './query-terms.ts';
import { TypoIndex } from './typo-index.ts';

const analyzer = createAnalyzer();

function termsOf(
  query: string,
  frequencies: Record<string, number>,
  known: readonly string[] = [],
  groups: readonly (readonly string[])[] = [],
) {
  const typos = new TypoIndex();
  for (const word of known) typos.add(word);
  return buildQueryTerms(analyzer.analyze(query), {
    analyzer,
    weights: DEFAULT_TERM_WEIGHTS,
    synonyms: prepareSynonyms(
      groups.map((terms) => ({ terms: [...terms] })),
      analyzer,
    ),
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

  it('finds an English synonym phrase by its stems, so an inflected form expands too', () => {
    const groups = [['origin', 'come from']];
    for (const query of ['where was it originated', 'how the virus came from bats', 'origins of the virus']) {
      const expansions = termsOf(query, {}, [], groups).filter((t) => t.expansion);
      expect(expansions.length, query).toBeGreaterThan(0);
    }
    expect(termsOf('it comes in packages', {}, [], groups).some((t) => t.expansion)).toBe(false);
  });

  it('expands an English word typed inside Chinese without spaces (BB打針, 要點book)', () => {
    const groups = [
      ['嬰兒', 'bb'],
      ['預約', 'book'],
    ];
    const bb = termsOf('BB打預防針', {}, [], groups)
      .filter((t) => t.expansion)
      .map((t) => t.term);
    expect(bb).toContain('婴儿');
    const book = termsOf('我想book場地', {}, [], groups)
      .filter((t) => t.expansion)
      .map((t) => t.term);
    expect(book).toContain('预约');
    // Whole words only: "bb" is not in "bbq".
    expect(termsOf('bbq爐', {}, [], groups).some((t) => t.expansion)).toBe(false);
  });
});
