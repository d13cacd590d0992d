import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeProvider } from '../../gateway/index.ts';
import type { CompleteText } from '../summarise/index.ts';
import { type Glossary, parseGlossary } from './glossary.ts';
import { applyReview, startReview } from './review.ts';
import { readNumbered, translateWithModel } from './translate-with-model.ts';
import { type ModelThroughGateway, startModelThroughGateway } from '../testing/model-through-gateway.ts';

/** The model path through the real gateway; the model is the scripted OpenAI-compatible stand-in. */
let model: ModelThroughGateway;
let fake: FakeProvider;
let complete: CompleteText;

beforeAll(async () => {
  model = await startModelThroughGateway('trans');
  ({ fake, complete } = model);
});
afterAll(async () => model.close());
const parsed = parseGlossary(
  [
    'en\tzh_hant\twrong_zh',
    'Department of Health\t衞生署\t衛生部',
    'Buildings Department\t屋宇署\t建築署',
    'Legislative Council\t立法會\t',
  ].join('\n'),
  'dept.tsv',
);
if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
const glossary: Glossary = parsed.value;

const LETTER =
  'The Department of Health wrote to the Buildings Department. Call Mr Chan on 9123 4567 for details. The Legislative Council will meet on Friday.';

describe('translateWithModel (sentence-aligned, through the gateway)', () => {
  it('sends numbered, masked sentences with the glossary pairs and aligns the answer sentence by sentence', async () => {
    fake.script({
      kind: 'reply',
      text: '[1] 衞生署致函屋宇署。\n[2] 詳情請致電*******67與陳先生聯絡。\n[3] 立法會將於星期五開會。',
    });
    const before = fake.requests.length;
    const progress: [number, number][] = [];
    const result = await translateWithModel(LETTER, complete, {
      to: 'zh-Hant',
      glossary,
      onProgress: (done, total) => progress.push([done, total]),
    });
    const sent = fake.requests.slice(before).map((request) => request.body.messages ?? []);
    expect(sent).toHaveLength(1);
    const [system, user] = sent[0] ?? [];
    expect(system?.content).toContain('- Department of Health => 衞生署');
    expect(system?.content).toContain('- Legislative Council => 立法會');
    expect(user?.content).toBe(
      '[1] The Department of Health wrote to the Buildings Department.\n[2] Call Mr Chan on *******67 for details.\n[3] The Legislative Council will meet on Friday.',
    );
    expect(JSON.stringify(sent)).not.toContain('9123 4567');
    expect(progress).toEqual([[1, 1]]);
    expect(result).toMatchObject({ mode: 'model', from: 'en', to: 'zh-Hant', calls: 1, masked: 1, violations: 0 });
    expect(result.sentences.map((s) => [s.id, s.target])).toEqual([
      [1, '衞生署致函屋宇署。'],
      // The officer's own data comes back where the model repeated the masked form.
      [2, '詳情請致電9123 4567與陳先生聯絡。'],
      [3, '立法會將於星期五開會。'],
    ]);
  });

  it('keeps personal data masked when asked', async () => {
    fake.script({ kind: 'reply', text: '[1] 詳情請致電*******67。' });
    const result = await translateWithModel('Call 9123 4567 for details.', complete, {
      to: 'zh-Hant',
      keepMasked: true,
    });
    expect(result.sentences[0]?.target).toBe('詳情請致電*******67。');
  });

  it('reports glossary violations per sentence with offsets, auto-fixes known variants, and marks a sentence left out', async () => {
    fake.script(
      { kind: 'reply', text: '[1] 衛生部致函建築署。\n[2] 詳情請致電*******67。' },
      { kind: 'reply', text: '[4] 多出的一句。' },
    );
    const result = await translateWithModel(LETTER, complete, { to: 'zh-Hant', glossary, chunkChars: 100 });
    expect(result.calls).toBe(2);
    const [first, , third] = result.sentences;
    expect(first?.violations.map((v) => [v.kind, v.target?.text, v.target?.start])).toEqual([
      ['wrong-variant', '衛生部', 0],
      ['wrong-variant', '建築署', 5],
    ]);
    expect(third).toMatchObject({ target: null });
    expect(third?.violations).toEqual([expect.objectContaining({ kind: 'missing', expected: ['立法會'] })]);
    expect(result.violations).toBe(3);

    fake.script({ kind: 'reply', text: '[1] 衛生部致函建築署。\n[2] 詳情請致電*******67。\n[3] 立法會星期五開會。' });
    const fixed = await translateWithModel(LETTER, complete, { to: 'zh-Hant', glossary, autoFix: true });
    expect(fixed.sentences[0]).toMatchObject({
      target: '衞生署致函屋宇署。',
      violations: [],
      fixes: [
        { from: '衛生部', to: '衞生署', start: 0, end: 3 },
        { from: '建築署', to: '屋宇署', start: 5, end: 8 },
      ],
    });
    expect(fixed.violations).toBe(0);
  });

  it('translates Chinese to English and the officer review re-checks an edit', async () => {
    fake.script({ kind: 'reply', text: '1. The Health Department replied.\n2. The Legislative Council met.' });
    const result = await translateWithModel('衞生署已回覆。立法會已開會。', complete, { to: 'en', glossary });
    expect(result.from).toBe('zh-Hant');
    expect(result.sentences[0]?.violations).toEqual([
      expect.objectContaining({ kind: 'missing', source: { start: 0, end: 3, text: '衞生署' } }),
    ]);
    const review = applyReview(
      startReview(result),
      { sentence: 1, action: 'edit', text: 'The Department of Health replied.' },
      glossary,
    );
    expect(review.ok && review.value.sentences[0]).toMatchObject({ status: 'edited', violations: [] });
  });

  it('Chinese to Chinese needs no model: it is converted, with no call', async () => {
    const before = fake.requests.length;
    const result = await translateWithModel('卫生署今日公布。', complete, { to: 'zh-Hant', glossary });
    expect(fake.requests.length).toBe(before);
    expect(result).toMatchObject({ mode: 'script-conversion', calls: 0 });
    expect(result.sentences[0]?.target).toBe('衞生署今日公佈。');
  });
});

describe('readNumbered', () => {
  it('reads [n], n. and 【n】 lines; an unnumbered line continues the sentence before', () => {
    expect([...readNumbered('[1] One\ncontinued.\n2. Two.\n【3】三。\n\n')]).toEqual([
      [1, 'One continued.'],
      [2, 'Two.'],
      [3, '三。'],
    ]);
  });
});
