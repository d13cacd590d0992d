import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from './import-limits.ts';
import { parseIsolated } from './parse-isolated.ts';

const sheet = { fileName: 'faq.csv', bytes: Buffer.from('question,answer\n狗牌幾錢？,八十元。\n') };

describe('parsing in a worker thread', { timeout: 60_000 }, () => {
  it('parses a file that arrives as its idle thread is being ended', async () => {
    // A thread idle for 0 ms is ended at the next timer turn; the next file arrives right after it.
    const limits = { ...DEFAULT_IMPORT_LIMITS, parserIdleMs: 0 };
    await parseIsolated(sheet, 'csv', limits);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const extracted = await parseIsolated(sheet, 'csv', limits);
    expect(extracted).toMatchObject({ kind: 'faq', items: [{ question: '狗牌幾錢？', answer: '八十元。' }] });
  });
});
