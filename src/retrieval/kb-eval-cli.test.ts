import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = new URL('../../bin/lionrock', import.meta.url).pathname;

function fixture(): { dir: string; faq: string; queries: string; learn: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lionrock-kb-eval-'));
  const lines = (rows: object[]): string => rows.map((row) => JSON.stringify(row)).join('\n');
  const faq = join(dir, 'faq.jsonl');
  writeFileSync(
    faq,
    lines([
      {
        id: 'dog',
        question: '如何申請狗隻牌照？',
        answer: '向漁農自然護理署申請。',
        department: 'afcd',
        keywords: ['狗牌'],
      },
      { id: 'id-card', question: '遺失身份證應如何補領？', answer: '前往人事登記處。' },
      { id: 3, question: 'How should I wash my hands?', answer: 'Use soap for 20 seconds.' },
    ]),
  );
  const queries = join(dir, 'queries.jsonl');
  writeFileSync(
    queries,
    lines([
      { q: '點樣攞狗牌', id: 'dog' },
      { query: '我唔見咗身份證點算', faq_id: 'id-card' },
      { q: 'hand wahsing', id: '3' },
      { q: '出街返嚟要唔要用番梘', id: '3' },
    ]),
  );
  const learn = join(dir, 'learn.jsonl');
  writeFileSync(learn, lines([{ q: '出街返嚟要唔要用番梘', id: '3' }]));
  return { dir, faq, queries, learn };
}

// Three CLI runs in child processes (each loads the tokeniser and the models): over 30 s on a loaded two-core machine.
describe('lionrock kb eval', { timeout: 180_000 }, () => {
  it('prints metrics and ranked ids as one JSON object', async () => {
    const { faq, queries, learn } = fixture();
    const cold = await run(bin, ['kb', 'eval', '--faq', faq, '--queries', queries, '--json']);
    const report = JSON.parse(cold.stdout) as {
      metrics: Record<string, number>;
      results: { query: string; expected: string; ranked: string[] }[];
    };
    expect(Object.keys(report.metrics).sort()).toEqual(
      ['index_ms', 'mrr10', 'p50_ms', 'p99_ms', 'recall1', 'recall10', 'recall3'].sort(),
    );
    expect(report.results).toHaveLength(4);
    expect(report.results[0]).toMatchObject({ query: '點樣攞狗牌', expected: 'dog' });
    expect(report.results[0]?.ranked[0]).toBe('dog');
    expect(report.results[1]?.ranked[0]).toBe('id-card');
    expect(report.results[2]?.ranked[0]).toBe('3');
    expect(report.metrics.recall1).toBeLessThan(1);

    const learned = await run(bin, [
      'kb',
      'eval',
      '--faq',
      faq,
      '--queries',
      queries,
      '--learn',
      learn,
      '--k',
      '1',
      '--json',
    ]);
    const after = JSON.parse(learned.stdout) as typeof report;
    expect(after.metrics.recall1).toBe(1);
    expect(after.metrics.mrr10).toBe(1);
    expect(after.results.every((r) => r.ranked.length === 1)).toBe(true);
  });

  it('rejects a malformed line with its file and line number, exit code 2', async () => {
    const { dir, faq } = fixture();
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"q": "ok", "id": "dog"}\n{"nothing": true}\n');
    const failure = await run(bin, ['kb', 'eval', '--faq', faq, '--queries', bad, '--json']).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('bad.jsonl:2');
  });
});
