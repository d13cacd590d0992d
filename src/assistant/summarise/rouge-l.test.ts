import { describe, expect, it } from 'vitest';
import { lcsLength, rougeL, rougeTokens } from './rouge-l.ts';

describe('ROUGE-L', () => {
  it('finds the longest common subsequence, not substring', () => {
    expect(lcsLength(['a', 'b', 'c', 'd', 'e'], ['a', 'x', 'c', 'y', 'e'])).toBe(3);
    expect(lcsLength([], ['a'])).toBe(0);
  });

  it('scores English at word level, lower-cased, punctuation ignored', () => {
    const score = rougeL('The cat sat.', 'the cat sat down', 'en');
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.75);
    expect(score.f1).toBeCloseTo(6 / 7, 10);
  });

  it('scores Chinese at character level with Latin runs and numbers as one token', () => {
    expect(rougeTokens('我們在2024年用AI。', 'zh')).toEqual(['我', '們', '在', '2024', '年', '用', 'ai']);
    const score = rougeL('政府公布措施', '政府今日公布新措施', 'zh');
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(6 / 9, 10);
  });

  it('is 1 for identical texts and 0 when nothing is shared or one side is empty', () => {
    expect(rougeL('相同的句子', '相同的句子', 'zh').f1).toBe(1);
    expect(rougeL('apples', 'oranges', 'en').f1).toBe(0);
    expect(rougeL('', 'anything', 'en').f1).toBe(0);
  });
});
