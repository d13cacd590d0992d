import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/index.ts';
import { findCjkFonts, SYSTEM_CJK_FONTS } from './cjk-font.ts';
import { bilingualRuns, type ExportDocument, footnote, textRun } from './document-model.ts';
import { toPdf } from './pdf-writer.ts';
import { pdfLines } from '../testing/read-export.ts';

const CHINESE =
  '政府資訊科技總監辦公室今日公布新的數碼政策，包括人工智能管治框架及相關指引，所有部門須於二零二六年十二月三十一日前完成評估，並向數字政策辦公室提交報告。';
const ENGLISH =
  'The Office of the Government Chief Information Officer announced a new digital policy today, including an artificial intelligence governance framework and related guidelines.';

const document: ExportDocument = {
  title: '數碼政策摘要 Digital policy summary',
  language: 'zh-Hant',
  subtitle: 'policy.pdf · 300/300 characters',
  blocks: [
    { kind: 'heading', level: 1, content: bilingualRuns('Key points', '要點') },
    { kind: 'paragraph', content: [textRun(CHINESE), textRun(` ${ENGLISH}`), footnote('policy.pdf, p. 2, § 背景')] },
    { kind: 'list', ordered: true, items: [[textRun('第一點：撥款三萬元')], [textRun('Second point: HK$30,000')]] },
    {
      kind: 'table',
      header: [bilingualRuns('Owner', '負責'), bilingualRuns('Due', '限期')],
      rows: [[[textRun('陳大文')], [textRun('2026-12-31')]]],
    },
  ],
};

const squash = (value: string) => value.replace(/\s+/g, '');

describe('toPdf', () => {
  it('embeds a CJK font subset so Chinese and English text round-trip through a reader', async () => {
    const bytes = await toPdf(document);
    const lines = await pdfLines(bytes);
    const all = lines.join('\n');
    expect(squash(all)).toContain(squash(CHINESE));
    expect(all.replace(/\s+/g, ' ')).toContain(ENGLISH);
    expect(all).toContain('數碼政策摘要 Digital policy summary');
    expect(all).toContain('Key points 要點');
    expect(all).toContain('第一點：撥款三萬元');
    expect(all).toContain('Owner 負責');
    expect(all).toContain('陳大文');
    // The footnote: its mark where it stands, its text under Notes at the end.
    expect(all).toContain('[1] policy.pdf, p. 2, § 背景');
    // Embedded as subsets (a 7 MB font would not fit in a few dozen KB), document language tagged.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHK-Regular/);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toContain('/Lang (zh-HK)');
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('breaks Chinese lines between any two characters and English lines only at spaces', async () => {
    const lines = (await pdfLines(await toPdf(document))).map((line) => line.replace(/\[\d+\]$/, ''));
    const body = lines.filter((line) => line.trim() !== '' && squash(CHINESE + ENGLISH).includes(squash(line)));
    expect(body.length).toBeGreaterThanOrEqual(3);
    // A line ends inside the Chinese sentence (no spaces there to break at).
    const han = /\p{Script=Han}$/u;
    expect(body.some((line, i) => han.test(line.trimEnd()) && /^\p{Script=Han}/u.test(body[i + 1] ?? ''))).toBe(true);
    // Every English word is whole on one line.
    const words = new Set(ENGLISH.split(' '));
    const onLines = new Set(
      body.flatMap((line) => line.split(/\s+/)).map((word) => word.replace(/^.*\p{Script=Han}/u, '')),
    );
    for (const word of words) expect(onLines, word).toContain(word);
  });

  it('also sets Chinese with the system Noto Sans CJK collection (fonts-noto-cjk)', async () => {
    const bytes = await toPdf(document, { fonts: SYSTEM_CJK_FONTS });
    expect(squash((await pdfLines(bytes)).join(''))).toContain(squash(CHINESE));
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKhk-Regular/);
  });

  it('sets Simplified characters Noto Sans HK lacks (简, 报) in the system Noto Sans CJK, in text and tables', async () => {
    const simplified = '简体中文的报告：委员会批准了预算。';
    const bytes = await toPdf({
      title: '报告 Report',
      language: 'zh-Hans',
      blocks: [
        { kind: 'paragraph', content: [textRun(`Summary 摘要：${simplified}`, { lang: 'zh-Hans' })] },
        { kind: 'table', header: [[textRun('负责人', { lang: 'zh-Hans' })]], rows: [[[textRun('陈大文办公室')]]] },
      ],
    });
    const all = (await pdfLines(bytes)).join('\n');
    expect(all).not.toContain('\u0000');
    expect(squash(all)).toContain(squash(`Summary 摘要：${simplified}`));
    expect(all).toContain('负责人');
    expect(all).toContain('报告 Report');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHK-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKhk-Regular/);
  });

  it('refuses plainly, in English and Chinese, when no CJK font is installed', () => {
    const missing = {
      regular: { path: '/nonexistent/a.ttf' },
      bold: { path: '/nonexistent/b.ttf' },
      source: 'given' as const,
    };
    const refuse = () => findCjkFonts([null, missing]);
    expect(refuse).toThrow(AppError);
    expect(refuse).toThrow(/needs a Chinese \(CJK\) font/);
    try {
      refuse();
    } catch (error) {
      expect((error as AppError).code).toBe('capability_unavailable');
      expect((error as AppError).chinese.detail).toMatch(/需要中文字型/);
    }
  });

  it('finds the npm font package first, so no system font is needed', () => {
    const fonts = findCjkFonts();
    expect(fonts.source).toBe('npm');
    expect(readFileSync(fonts.regular.path).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
  });
});
