import { describe, expect, it } from 'vitest';
import { checkGrounding } from './grounding.ts';

describe('checkGrounding and citation markers', () => {
  it('does not take citation markers for invented figures', () => {
    const report = checkGrounding('狗隻牌照費用為港幣八十元，有效期三年 [1]。 Fee HK$80 [2].', [
      '狗隻牌照費用為港幣八十元，有效期三年。',
      'The fee is HK$80.',
    ]);
    expect(report.inventedFigures).toEqual([]);
  });

  it('still catches a figure the sources do not contain next to a marker', () => {
    expect(checkGrounding('The fee is HK$500 [1].', ['The fee is HK$80.']).inventedFigures).toEqual(['HK$500']);
  });

  it('reads Chinese numerals as figures, so a changed amount in Chinese is caught', () => {
    const sources = ['狗隻牌照費用為港幣八十元，有效期三年。'];
    expect(checkGrounding('牌照費用為港幣 80 元，有效期三年。', sources).inventedFigures).toEqual([]);
    expect(checkGrounding('牌照費用為港幣五百元。', sources).inventedFigures).toEqual(['500元']);
    expect(checkGrounding('非常感謝，十分方便。', sources).inventedFigures).toEqual([]);
  });
});
