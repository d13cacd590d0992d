import { describe, expect, it } from 'vitest';
import { parseUserWords } from './user-words.ts';

describe('parseUserWords (data/chinese-user-words.tsv)', () => {
  it('reads the version and the words with their frequencies', () => {
    const parsed = parseUserWords('# a comment\n# version: 2\n领牌\t100\n续牌\t50\n');
    expect(parsed).toEqual({
      ok: true,
      value: {
        version: 2,
        words: [
          { word: '领牌', frequency: 100 },
          { word: '续牌', frequency: 50 },
        ],
      },
    });
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
