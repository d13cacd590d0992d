import { describe, expect, it } from 'vitest';
import { chrF, chrFScore, chrFStatistics } from './chrf.ts';

describe('chrF', () => {
  it('scores an identical line 100 and a line sharing no character 0', () => {
    expect(chrF('他們在哪裡', '他們在哪裡')).toBe(100);
    expect(chrF('你好', '再見')).toBe(0);
  });

  it('ignores whitespace, as sacreBLEU does', () => {
    expect(chrF('他們 在 哪裡', '他們在哪裡')).toBe(100);
  });

  it('clips matches to the reference count and averages precision and recall over the orders both sides reach', () => {
    // Hypothesis "aa", reference "a": order 1 precision 1/2, recall 1/1; order 2 only the hypothesis reaches.
    const s = chrFStatistics('aa', 'a');
    expect(s.matched.slice(0, 2)).toEqual([1, 0]);
    const p = 0.5;
    const r = 1;
    expect(chrFScore([s])).toBeCloseTo((100 * 5 * p * r) / (4 * p + r), 10);
  });

  it('weighs recall above precision (beta 2): a short hypothesis loses more than a long one', () => {
    const reference = '你在找些什麼';
    expect(chrF('你在找', reference)).toBeLessThan(chrF('你在找些什麼東西呀', reference));
  });

  it('gives the corpus score from summed statistics, not the mean of sentence scores', () => {
    const a = chrFStatistics('abcdef', 'abcdef');
    const b = chrFStatistics('x', 'yyyyyyyyyy');
    const corpus = chrFScore([a, b]);
    expect(corpus).not.toBeCloseTo((chrFScore([a]) + chrFScore([b])) / 2, 3);
    expect(corpus).toBeGreaterThan(0);
    expect(corpus).toBeLessThan(100);
  });
});
