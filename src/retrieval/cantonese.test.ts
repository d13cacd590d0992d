import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.ts';
import { cantoneseTable, hasCantoneseMarkers, toWrittenChinese } from './cantonese.ts';

describe('the colloquial → written table (data/cantonese-written.tsv)', () => {
  it('loads, validated, with a declared version', () => {
    expect(cantoneseTable().version).toBeGreaterThanOrEqual(2);
  });

  it('keeps written words that hold a word it maps: 人工電子耳 is not 薪水電子耳, 嘈雜 and 返回 stay', () => {
    expect(toWrittenChinese('我個仔要裝人工電子耳')).toBe('我個仔要裝人工電子耳');
    expect(toWrittenChinese('好嘈雜')).toBe('好嘈雜');
    expect(toWrittenChinese('返回')).toBe('返回');
  });

  it('rewrites everyday spoken forms: 喺度, 噉 at the start, 快啲, kinship terms, particles dropped', () => {
    expect(toWrittenChinese('佢喺度聽')).toBe('他在聽');
    expect(toWrittenChinese('噉你幾時返')).toBe('那你什麼時候回');
    expect(toWrittenChinese('快啲')).toBe('快點');
    expect(toWrittenChinese('阿媽同埋阿哥')).toBe('媽媽和哥哥');
    expect(toWrittenChinese('唔記得囖')).toBe('忘記 ');
  });

  it('reads the spellings Hong Kong people type by sound, inside phrases only (左 and 系 alone are written words)', () => {
    expect(toWrittenChinese('唔見左張卡')).toBe('遺失張卡');
    expect(toWrittenChinese('即系咩黎')).toBe('就是什麼');
    expect(toWrittenChinese('向左轉')).toBe('向左轉');
    expect(toWrittenChinese('資訊系統')).toBe('資訊系統');
  });

  it('takes a line without the usual particles as Cantonese from 咁, 嗱, money in 蚊 or 係呀', () => {
    expect(hasCantoneseMarkers('做賊咁做')).toBe(true);
    expect(hasCantoneseMarkers('十個一蚊')).toBe(true);
    expect(hasCantoneseMarkers('係呀！')).toBe(true);
    expect(hasCantoneseMarkers('防蚊措施')).toBe(false);
  });

  it('lets an analysed Cantonese question meet the written word: 揸車 → 開車, 過咗身 → 過世', () => {
    const analyzer = createAnalyzer();
    expect(analyzer.analyze('朋友揸車俾人拖咗').canonical).toContain('开车');
    expect(analyzer.analyze('屋企人過咗身點算').canonical).toContain('过世');
  });
});
