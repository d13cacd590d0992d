import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeProvider } from '../../gateway/index.ts';
import type { Extracted } from '../../knowledge/index.ts';
import { toSummaryDocument } from './document-sentences.ts';
import { type CompleteText, summariseWithModel } from './generative-summary.ts';
import { type ModelThroughGateway, startModelThroughGateway } from '../testing/model-through-gateway.ts';

/** The generative path through the real gateway; the model is the scripted OpenAI-compatible stand-in. */
let model: ModelThroughGateway;
let fake: FakeProvider;
let complete: CompleteText;

beforeAll(async () => {
  model = await startModelThroughGateway('asst');
  ({ fake, complete } = model);
});
afterAll(async () => model.close());
const licenceGuide: Extracted = {
  kind: 'document',
  title: 'Dog licence guide',
  pages: 2,
  blocks: [
    { type: 'heading', level: 1, text: 'Fees', page: 1 },
    { type: 'paragraph', text: 'A dog licence costs HK$80. It lasts three years.', page: 1 },
    { type: 'heading', level: 1, text: 'Enquiries', page: 2 },
    { type: 'paragraph', text: 'Call Mr Chan on 9123 4567 or write to chan.tai.man@example.com for help.', page: 2 },
    { type: 'paragraph', text: 'Renew the licence at an animal management centre.', page: 2 },
  ],
};

describe('summariseWithModel (map-reduce through the gateway)', () => {
  it('summarises chunk by chunk, then combines, reporting progress after every call', async () => {
    fake.script(
      { kind: 'reply', text: 'The licence costs HK$80 and lasts three years [1][2].' },
      { kind: 'reply', text: 'Enquiries go to the centre [3].' },
      { kind: 'reply', text: 'Renew it at an animal management centre [4].' },
      {
        kind: 'reply',
        text: 'A dog licence costs HK$80 and lasts three years [1][2]. Renew the licence at an animal management centre [4].',
      },
    );
    const before = fake.requests.length;
    const progress: [number, number][] = [];
    const summary = await summariseWithModel(toSummaryDocument('guide.pdf', licenceGuide), complete, {
      chunkChars: 60,
      budget: 40,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(fake.requests.length - before).toBe(4);
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    const reduce = fake.requests.at(-1)?.body.messages ?? [];
    expect(reduce[1]?.content).toContain('Renew it at an animal management centre [4].');
    expect(summary).toMatchObject({ method: 'generative', unit: 'words', budget: 40, calls: 4, unsupported: 0 });
    expect(summary.keyPoints).toEqual([
      expect.objectContaining({
        text: 'A dog licence costs HK$80 and lasts three years.',
        supported: true,
        citations: [
          expect.objectContaining({ document: 'guide.pdf', page: 1, section: 'Fees', sentence: 0 }),
          expect.objectContaining({ sentence: 1 }),
        ],
      }),
      expect.objectContaining({ text: 'Renew the licence at an animal management centre.', supported: true }),
    ]);
  });

  it('marks a sentence its sources do not support, one with an invented figure and one citing nothing', async () => {
    fake.script({
      kind: 'reply',
      text: 'A dog licence costs HK$120 [1]. Licences are free for pensioners [2]. The centre opens on Sundays.',
    });
    const summary = await summariseWithModel(toSummaryDocument('guide.pdf', licenceGuide), complete);
    expect(summary.calls).toBe(1);
    expect(summary.unsupported).toBe(3);
    expect(summary.keyPoints.map((point) => [point.text, point.supported])).toEqual([
      ['A dog licence costs HK$120.', false],
      ['Licences are free for pensioners.', false],
      ['The centre opens on Sundays.', false],
    ]);
    expect(summary.keyPoints[0]?.inventedFigures).toEqual(['HK$120']);
    expect(summary.keyPoints[2]?.citations).toEqual([]);
  });

  it('masks personal data before the model sees the document', async () => {
    fake.script({ kind: 'reply', text: 'Call the office for help [3].' });
    const before = fake.requests.length;
    await summariseWithModel(toSummaryDocument('guide.pdf', licenceGuide), complete);
    const sent = JSON.stringify(fake.requests.slice(before).map((request) => request.body.messages));
    expect(sent).toContain('Call Mr Chan on');
    expect(sent).not.toContain('9123 4567');
    expect(sent).not.toContain('chan.tai.man@example.com');
  });
});
