import { describe, expect, it } from 'vitest';
import { ANY_KEY, choiceKey, codeOfKey, facetChoices } from './facet-choices.ts';

const counts = [
  { code: 'api_key.revoke', count: 2 },
  { code: 'user.create', count: 12 },
];

describe('the choices of the action and entity-type selects', () => {
  it('offers the codes the trail holds, with their counts', () => {
    expect(facetChoices(counts, '')).toEqual(counts);
    expect(facetChoices(counts, 'user.create')).toEqual(counts);
  });

  it('keeps a code from the address the trail does not hold, with no entries, in its place by code', () => {
    expect(facetChoices(counts, 'user.crate')).toEqual([
      { code: 'api_key.revoke', count: 2 },
      { code: 'user.crate', count: 0 },
      { code: 'user.create', count: 12 },
    ]);
  });

  it('offers the code from the address alone, uncounted, until the counts are here', () => {
    expect(facetChoices(undefined, 'user.create')).toEqual([{ code: 'user.create', count: null }]);
    expect(facetChoices(undefined, '')).toEqual([]);
  });

  it('never takes a code for "any", whatever it is spelt', () => {
    for (const code of ['user.create', '*', 'any', 'code:x', '']) {
      expect(codeOfKey(code ? choiceKey(code) : ANY_KEY)).toBe(code);
    }
    expect(choiceKey('any')).not.toBe(ANY_KEY);
  });
});
