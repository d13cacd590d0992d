import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxParts, pdfLines } from '../../assistant/testing/read-export.ts';
import { run } from '../cli-harness.ts';

/** `--docx FILE` / `--pdf FILE` on `lionrock assist summarise|minutes`: the real binary writing real files. */
const dir = mkdtempSync(join(tmpdir(), 'lionrock-assist-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const squash = (value: string) => value.replace(/\s+/g, '');

describe('lionrock assist … --docx / --pdf', () => {
  it('writes the minutes as DOCX and PDF with their decisions and actions, keeping --json on stdout', async () => {
    const transcript = join(dir, 'meeting.txt');
    writeFileSync(
      transcript,
      [
        '出席：陳主席、李委員',
        '陳主席：議程一：社區活動。',
        '李委員：我哋今年啲活動經費唔夠，要減少印刷嘅開支。',
        '陳主席：大家同意將印刷費減少一成。',
        '李委員：我會喺下星期五前交返份新預算畀秘書處。',
      ].join('\n'),
    );
    const docx = join(dir, 'minutes.docx');
    const pdf = join(dir, 'minutes.pdf');
    const { code, stdout, stderr } = await run(
      ['assist', 'minutes', transcript, '--date', '2026-12-02', '--json', '--docx', docx, '--pdf', pdf],
      dir,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).items[0].decisions).toHaveLength(1);
    expect(stderr).toContain(`wrote ${docx}`);
    expect(stderr).toContain(`wrote ${pdf}`);
    const words = await docxParts(readFileSync(docx));
    expect(words.text).toContain('Decision 決定');
    expect(words.document).toContain('w:eastAsia="Microsoft JhengHei"');
    const text = squash((await pdfLines(readFileSync(pdf))).join(''));
    expect(text).toContain(squash('Action 跟進'));
    expect(text).toContain('李委員2026-12-11');
  }, 60_000);

  it('writes a summary as PDF, and exits 2 naming a file it cannot write', async () => {
    const source = join(dir, 'notice.md');
    writeFileSync(
      source,
      '# 長者乘車優惠\n\n政府宣布推出長者乘車優惠計劃，六十歲以上長者每程車費兩元。\n\n計劃將於2025年4月1日生效。\n',
    );
    const pdf = join(dir, 'summary.pdf');
    const ok = await run(['assist', 'summarise', source, '--pdf', pdf], dir);
    expect(ok.code).toBe(0);
    expect(squash((await pdfLines(readFileSync(pdf))).join(''))).toContain('政府宣布推出長者乘車優惠計劃');
    const bad = await run(['assist', 'summarise', source, '--docx', join(dir, 'missing', 'x.docx')], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot write');
    expect(bad.stderr).toContain('無法寫入');
  }, 120_000);
});
