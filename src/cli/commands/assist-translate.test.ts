import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeProvider } from '../../gateway/index.ts';
import { dataDirWithModel, type ModelDataDir, run } from '../cli-harness.ts';

/** `lionrock assist translate`: the real binary; offline without a database, with a model through the gateway. */
const dir = mkdtempSync(join(tmpdir(), 'lionrock-translate-'));
const glossary = join(dir, 'dept.tsv');
const letter = join(dir, 'letter.txt');
const simplified = join(dir, 'notice.txt');
writeFileSync(
  glossary,
  '# version: 1\nen\tzh_hant\twrong_zh\nDepartment of Health\t衞生署\t衛生部\nBuildings Department\t屋宇署\t建築署\n',
);
writeFileSync(letter, 'The Department of Health wrote to the Buildings Department.\nIt asked for a reply.\n');
writeFileSync(simplified, '卫生署今日公布新措施。\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lionrock assist translate (no model)', () => {
  it('English to Chinese: lists the glossary terms and says plainly that a translation needs a model (exit 0)', async () => {
    const { code, stdout, stderr } = await run(
      ['assist', 'translate', letter, '--to', 'zh-Hant', '--glossary', glossary, '--json'],
      dir,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ mode: 'glossary-lookup', from: 'en', to: 'zh-Hant', calls: 0 });
    expect(result.terms.map((term: { term: string; approved: string[] }) => [term.term, term.approved])).toEqual([
      ['Department of Health', ['衞生署']],
      ['Buildings Department', ['屋宇署']],
    ]);
    expect(result.note.en).toContain('needs a model');
  }, 60_000);

  it('Simplified to Hong Kong Traditional: converts sentence by sentence, for a person', async () => {
    const { code, stdout } = await run(
      ['assist', 'translate', simplified, '--to', 'zh-Hant', '--glossary', glossary],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('[1] 卫生署今日公布新措施。\n  → 衞生署今日公佈新措施。');
    expect(stdout).toContain('- 卫生署 → 衞生署');
    expect(stdout).toContain('未使用模型');
  }, 60_000);

  it('refuses a bad --to, a bad glossary naming its line, and a model without a department (exit 2)', async () => {
    const badTo = await run(['assist', 'translate', letter, '--to', 'fr'], dir);
    expect(badTo.code).toBe(2);
    expect(badTo.stderr).toContain('--to must be zh-Hant, zh-Hans or en');
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, 'en\tzh_hant\nAudit Commission\n');
    const badGlossary = await run(['assist', 'translate', letter, '--to', 'en', '--glossary', bad], dir);
    expect(badGlossary.code).toBe(2);
    expect(badGlossary.stderr).toContain('line 2: the row does not have as many tab-separated cells as the header');
    const noDepartment = await run(['assist', 'translate', letter, '--to', 'zh-Hant', '--model', 'local/m'], dir);
    expect(noDepartment.code).toBe(2);
    expect(noDepartment.stderr).toContain('--department CODE');
  }, 120_000);
});

describe('lionrock assist translate --model', () => {
  let model: ModelDataDir;
  let fake: FakeProvider;
  let modelDir: string;

  beforeAll(async () => {
    model = await dataDirWithModel('lionrock-translate-model-');
    ({ fake, dir: modelDir } = model);
  }, 60_000);
  afterAll(async () => model.close());

  it('translates through the gateway, aligned by sentence, with the glossary violation highlighted', async () => {
    fake.script({ kind: 'reply', text: '[1] 衛生部致函屋宇署。\n[2] 要求回覆。' });
    const args = ['assist', 'translate', letter, '--to', 'zh-Hant', '--glossary', glossary];
    const { code, stdout, stderr } = await run(
      [...args, '--model', 'local/m', '--department', 'tdx', '--json'],
      modelDir,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ mode: 'model', calls: 1, violations: 1 });
    expect(result.sentences[0]).toMatchObject({
      source: 'The Department of Health wrote to the Buildings Department.',
      target: '衛生部致函屋宇署。',
      violations: [{ kind: 'wrong-variant', target: { start: 0, end: 3, text: '衛生部' }, expected: ['衞生署'] }],
    });
    expect(fake.requests.at(-1)?.body.messages?.[0]?.content).toContain('- Department of Health => 衞生署');
  }, 60_000);
});
