import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.ts';
import { cantoneseTable, hasCantoneseMarkers, toWrittenChinese } from './cantonese.ts';

describe('the colloquial → written table (data/cantonese-written.tsv)', () => {
  it('loads, validated, with a declared version', () => {
    expect(cantoneseTable().version).toBeGreaterThanOrEqual(2);
  });

  it('keeps written words that hold a word it maps: 人工電子耳 is not 薪水電子耳, 嘈雜 and 返回 stay', () => {
    expect(toWrittenChinese('佢要裝人工電子耳')).toBe('他要裝人工電子耳');
    expect(toWrittenChinese('好嘈雜')).toBe('很嘈雜');
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
    expect(toWrittenChinese('即系要交')).toBe('就是要交');
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

  it('writes out an A-not-A question the table knows (得唔得 → 可不可以) and asks whether A otherwise', () => {
    expect(toWrittenChinese('甘樣得唔得')).toBe('這樣可不可以');
    expect(toWrittenChinese('報唔報名')).toBe('是否報名');
    // 使 alone is "need" (唔使 = 不用): 使唔使 asks whether one needs to, not whether to 使.
    expect(toWrittenChinese('使唔使同隻狗領牌')).toBe('是否需要為狗領牌');
  });

  it('reads the A kept from an A-not-A question on with what follows (返唔返嚟 → 是否返嚟 → 是否回來)', () => {
    expect(toWrittenChinese('返唔返嚟食飯')).toBe('是否回來吃飯');
  });

  it('reads 幫 / 同 before the classifier 隻 as "for the", and 點幫 as how to help', () => {
    expect(toWrittenChinese('點樣同隻狗領牌')).toBe('怎樣為狗領牌');
    expect(toWrittenChinese('幫隻貓打針')).toBe('為貓打針');
    expect(toWrittenChinese('點幫隻狗領牌')).toBe('怎樣為狗領牌');
    expect(toWrittenChinese('點幫佢')).toBe('怎樣幫他');
    expect(toWrittenChinese('有一點幫助')).toBe('有一點幫助');
    expect(hasCantoneseMarkers('點幫隻狗領牌')).toBe(true);
    expect(hasCantoneseMarkers('這對你有一點幫助')).toBe(false);
  });

  it('writes V緊 as 正在 V (聽緊, 睇緊, 食緊)', () => {
    expect(toWrittenChinese('佢睇緊電視')).toBe('他正在看電視');
  });

  it('reads English verbs mixed in: check唔check到 asks about check, 點book asks how', () => {
    expect(toWrittenChinese('check唔check到')).toBe('check到');
    expect(toWrittenChinese('要點book')).toBe('要怎樣book');
    expect(toWrittenChinese('集合地點')).toBe('集合地點');
  });

  it('reads 邊個 before a noun as 哪個 and alone as 誰', () => {
    expect(toWrittenChinese('應該搵邊個部門')).toBe('應該找哪個部門');
    expect(toWrittenChinese('應該搵邊個')).toBe('應該找誰');
  });

  it('reads a classifier after a pronoun as possession, and 我想問下 as 請問', () => {
    expect(toWrittenChinese('我個仔讀緊小五')).toBe('我兒子正在讀小五');
    expect(toWrittenChinese('佢個女')).toBe('他女兒');
    expect(toWrittenChinese('我個人認為')).toBe('我個人認為');
    expect(toWrittenChinese('仔女唔理佢')).toBe('子女不理他');
    expect(toWrittenChinese('我想問下幾時截止')).toBe('請問什麼時候截止');
    expect(toWrittenChinese('AQI即係咩嚟')).toBe('AQI是什麼意思');
  });

  it('reads 好 before an adjective as 很 (好驚, 好嘈), leaving 好處 and 好似 to their own rows', () => {
    expect(toWrittenChinese('我好驚')).toBe('我很怕');
    expect(toWrittenChinese('好嘈')).toBe('很吵');
    expect(toWrittenChinese('有咩好處')).toBe('有什麼好處');
    expect(toWrittenChinese('好似')).toBe('好像');
  });

  it('leaves 飛機 alone when 飛 after 嘅 is a ticket', () => {
    expect(toWrittenChinese('我哋嘅飛')).toBe('我們的票');
    expect(toWrittenChinese('我哋嘅飛機')).toBe('我們的飛機');
  });
});
