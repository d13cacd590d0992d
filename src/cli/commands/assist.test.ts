import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeProvider } from '../../gateway/index.ts';
import { makePdf } from '../../knowledge/testing/make-files.ts';
import { dataDirWithModel, type ModelDataDir, run } from '../cli-harness.ts';

/** `lionrock assist summarise`: the real binary on real files, through the knowledge importers. */
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lionrock-assist-'));
  writeFileSync(
    join(dir, 'guide.pdf'),
    await makePdf([
      {
        heading: 'Dog licences',
        paragraphs: [
          'Every dog over five months old must hold a dog licence.',
          'A dog licence costs 80 dollars and lasts three years.',
          'The weather was fine when this guide was written.',
        ],
      },
      {
        heading: 'Renewal',
        paragraphs: [
          'Renew the dog licence at any animal management centre.',
          'Bring the dog licence and your identity card.',
        ],
      },
    ]),
  );
  writeFileSync(
    join(dir, 'press-release.md'),
    '# 長者乘車優惠\n\n政府宣布推出長者乘車優惠計劃，六十歲以上長者每程車費兩元。\n\n計劃將於2025年4月1日生效。\n\n運輸署會在港鐵站設置查詢櫃位協助長者。\n',
  );
  writeFileSync(
    join(dir, 'paper.txt'),
    '長者乘車優惠計劃讓六十歲以上長者每程車費兩元，由政府推出。\n\n計劃將於2025年6月1日生效。\n\n計劃每年開支預計為四十億元。\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lionrock assist summarise', () => {
  it('summarises a PDF into key points citing their page and section, and says no model was used', async () => {
    const { code, stdout, stderr } = await run(
      ['assist', 'summarise', join(dir, 'guide.pdf'), '--words', '40', '--json'],
      dir,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.mode).toBe('extractive');
    expect(out.note.en).toContain('needs a model');
    expect(out.note.zh).toContain('模型');
    expect(out.summary).toMatchObject({ language: 'en', unit: 'words', budget: 40, method: 'extractive' });
    expect(out.summary.length).toBeLessThanOrEqual(40);
    const points = out.summary.keyPoints as { text: string; citation: { page: number; section: string } }[];
    expect(points.length).toBeGreaterThanOrEqual(2);
    expect(points.map((point) => point.text)).not.toContain('The weather was fine when this guide was written.');
    const renewal = points.find((point) => point.text.startsWith('Renew'));
    expect(renewal?.citation).toMatchObject({ document: join(dir, 'guide.pdf'), page: 2, section: 'Renewal' });
  }, 60_000);

  it('combines several documents into one brief of agreements and differences', async () => {
    const files = [join(dir, 'press-release.md'), join(dir, 'paper.txt')];
    const { code, stdout } = await run(['assist', 'summarise', ...files, '--chars', '200', '--json'], dir);
    expect(code).toBe(0);
    const { brief } = JSON.parse(stdout);
    expect(brief.documents.map((document: { name: string }) => document.name)).toEqual(files);
    expect(brief.agreements).toHaveLength(1);
    expect(brief.agreements[0].alsoIn[0].citation.document).toBe(files[1]);
    expect(brief.differences).toContainEqual(
      expect.objectContaining({
        kind: 'figures-differ',
        figures: { point: ['2025', '4', '1'], other: ['2025', '6', '1'] },
      }),
    );
    expect(brief.summaries.every((summary: { budget: number }) => summary.budget === 200)).toBe(true);
  }, 60_000);

  it('prints key points with their citations for a person, in English and Chinese', async () => {
    const files = [join(dir, 'press-release.md'), join(dir, 'paper.txt')];
    const { code, stdout } = await run(['assist', 'summarise', ...files], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('Where the documents agree 各文件一致之處');
    expect(stdout).toContain('figures differ 數字不同');
    expect(stdout).toContain(`[${files[0]}, § 長者乘車優惠]`);
    expect(stdout).toContain('needs a model');
  }, 60_000);

  it('refuses a length that is not a positive whole number, naming the option', async () => {
    const { code, stderr } = await run(['assist', 'summarise', join(dir, 'paper.txt'), '--chars', '0'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('--chars must be a whole number above 0');
  }, 60_000);

  it('says plainly that a generative summary needs a model', async () => {
    const { code, stderr } = await run(['assist', 'summarise', join(dir, 'paper.txt'), '--generative'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('needs a model');
    expect(stderr).toContain('須經閘道使用模型');
  }, 60_000);

  it('refuses a file it cannot read or import, with exit code 2', async () => {
    writeFileSync(join(dir, 'data.exe'), 'MZ');
    const missing = await run(['assist', 'summarise', join(dir, 'missing.pdf')], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    const unsupported = await run(['assist', 'summarise', join(dir, 'data.exe')], dir);
    expect(unsupported.code).toBe(2);
    expect(unsupported.stderr).toContain('not accepted');
  }, 60_000);
});

describe('lionrock assist summarise --generative', () => {
  let model: ModelDataDir;
  let fake: FakeProvider;
  let modelDir: string;

  beforeAll(async () => {
    model = await dataDirWithModel('lionrock-assist-model-');
    ({ fake, dir: modelDir } = model);
  }, 60_000);
  afterAll(async () => model.close());

  it('summarises through the gateway and marks the sentence its sources do not support', async () => {
    fake.script({
      kind: 'reply',
      text: '長者每程車費兩元 [1]。計劃每年開支為五十億元 [3]。',
    });
    const args = ['assist', 'summarise', join(dir, 'paper.txt'), '--generative', '--model', 'local/m'];
    const { code, stdout, stderr } = await run([...args, '--department', 'tdx', '--json'], modelDir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { mode, summary } = JSON.parse(stdout);
    expect(mode).toBe('generative');
    expect(summary).toMatchObject({ calls: 1, unsupported: 1 });
    expect(summary.keyPoints).toEqual([
      expect.objectContaining({ text: '長者每程車費兩元。', supported: true }),
      expect.objectContaining({ text: '計劃每年開支為五十億元。', supported: false }),
    ]);
    expect(fake.requests.at(-1)?.body.messages?.[1]?.content).toContain('[1] 長者乘車優惠計劃');
  }, 60_000);

  it('names what is missing when no model or department is given, or the department is unknown', async () => {
    const file = join(dir, 'paper.txt');
    const noModel = await run(['assist', 'summarise', file, '--generative', '--department', 'tdx'], modelDir);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toContain('--model PROVIDER/MODEL');
    const unknown = await run(
      ['assist', 'summarise', file, '--generative', '--model', 'local/m', '--department', 'zzz'],
      modelDir,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no department with code zzz');
  }, 60_000);
});
