import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conceptFeatureName, conceptPairFeature, defaultConceptLexicon, loadConceptLexicon } from './concepts.ts';

const han = /^\p{Script=Han}+$/u;
const committed = () =>
  JSON.parse(readFileSync(new URL('../data/injection-concepts.json', import.meta.url), 'utf8')) as {
    concepts: Array<Record<string, unknown>>;
  };

describe('concept lexicon', () => {
  it('names every concept in Traditional Chinese, each name its own', () => {
    const lexicon = defaultConceptLexicon();
    expect(lexicon.zhHant).toHaveLength(lexicon.ids.length);
    for (const [i, name] of lexicon.zhHant.entries()) expect(name, lexicon.ids[i]).toMatch(han);
    expect(new Set(lexicon.zhHant).size).toBe(lexicon.zhHant.length);
  });

  it('refuses a concept without its Chinese name', () => {
    const file = committed();
    delete file.concepts[0]?.zhHant;
    expect(() => loadConceptLexicon(file)).toThrow(/zhHant/);
  });

  it('matches no name: a concept renamed reads the same terms, so the features and the model stay as they are', () => {
    const file = committed();
    const renamed = { ...file, concepts: file.concepts.map((concept) => ({ ...concept, zhHant: '改名' })) };
    expect(loadConceptLexicon(renamed).terms).toEqual(defaultConceptLexicon().terms);
  });

  it('names a pair of concepts by their ids or their Chinese names', () => {
    const lexicon = defaultConceptLexicon();
    const pair = conceptPairFeature(lexicon.ids.indexOf('disregard'), lexicon.ids.indexOf('directive'));
    expect(conceptFeatureName(lexicon, pair)).toBe('disregard + directive');
    expect(conceptFeatureName(lexicon, pair, 'zhHant')).toBe('忽略 + 指示');
  });
});
