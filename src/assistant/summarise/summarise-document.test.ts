import { describe, expect, it } from 'vitest';
import type { Extracted } from '../../knowledge/index.ts';
import { textLength } from './language.ts';
import { summariseDocument } from './summarise-document.ts';
import { toSummaryDocument } from './document-sentences.ts';

const paragraph = (text: string, page: number | null = null) => ({ type: 'paragraph' as const, text, page });
const heading = (text: string, level = 1, page: number | null = null) => ({
  type: 'heading' as const,
  text,
  level,
  page,
});

/** A report on a subsidy scheme: most sentences are about the scheme, two are asides. */
const report: Extracted = {
  kind: 'document',
  title: '長者醫療券計劃檢討報告',
  pages: 3,
  blocks: [
    heading('1 背景', 1, 1),
    paragraph('今天天氣晴朗，會議室冷氣很凍。長者醫療券計劃資助六十五歲或以上長者使用私營基層醫療服務。', 1),
    paragraph('醫療券計劃自二〇〇九年推行，每名合資格長者每年獲發醫療券金額二千元。', 1),
    heading('2 檢討結果', 1, 2),
    paragraph('檢討發現長者醫療券的使用率持續上升，大部分長者用醫療券看私家醫生。', 2),
    paragraph('檢討亦發現部分長者醫療券被用於購買眼鏡，政府建議設立眼鏡使用上限。', 2),
    heading('2.1 建議', 2, 3),
    paragraph('政府建議擴大醫療券計劃至大灣區的醫療機構，方便長者使用醫療券。', 3),
    paragraph('午飯供應的飯盒有雞有魚。', 3),
  ],
};

describe('summariseDocument (extractive)', () => {
  it('ranks the sentences about the subject above the asides', () => {
    const summary = summariseDocument(toSummaryDocument('report.pdf', report), { budget: 90 });
    const texts = summary.keyPoints.map((point) => point.text);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts).not.toContain('今天天氣晴朗，會議室冷氣很凍。');
    expect(texts).not.toContain('午飯供應的飯盒有雞有魚。');
    expect(texts.every((text) => text.includes('醫療券'))).toBe(true);
  });

  it('cites each key point with its document, page and the headings above it', () => {
    const summary = summariseDocument(toSummaryDocument('report.pdf', report), { budget: 300 });
    const proposal = summary.keyPoints.find((point) => point.text.startsWith('政府建議擴大'));
    expect(proposal?.citation).toEqual({
      document: 'report.pdf',
      page: 3,
      section: '2 檢討結果 › 2.1 建議',
      sentence: 5,
    });
    const background = summary.keyPoints.find((point) => point.text.startsWith('長者醫療券計劃資助'));
    expect(background?.citation).toMatchObject({ page: 1, section: '1 背景' });
    // Key points come in reading order.
    const order = summary.keyPoints.map((point) => point.citation.sentence);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps a Chinese summary within its budget in characters', () => {
    for (const budget of [40, 60, 100]) {
      const summary = summariseDocument(toSummaryDocument('report.pdf', report), { budget });
      expect(summary.unit).toBe('characters');
      expect(summary.length).toBeLessThanOrEqual(budget);
      expect(summary.length).toBe(textLength(summary.keyPoints.map((point) => point.text).join(''), 'zh'));
    }
  });

  it('keeps an English summary within its budget in words', () => {
    const english: Extracted = {
      kind: 'document',
      title: 'Elderly Health Care Voucher Scheme review',
      pages: null,
      blocks: [
        paragraph(
          'The voucher scheme subsidises elderly people aged 65 or above to use private primary care. The review found voucher use keeps rising. Most elderly people spend their vouchers on private doctors. The canteen served fish. The review proposes a cap on vouchers spent on glasses. Vouchers could be used in the Greater Bay Area under the review proposals.',
        ),
      ],
    };
    const summary = summariseDocument(toSummaryDocument('review.docx', english), { budget: 25 });
    expect(summary.language).toBe('en');
    expect(summary.unit).toBe('words');
    expect(summary.length).toBeLessThanOrEqual(25);
    expect(summary.length).toBeGreaterThan(10);
    expect(summary.keyPoints.map((point) => point.text)).not.toContain('The canteen served fish.');
  });

  it('does not repeat a point that is already in the summary', () => {
    const repeated: Extracted = {
      kind: 'document',
      title: '公告',
      pages: null,
      blocks: [
        paragraph('新的醫療券計劃將於四月一日開始接受長者申請。'),
        paragraph('新的醫療券計劃將於四月一日開始接受長者申請！'),
        paragraph('長者可以在郵局或網上遞交醫療券申請表格。'),
        paragraph('醫療券計劃查詢熱線於辦公時間內接聽長者來電。'),
      ],
    };
    const summary = summariseDocument(toSummaryDocument('notice.html', repeated), { budget: 200 });
    const starts = summary.keyPoints.filter((point) => point.text.startsWith('新的醫療券計劃將於四月一日'));
    expect(starts).toHaveLength(1);
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
  });

  it('weighs sentences sharing the title’s terms up', () => {
    const base = {
      kind: 'document' as const,
      pages: null,
      blocks: [paragraph('港鐵車費明年加價百分之三。'), paragraph('公共圖書館延長開放時間至晚上九時。')],
    };
    const aboutFares = summariseDocument(toSummaryDocument('a.txt', { ...base, title: '港鐵車費調整' }), {
      budget: 14,
    });
    const aboutLibraries = summariseDocument(toSummaryDocument('b.txt', { ...base, title: '公共圖書館服務' }), {
      budget: 17,
    });
    expect(aboutFares.keyPoints.map((point) => point.text)).toEqual(['港鐵車費明年加價百分之三。']);
    expect(aboutLibraries.keyPoints.map((point) => point.text)).toEqual(['公共圖書館延長開放時間至晚上九時。']);
  });

  it('cuts the best sentence when not even one fits, and says so with an ellipsis', () => {
    const summary = summariseDocument(toSummaryDocument('report.pdf', report), { budget: 10 });
    expect(summary.keyPoints).toHaveLength(1);
    expect(summary.keyPoints[0]?.text.endsWith('…')).toBe(true);
    expect(summary.length).toBe(10);
  });
});
