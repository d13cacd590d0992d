import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeProvider } from '../../gateway/index.ts';
import type { Extracted } from '../../knowledge/index.ts';
import { type ModelThroughGateway, startModelThroughGateway } from '../testing/model-through-gateway.ts';
import { combineDocuments } from './combine-documents.ts';
import { toSummaryDocument } from './document-sentences.ts';
import { combineWithModel } from './generative-combine.ts';
import type { CompleteText } from './generative-summary.ts';

/** The generative combine through the real gateway; the model is the scripted OpenAI-compatible stand-in. */
let model: ModelThroughGateway;
let fake: FakeProvider;
let complete: CompleteText;

beforeAll(async () => {
  model = await startModelThroughGateway('comb');
  ({ fake, complete } = model);
});
afterAll(async () => model.close());

const doc = (title: string, ...paragraphs: string[]): Extracted => ({
  kind: 'document',
  title,
  pages: null,
  blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text, page: null })),
});
const notice = toSummaryDocument(
  'notice.html',
  doc(
    'Licence notice',
    'A dog licence costs HK$80 from 1 April 2025.',
    'Renew the licence at an animal management centre.',
    'Call Mr Chan on 9123 4567 for help.',
  ),
);
const paper = toSummaryDocument(
  'paper.pdf',
  doc(
    'Council paper',
    'A dog licence costs HK$120 from 1 April 2025.',
    'Renew the licence at an animal management centre.',
    'The scheme will be reviewed next year.',
  ),
);

describe('combineWithModel (one brief in the model’s own words, through the gateway)', () => {
  it('keeps the offline brief, numbers both sides of a difference, and checks every sentence against what it cites', async () => {
    const before = fake.requests.length;
    fake.script({
      kind: 'reply',
      text: 'Both documents say to renew the licence at an animal management centre [2]. A dog licence costs HK$80 from 1 April 2025 in the notice [1], and HK$120 in the paper [4]. Licences are free for pensioners [3].',
    });
    const progress: [number, number][] = [];
    const result = await combineWithModel([notice, paper], complete, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(fake.requests.length - before).toBe(1);
    expect(progress).toEqual([[1, 1]]);
    // The offline evidence is exactly what combineDocuments computes.
    expect(result.brief).toEqual(combineDocuments([notice, paper]));
    expect(result.brief.differences.some((d) => d.kind === 'figures-differ')).toBe(true);
    const sent = fake.requests.at(-1)?.body.messages ?? [];
    expect(sent[1]?.content).toContain('(notice.html) A dog licence costs HK$80');
    expect(sent[1]?.content).toContain('(paper.pdf) A dog licence costs HK$120');
    expect(result.generative).toMatchObject({ method: 'generative', language: 'en', calls: 1, unsupported: 1 });
    expect(result.generative.keyPoints.map((point) => [point.text, point.supported])).toEqual([
      ['Both documents say to renew the licence at an animal management centre.', true],
      ['A dog licence costs HK$80 from 1 April 2025 in the notice, and HK$120 in the paper.', true],
      ['Licences are free for pensioners.', false],
    ]);
    expect(result.generative.keyPoints[1]?.citations).toEqual([
      expect.objectContaining({ document: 'notice.html', sentence: 0 }),
      expect.objectContaining({ document: 'paper.pdf', sentence: 0 }),
    ]);
  });

  it('masks personal data before the model sees it, unless the policy allows it', async () => {
    fake.script({ kind: 'reply', text: 'Call the office [1].' }, { kind: 'reply', text: 'Call the office [1].' });
    const before = fake.requests.length;
    await combineWithModel([notice, paper], complete, { budget: 100 });
    const masked = JSON.stringify(fake.requests[before]?.body.messages);
    expect(masked).toContain('Call Mr Chan on');
    expect(masked).not.toContain('9123 4567');
    await combineWithModel([notice, paper], complete, { budget: 100, maskPersonalData: false });
    expect(JSON.stringify(fake.requests[before + 1]?.body.messages)).toContain('9123 4567');
  });
});
