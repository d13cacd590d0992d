import { describe, expect, it } from 'vitest';
import type { Extracted } from '../../knowledge/index.ts';
import { combineDocuments } from './combine-documents.ts';
import { toSummaryDocument } from './document-sentences.ts';
import { extractFigures } from './extract-figures.ts';

const doc = (title: string, ...paragraphs: string[]): Extracted => ({
  kind: 'document',
  title,
  pages: null,
  blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text, page: null })),
});

const pressRelease = toSummaryDocument(
  'press-release.html',
  doc(
    '新聞公報',
    '政府宣布推出長者乘車優惠計劃，六十歲以上長者每程車費兩元。',
    '計劃將於2025年4月1日生效。',
    '運輸署會在港鐵站設置查詢櫃位協助長者。',
  ),
);
const paper = toSummaryDocument(
  'legco-paper.pdf',
  doc(
    '立法會文件',
    '長者乘車優惠計劃讓六十歲以上長者每程車費兩元，由政府推出。',
    '計劃將於2025年6月1日生效。',
    '計劃每年開支預計為四十億元。',
  ),
);

describe('combineDocuments', () => {
  it('reports a point both documents make as agreed, citing the sentence in each', () => {
    const brief = combineDocuments([pressRelease, paper]);
    expect(brief.agreements).toHaveLength(1);
    const [agreement] = brief.agreements;
    expect(agreement?.point.citation).toMatchObject({ document: 'press-release.html', sentence: 0 });
    expect(agreement?.alsoIn).toEqual([
      expect.objectContaining({ citation: expect.objectContaining({ document: 'legco-paper.pdf', sentence: 0 }) }),
    ]);
    expect(agreement?.alsoIn[0]?.similarity).toBeGreaterThanOrEqual(0.45);
  });

  it('reports the same point with different dates as a difference of figures, both sides cited', () => {
    const brief = combineDocuments([pressRelease, paper]);
    const conflicts = brief.differences.filter((difference) => difference.kind === 'figures-differ');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      point: { text: '計劃將於2025年4月1日生效。', citation: { document: 'press-release.html' } },
      other: { text: '計劃將於2025年6月1日生效。', citation: { document: 'legco-paper.pdf' } },
      figures: { point: ['2025', '4', '1'], other: ['2025', '6', '1'] },
    });
  });

  it('reports points only one document makes, each once', () => {
    const brief = combineDocuments([pressRelease, paper]);
    const only = brief.differences.filter((difference) => difference.kind === 'only-in-one');
    expect(only.map((difference) => [difference.point.citation.document, difference.point.text])).toEqual([
      ['press-release.html', '運輸署會在港鐵站設置查詢櫃位協助長者。'],
      ['legco-paper.pdf', '計劃每年開支預計為四十億元。'],
    ]);
    // The agreed and conflicting points of the second document are not repeated from its side.
    expect(brief.agreements.concat().length + brief.differences.length).toBe(4);
  });

  it('keeps each document’s summary and names the documents', () => {
    const brief = combineDocuments([pressRelease, paper], { budget: 200 });
    expect(brief.documents.map((document) => document.name)).toEqual(['press-release.html', 'legco-paper.pdf']);
    expect(brief.summaries.map((summary) => summary.keyPoints.length)).toEqual([3, 3]);
  });
});

describe('extractFigures', () => {
  it('reads amounts, percentages and the parts of dates as bare numbers', () => {
    expect(extractFigures('資助額為3萬元，2024年4月1日生效')).toEqual(['30000', '2024', '4', '1']);
    expect(extractFigures('HK$1,200 or 5.5% (HK$2 million)')).toEqual(['1200', '5.5%', '2000000']);
  });
});
