import { describe, expect, it } from 'vitest';
import { extractSource } from '../extract-source.ts';
import type { Extracted } from '../extracted.ts';
import { detectFileType } from '../file-type.ts';
import { loadImporters } from './index.ts';
import { makeDocx, makePdf, makeXlsx, makeZipBomb } from '../testing/make-files.ts';

const extract = async (fileName: string, content: string | Buffer): Promise<Extracted> =>
  (
    await extractSource({
      type: 'file',
      file: { fileName, bytes: Buffer.isBuffer(content) ? content : Buffer.from(content) },
    })
  ).extracted;

const faq = (e: Extracted) => (e.kind === 'faq' ? e.items : []);
const blocks = (e: Extracted) => (e.kind === 'document' ? e.blocks : []);

describe('FAQ importers', () => {
  it('reads a bilingual CSV into one entry per language, paired by id', async () => {
    const csv =
      '\ufeffid,question_zh,answer_zh,question_en,answer_en,url\n' +
      'dog-1,點樣申請狗牌？,到漁護署辦理。,How do I license my dog?,Apply at AFCD.,https://www.afcd.gov.hk/\n';
    const items = faq(await extract('faq.csv', csv));
    expect(items).toEqual([
      expect.objectContaining({
        key: 'dog-1:zh-Hant',
        question: '點樣申請狗牌？',
        answer: '到漁護署辦理。',
        language: 'zh-Hant',
        url: 'https://www.afcd.gov.hk/',
      }),
      expect.objectContaining({ key: 'dog-1:en', question: 'How do I license my dog?', language: 'en' }),
    ]);
  });

  it('reads the first worksheet of an XLSX with Chinese headers', async () => {
    const bytes = await makeXlsx([
      ['問題', '答案', '關鍵詞'],
      ['強積金點樣轉戶口？', '填寫轉移表格。', '強積金|轉移'],
    ]);
    expect(faq(await extract('mpf.xlsx', bytes))).toEqual([
      expect.objectContaining({
        question: '強積金點樣轉戶口？',
        answer: '填寫轉移表格。',
        keywords: ['強積金', '轉移'],
      }),
    ]);
  });

  it('reads JSONL and names the broken line', async () => {
    expect(faq(await extract('a.jsonl', '{"id":"x","question":"Q?","answer":"A."}\n\n'))).toHaveLength(1);
    await expect(extract('a.jsonl', '{"question":"Q","answer":"A"}\n{broken\n')).rejects.toMatchObject({
      code: 'unreadable',
      message: /Line 2/,
    });
  });

  it('refuses a sheet without question and answer columns, listing the columns it saw', async () => {
    await expect(extract('x.csv', 'name,phone\nChan,1823\n')).rejects.toThrow(
      /No question and answer columns found \(columns: name, phone\)/,
    );
  });

  it('refuses a sheet without question and answer columns in Chinese too, listing the same columns', async () => {
    await expect(extract('x.csv', 'name,phone\nChan,1823\n')).rejects.toMatchObject({
      code: 'unreadable',
      zhHant: expect.stringMatching(/問題.*答案.*name、phone/),
    });
  });

  it('refuses a file with a header row and no rows as having no rows, not as lacking columns', async () => {
    for (const [name, content] of [
      ['header-only.csv', 'question,answer\n'],
      ['header-only.xlsx', await makeXlsx([['question', 'answer']])],
      ['blank.jsonl', '\n\n'],
    ] as const) {
      const refused = await extract(name, content).catch((error: unknown) => error);
      expect(refused, name).toMatchObject({
        code: 'empty',
        message: expect.stringMatching(/no rows/),
        zhHant: expect.stringMatching(/沒有.*資料列/),
      });
      expect((refused as Error).message, name).not.toMatch(/columns/);
    }
  });
});

describe('document importers', () => {
  it('keeps Word headings and paragraphs', async () => {
    const bytes = await makeDocx([
      ['Heading1', '狗隻牌照'],
      [null, '所有五個月或以上的狗隻必須領有牌照。'],
      ['Heading2', '費用'],
      [null, '每張牌照港幣 80 元，有效期三年。'],
    ]);
    const extracted = await extract('dog.docx', bytes);
    expect(extracted.title).toBe('狗隻牌照');
    expect(blocks(extracted)).toEqual([
      { type: 'heading', level: 1, text: '狗隻牌照', page: null },
      { type: 'paragraph', text: '所有五個月或以上的狗隻必須領有牌照。', page: null },
      { type: 'heading', level: 2, text: '費用', page: null },
      { type: 'paragraph', text: '每張牌照港幣 80 元，有效期三年。', page: null },
    ]);
  });

  it('reads a PDF text layer with pages and larger-font headings', async () => {
    const bytes = await makePdf([
      {
        heading: 'Dog licences',
        paragraphs: ['Every dog over five months old must be licensed.', 'Licences are issued by AFCD.'],
      },
      { heading: 'Fees', paragraphs: ['A licence costs HK$80 and is valid for three years.'] },
    ]);
    const extracted = await extract('guide.pdf', bytes);
    expect(extracted).toMatchObject({ kind: 'document', title: 'Dog licence guide', pages: 2 });
    const found = blocks(extracted);
    expect(found.filter((b) => b.type === 'heading').map((b) => [b.text, b.page])).toEqual([
      ['Dog licences', 1],
      ['Fees', 2],
    ]);
    expect(found.find((b) => b.text.includes('HK$80'))?.page).toBe(2);
  });

  it('takes the main content of a web page: no navigation or scripts, tables row by row', async () => {
    const html = `<html><head><title>Forms 表格</title><script>alert(1)</script></head><body>
      <nav><a href="/">Home 主頁</a></nav>
      <main><h1>申請表格</h1><p>以下表格可供下載。</p>
      <table><tr><th>表格</th><th>用途</th></tr><tr><td>AF 1</td><td>狗隻牌照申請</td></tr></table></main>
      <footer>版權所有</footer></body></html>`;
    const extracted = await extract('forms.html', html);
    expect(extracted.title).toBe('Forms 表格');
    expect(blocks(extracted).map((b) => b.text)).toEqual([
      '申請表格',
      '以下表格可供下載。',
      '表格 | 用途',
      'AF 1 | 狗隻牌照申請',
    ]);
  });

  it('reads Markdown headings, paragraphs and list items', async () => {
    const md = '# 1823 熱線\n\n全日 24 小時服務，\n可致電 1823。\n\n## 服務\n\n- 查詢\n- 投訴\n';
    expect(blocks(await extract('1823.md', md)).map((b) => [b.type, b.text])).toEqual([
      ['heading', '1823 熱線'],
      ['paragraph', '全日 24 小時服務，可致電 1823。'],
      ['heading', '服務'],
      ['paragraph', '查詢'],
      ['paragraph', '投訴'],
    ]);
  });

  it('reads plain text: a wrap inside Chinese adds no space, and a short first line above longer ones is a heading', async () => {
    const text = [
      '狗隻牌照續期通知',
      '閣下的狗隻牌照將於下月到期，請於到期前到漁農自然護理署辦理續期，逾期未續牌',
      '照者可被檢控。',
      '',
      'Dog licence renewal',
      'Your dog licence expires next month. Please renew it at any AFCD animal management',
      'centre before it expires.',
      '',
      '查詢請致電 1823，',
      '或電郵 enquiry@afcd.gov.hk。',
    ].join('\r\n');
    expect(blocks(await extract('notice.txt', text)).map((b) => [b.type, b.text])).toEqual([
      ['heading', '狗隻牌照續期通知'],
      ['paragraph', '閣下的狗隻牌照將於下月到期，請於到期前到漁農自然護理署辦理續期，逾期未續牌照者可被檢控。'],
      ['heading', 'Dog licence renewal'],
      [
        'paragraph',
        'Your dog licence expires next month. Please renew it at any AFCD animal management centre before it expires.',
      ],
      // A first line ending a clause is no title, and a break before Latin keeps its space.
      ['paragraph', '查詢請致電 1823，或電郵 enquiry@afcd.gov.hk。'],
    ]);
  });
});

describe('upload safety', () => {
  it('accepts only known types whose bytes match the extension', () => {
    expect(() => detectFileType('setup.exe', Buffer.from('MZ...'))).toThrow(/not accepted/);
    expect(() => detectFileType('report.pdf', Buffer.from('MZ\u0090\u0000binary'))).toThrow(/content is not/);
    expect(() => detectFileType('faq.csv', Buffer.from([0x00, 0x01, 0x02]))).toThrow(/content is not/);
    expect(detectFileType('faq.CSV', Buffer.from('question,answer\n'))).toBe('csv');
  });

  it('refuses a zip bomb before any parser expands it', async () => {
    await expect(extract('bomb.docx', await makeZipBomb())).rejects.toMatchObject({ code: 'zip_bomb' });
  });

  it('refuses XML with a DOCTYPE or entities (no external entity expansion)', async () => {
    const xxe = await makeDocx([[null, '&xxe;']], {
      prolog: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    });
    await expect(extract('xxe.docx', xxe)).rejects.toMatchObject({ code: 'external_entity' });
  });

  it('refuses a corrupt Office file with a clear error', async () => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not really a zip')]);
    await expect(extract('broken.docx', bytes)).rejects.toMatchObject({ code: 'unreadable' });
  });
});

describe('loadImporters', () => {
  it('loads every parser a file type names, so a server can load them before its first upload', async () => {
    await expect(loadImporters()).resolves.toBeUndefined();
  });
});
