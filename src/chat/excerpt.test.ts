import { describe, expect, it } from 'vitest';
import { excerptOf } from './excerpt.ts';

describe('excerptOf (a citation excerpt)', () => {
  it('returns text that fits unchanged', () => {
    expect(excerptOf('短文。', 200)).toBe('短文。');
  });

  it('cuts English at a sentence end, else at a space, never inside a word, with an ellipsis', () => {
    const text =
      'Dogs over five months old must be licensed. The licence fee is eighty dollars and it lasts three years.';
    expect(excerptOf(text, 60)).toBe('Dogs over five months old must be licensed. …');
    const long = 'Licences are issued by the department at any of its animal management centres across Hong Kong';
    const cut = excerptOf(long, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toBe(' ');
  });

  it('cuts Chinese at a sentence end or a comma, with an ellipsis', () => {
    const text = '狗隻年滿五個月必須領牌。牌照費為八十元，有效期三年，可於任何一間動物管理中心辦理續期手續，毋須預約';
    expect(excerptOf(text, 20)).toBe('狗隻年滿五個月必須領牌。 …');
    const clause = excerptOf('牌照費為八十元，有效期三年，可於任何一間動物管理中心辦理續期手續', 20);
    expect(clause).toBe('牌照費為八十元，有效期三年…');
  });

  it('never exceeds the limit and never splits a surrogate pair', () => {
    const text = `${'😀'.repeat(150)}`;
    const cut = excerptOf(text, 101);
    expect(cut.length).toBeLessThanOrEqual(101);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
