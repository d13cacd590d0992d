import { describe, expect, it } from 'vitest';
import { bilingualRuns, type ExportDocument, footnote, textRun } from './document-model.ts';
import { DOCX_FONTS, toDocx } from './docx-writer.ts';
import { docxParts } from '../testing/read-export.ts';

const document: ExportDocument = {
  title: 'Digital policy summary 數碼政策摘要',
  language: 'en',
  subtitle: 'policy.pdf · 150/150 words',
  blocks: [
    { kind: 'heading', level: 1, content: bilingualRuns('Key points', '要點') },
    {
      kind: 'paragraph',
      content: [textRun('所有部門須於年底前完成評估。'), footnote('policy.pdf, p. 2, § 背景')],
    },
    { kind: 'list', ordered: true, items: [[textRun('The committee agreed to cut printing costs.')]] },
    {
      kind: 'table',
      header: [bilingualRuns('Owner', '負責'), bilingualRuns('Due', '限期')],
      rows: [[[textRun('陳大文')], [textRun('2026-12-31')]]],
    },
  ],
};

describe('toDocx', () => {
  it('writes the text of every block so Word (and mammoth) reads it back', async () => {
    const { text, footnotes } = await docxParts(await toDocx(document));
    for (const expected of [
      'Digital policy summary 數碼政策摘要',
      'Key points 要點',
      '所有部門須於年底前完成評估。',
      'The committee agreed to cut printing costs.',
      'Owner 負責',
      '陳大文',
    ])
      expect(text).toContain(expected);
    expect(footnotes).toContain('policy.pdf, p. 2, § 背景');
  });

  it('names an East Asian font and Hong Kong language tags on the runs, with the East Asian hint on Chinese', async () => {
    const { document: xml, styles } = await docxParts(await toDocx(document));
    expect(xml).toContain(`w:eastAsia="${DOCX_FONTS.eastAsia}"`);
    expect(xml).toContain(`w:ascii="${DOCX_FONTS.latin}"`);
    // The Chinese run: its language zh-HK and the hint that sets shared punctuation in the Chinese font.
    const chineseRun = xml.split('<w:r>').find((run) => run.includes('所有部門須於年底前完成評估'));
    expect(chineseRun).toMatch(/<w:rFonts [^>]*w:hint="eastAsia"/);
    expect(chineseRun).toMatch(
      /<w:lang [^>]*w:val="zh-HK"[^>]*w:eastAsia="zh-HK"|<w:lang [^>]*w:eastAsia="zh-HK"[^>]*w:val="zh-HK"/,
    );
    const englishRun = xml.split('<w:r>').find((run) => run.includes('The committee agreed'));
    expect(englishRun).toMatch(/w:val="en-HK"/);
    // The document's default language and fonts, for text typed into it later.
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="zh-HK"/s);
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="Microsoft JhengHei"/s);
  });

  it('writes a table with a repeated header row and a Word footnote for each note', async () => {
    const { document: xml } = await docxParts(await toDocx(document));
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(table).toContain('<w:tblHeader');
    expect(table).toContain('陳大文');
    expect(xml).toMatch(/<w:footnoteReference w:id="1"\/>/);
  });
});
