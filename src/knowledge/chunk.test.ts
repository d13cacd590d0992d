import { describe, expect, it } from 'vitest';
import { chunkExtracted, splitToFit } from './chunk.ts';

describe('chunking', () => {
  it('keeps FAQ entries whole, with their key and citation', () => {
    const long = '答'.repeat(5000);
    const chunks = chunkExtracted({
      kind: 'faq',
      title: 'faq',
      items: [{ key: 'k1', question: '問？', answer: long, url: 'https://www.gov.hk/' }],
    });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({ kind: 'faq', entryKey: 'k1', text: long, citationUrl: 'https://www.gov.hk/' });
  });

  it('splits documents at headings and carries the heading path and page', () => {
    const chunks = chunkExtracted({
      kind: 'document',
      title: 't',
      pages: 2,
      blocks: [
        { type: 'heading', level: 1, text: '狗隻牌照', page: 1 },
        { type: 'paragraph', text: '所有狗隻必須領牌。', page: 1 },
        { type: 'heading', level: 2, text: '費用', page: 2 },
        { type: 'paragraph', text: '港幣 80 元。', page: 2 },
        { type: 'heading', level: 1, text: 'Rabies', page: 2 },
        { type: 'paragraph', text: 'Vaccinate every three years.', page: 2 },
      ],
    });
    expect(chunks.map((c) => [c.headingPath, c.page, c.text])).toEqual([
      [['狗隻牌照'], 1, '所有狗隻必須領牌。'],
      [['狗隻牌照', '費用'], 2, '港幣 80 元。'],
      [['Rabies'], 2, 'Vaccinate every three years.'],
    ]);
  });

  it('never exceeds the size limit, cutting at Chinese and English sentence ends', () => {
    const text = '申請人須親身遞交表格。'.repeat(30) + ' The office opens at 9 a.m. Bring your ID. '.repeat(20);
    const pieces = splitToFit(text, 100);
    expect(pieces.every((p) => p.length <= 100)).toBe(true);
    expect(pieces.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    expect(pieces.filter((p) => !/[A-Za-z]/.test(p)).every((p) => p.endsWith('。'))).toBe(true);
  });

  it('merges short paragraphs under one heading up to the limit', () => {
    const blocks = Array.from({ length: 10 }, (_, i) => ({
      type: 'paragraph' as const,
      text: `第${i}段內容。`,
      page: null,
    }));
    const chunks = chunkExtracted(
      { kind: 'document', title: 't', pages: null, blocks },
      { maxChars: 30, minChars: 10 },
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.text.length <= 30)).toBe(true);
    expect(
      chunks
        .map((c) => c.text)
        .join('\n')
        .split('\n'),
    ).toHaveLength(10);
  });
});
