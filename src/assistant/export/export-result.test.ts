import { describe, expect, it } from 'vitest';
import type { Extracted } from '../../knowledge/index.ts';
import { buildMinutes, parseTranscript } from '../minutes/index.ts';
import { combineDocuments, type GenerativeSummary, summariseDocument, toSummaryDocument } from '../summarise/index.ts';
import { EXPORT_CONTENT_TYPE, exportResult } from './export-result.ts';
import { docxParts, pdfLines } from '../testing/read-export.ts';

const paragraph = (text: string, page: number) => ({ type: 'paragraph' as const, text, page });
const heading = (text: string, page: number) => ({ type: 'heading' as const, text, level: 1, page });

const report: Extracted = {
  kind: 'document',
  title: '長者醫療券計劃檢討報告',
  pages: 2,
  blocks: [
    heading('背景', 1),
    paragraph('長者醫療券計劃資助六十五歲或以上長者使用私營基層醫療服務。每名合資格長者每年獲發醫療券金額2,000元。', 1),
    heading('建議', 2),
    paragraph('政府建議擴大醫療券計劃至大灣區的醫療機構，方便長者使用醫療券。', 2),
  ],
};
const other: Extracted = {
  kind: 'document',
  title: '醫療券計劃簡介',
  pages: 1,
  blocks: [paragraph('每名合資格長者每年獲發醫療券金額3,000元。醫療券可用於私營基層醫療服務。', 1)],
};

const transcript = [
  'Present: Mary Chan, John Lee',
  'Chair: Item 1: Budget for 2027.',
  'Mary: The budget is tight this year. We need to cut spending on events by ten percent.',
  'Chair: The committee agreed to cut the printing budget by ten percent.',
  'Mary: I will circulate the revised budget by Friday.',
  'Chair: 議程二：招聘。',
  '陳主席：委員會一致同意增聘兩名外展同事。',
  '李先生：我會在月底前提交招聘計劃。',
].join('\n');

function minutes() {
  const parsed = parseTranscript(transcript);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return buildMinutes(parsed.value, { meetingDate: '2026-12-02' });
}

const squash = (value: string) => value.replace(/\s+/g, '');
const collapse = (lines: string[]) => lines.join(' ').replace(/\s+/g, ' ');

describe('exportResult', () => {
  it('exports a summary with each key point and its page citation, as PDF and DOCX', async () => {
    const summary = summariseDocument(toSummaryDocument('report.pdf', report));
    const pdf = await exportResult({ task: 'summary', summary }, 'pdf');
    expect(pdf.contentType).toBe(EXPORT_CONTENT_TYPE.pdf);
    expect(pdf.filename).toBe('lionrock-summary-report.pdf');
    const text = squash((await pdfLines(pdf.bytes)).join(''));
    expect(text).toContain('長者醫療券計劃檢討報告');
    for (const point of summary.keyPoints) expect(text).toContain(squash(point.text));
    expect(text).toContain(squash('report.pdf, p. 2, § 建議'));

    const docx = await exportResult({ task: 'summary', summary }, 'docx');
    expect(docx.contentType).toBe(EXPORT_CONTENT_TYPE.docx);
    const parts = await docxParts(docx.bytes);
    for (const point of summary.keyPoints) expect(parts.text).toContain(point.text);
    expect(parts.footnotes).toContain('report.pdf, p. 1, § 背景');
  });

  it('marks a generative key point its sources do not support', async () => {
    const summary: GenerativeSummary = {
      document: 'report.pdf',
      title: 'Report',
      language: 'en',
      unit: 'words',
      budget: 150,
      method: 'generative',
      calls: 1,
      unsupported: 1,
      keyPoints: [
        {
          text: 'Vouchers are worth HK$2,000 a year.',
          citations: [{ document: 'report.pdf', page: 1, section: null, sentence: 1 }],
          support: 0.9,
          supported: true,
          inventedFigures: [],
        },
        { text: 'Vouchers will double next year.', citations: [], support: 0, supported: false, inventedFigures: [] },
      ],
    };
    const text = collapse(await pdfLines((await exportResult({ task: 'summary', summary }, 'pdf')).bytes));
    expect(text).toContain('2. UNSUPPORTED 未獲原文支持: Vouchers will double next year. (no citation 無引用)');
    expect(text).toContain('1. Vouchers are worth HK$2,000 a year.[1]');
    expect(text).toContain('[1] report.pdf, p. 1');
  });

  it('exports a combined brief with where the documents agree and differ, both sentences cited', async () => {
    const brief = combineDocuments([toSummaryDocument('report.pdf', report), toSummaryDocument('intro.docx', other)]);
    const figures = brief.differences.find((difference) => difference.kind === 'figures-differ');
    expect(figures).toBeDefined();
    const text = squash((await pdfLines((await exportResult({ task: 'brief', brief }, 'pdf')).bytes)).join(''));
    expect(text).toContain(squash('Where they differ 各文件不同之處'));
    expect(text).toContain(squash('Figures differ 數字不同'));
    expect(text).toContain(squash('每名合資格長者每年獲發醫療券金額3,000元。'));
    expect(text).toContain('intro.docx,p.1');
    const parts = await docxParts((await exportResult({ task: 'brief', brief }, 'docx')).bytes);
    expect(parts.text).toContain('Where the documents agree 各文件一致之處');
  });

  it('exports minutes with a decisions and actions table per item and one table of every action', async () => {
    const result = { task: 'minutes' as const, minutes: minutes(), meetingDate: '2026-12-02' };
    const pdf = await exportResult(result, 'pdf');
    expect(pdf.filename).toBe('lionrock-minutes-2026-12-02.pdf');
    const all = collapse(await pdfLines(pdf.bytes));
    expect(all).toContain('Type 類別');
    expect(all).toContain('Owner 負責');
    expect(all).toContain('Decision 決定 The committee agreed to cut the printing budget by ten percent. — —');
    expect(all).toContain('Action 跟進 I will circulate the revised budget by Friday. Mary Chan 2026-12-04');
    expect(all).toContain('2 我會在月底前提交招聘計劃。 李先生 2026-12-31');
    expect(squash(all)).toContain(squash('委員會一致同意增聘兩名外展同事'));
    expect(all).toContain('Action items 跟進事項');

    const { document: xml, text } = await docxParts((await exportResult(result, 'docx')).bytes);
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    expect(tables[0]).toContain('The committee agreed to cut the printing budget by ten percent.');
    expect(tables[0]).toContain('Mary Chan');
    expect(tables[1]).toContain('委員會一致同意增聘兩名外展同事');
    expect(tables[2]).toContain('2026-12-04');
    expect(text).toContain('Attendees 出席');
  });
});
