import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeProvider } from '../../gateway/index.ts';
import type { CompleteText } from '../summarise/index.ts';
import { draftText } from './draft-types.ts';
import { fillWithModel } from './generative-fill.ts';
import { draftIssues } from './issue-report.ts';
import { findDraftTemplate } from './load-templates.ts';
import { type ModelThroughGateway, startModelThroughGateway } from '../testing/model-through-gateway.ts';

/** The generative fill through the real gateway; the model is the scripted OpenAI-compatible stand-in. */
let model: ModelThroughGateway;
let fake: FakeProvider;
let complete: CompleteText;

beforeAll(async () => {
  model = await startModelThroughGateway('drft');
  ({ fake, complete } = model);
});
afterAll(async () => model.close());
const reply = findDraftTemplate('public-enquiry-reply');
if (!reply) throw new Error('template missing');
const input = {
  language: 'en' as const,
  tone: 'warm',
  length: 'short',
  slots: {
    reference: 'AF/DL/2026/0137',
    recipientName: 'Mr Chan',
    enquiryDate: '3 March 2026',
    subject: 'dog licences',
    contactLine: 'Ms Lee on 2150 7000 or lee.mei@afcd.gov.hk',
    officerName: 'Wong Siu Ming',
  },
  facts: ['A dog licence costs HK$80 and is valid for three years.', 'Mr Chan (HKID A123456(7)) called on 9123 4567.'],
};

describe('fillWithModel (generative fill through the gateway)', () => {
  it('asks the model for the body only, with tone, length and numbered facts, and wraps it in the template lines', async () => {
    fake.script({
      kind: 'reply',
      text: 'Thank you for writing to us about dog licences [1].\n\nA dog licence costs HK$80 and is valid for three years [1].',
    });
    const before = fake.requests.length;
    const paragraphs = await fillWithModel(reply, input, complete);
    expect(fake.requests.length - before).toBe(1);
    const [system, user] = fake.requests.at(-1)?.body.messages ?? [];
    expect(system?.content).toContain('Reply to a public enquiry');
    expect(system?.content).toContain('Warm and empathetic');
    expect(system?.content).toContain('at most 120 words');
    expect(user?.content).toContain('[1] A dog licence costs HK$80');
    expect(paragraphs.map((p) => [p.text, p.origin])).toEqual([
      ['Our ref.: AF/DL/2026/0137', 'template'],
      ['Dear Mr Chan,', 'template'],
      ['Thank you for writing to us about dog licences.', 'model'],
      ['A dog licence costs HK$80 and is valid for three years.', 'model'],
      ['Should you have any further questions, please contact Ms Lee on 2150 7000 or lee.mei@afcd.gov.hk.', 'template'],
      ['Yours sincerely,', 'template'],
      ['Wong Siu Ming', 'template'],
    ]);
  });

  it('masks personal data in slots and facts before the call, unless the policy allows it', async () => {
    const before = fake.requests.length;
    await fillWithModel(reply, input, complete);
    const masked = JSON.stringify(fake.requests.slice(before).map((request) => request.body.messages));
    expect(masked).not.toContain('9123 4567');
    expect(masked).not.toContain('A123456');
    expect(masked).not.toContain('lee.mei@afcd.gov.hk');
    const after = fake.requests.length;
    await fillWithModel(reply, input, complete, { allowPersonalData: true });
    expect(JSON.stringify(fake.requests.slice(after).map((request) => request.body.messages))).toContain('9123 4567');
  });

  it('leaves what the model invented to the issue report: a wrong figure and an unsupported claim', async () => {
    fake.script({
      kind: 'reply',
      text: 'A dog licence costs HK$120 and is valid for three years.\n\nPensioners may apply online for a full fee waiver.',
    });
    const text = draftText(await fillWithModel(reply, input, complete));
    expect(draftIssues(reply, input, text).map((issue) => [issue.kind, issue.sentence])).toEqual([
      ['wrong_figure', 'A dog licence costs HK$120 and is valid for three years.'],
      ['unsupported_claim', 'Pensioners may apply online for a full fee waiver.'],
    ]);
  });
});
