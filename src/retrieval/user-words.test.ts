import { describe, expect, it } from 'vitest';
import { parseUserWords } from './user-words.ts';

describe('parseUserWords (data/chinese-user-words.tsv)', () => {
  it('reads the version and the words with their frequencies, and which are separable', () => {
    const parsed = parseUserWords('# a comment\n# version: 2\n领牌\t100\tseparable\n续牌\t50\n');
    expect(parsed).toEqual({
      ok: true,
      value: {
        version: 2,
        words: [
          { word: '领牌', frequency: 100, separable: true },
          { word: '续牌', frequency: 50, separable: false },
        ],
      },
    });
  });

  it('refuses a third column other than separable, and a separable word that is not verb + object', () => {
    const parsed = parseUserWords('# version: 1\n领牌\t100\tyes\n申领牌\t100\tseparable\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.line)).toEqual([2, 3]);
    expect(parsed.issues[0]?.message).toContain('separable');
    expect(parsed.issues[1]?.message).toContain('two characters');
  });

  it('names every bad line: missing version, bad frequency, not Han, Traditional script, duplicate', () => {
    const parsed = parseUserWords('领牌\t100\n领牌\t0\nab\t3\n領牌\t100\n领牌\t100\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => issue.line)).toEqual([1, 2, 3, 4, 5]);
    expect(parsed.issues[0]?.message).toContain('version');
    expect(parsed.issues[1]?.message).toContain('frequency');
    expect(parsed.issues[2]?.message).toContain('Han');
    expect(parsed.issues[3]?.message).toContain('Simplified');
    expect(parsed.issues[4]?.message).toContain('duplicate');
  });
});
