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

  it('gives a word pair beside a synonym phrase the other spellings of the group, as the typed pair counts', () => {
    const groups = [['coronavirus', 'covid', 'covid 19']];
    const frequencies = { what: 20, coronaviru: 3, covid: 45, '~what coronaviru': 2, '~what covid': 10 };
    const terms = termsOf('what is coronavirus made from', frequencies, [], groups);
    const typed = terms.find((t) => t.term === '~what coronaviru');
    const variant = terms.find((t) => t.term === '~what covid');
    expect(variant?.expansion).toBe(true);
    expect(variant?.weight).toBeCloseTo(DEFAULT_TERM_WEIGHTS.pair * DEFAULT_TERM_WEIGHTS.synonym);
    expect(variant?.groupFrequency).toBe(typed?.groupFrequency);
    // A multi-word phrase meets the pair by its edge word: its last word on the pair's left.
    expect(terms.some((t) => t.term === '~19 make')).toBe(true);
    // Pairs inside the typed phrase are the phrase, not a neighbour of it.
    const inside = termsOf('is corona virus new', {}, [], [['corona virus', 'covid']]).map((t) => t.term);
    expect(inside).toContain('~covid new');
    expect(inside.filter((t) => t.startsWith('~covid') || t.endsWith(' covid'))).toEqual(['~covid new']);
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
