import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ModelThroughGateway, startModelThroughGateway } from '../testing/model-through-gateway.ts';
import { minutesWithModel, UNSUPPORTED_MARK } from './generative-minutes.ts';
import { parseTranscript } from './parse-transcript.ts';

/** The generative minutes through the real gateway; the model is the scripted OpenAI-compatible stand-in. */
let model: ModelThroughGateway;

beforeAll(async () => {
  model = await startModelThroughGateway('mins');
});
afterAll(async () => model.close());

const meeting = [
  'Present: Mary Chan, John Lee, Peter Wong',
  '[10:00] Chair: Good morning. Item 1: Budget for 2027.',
  '[10:01] Mary: The budget is tight this year. We need to cut spending on events by ten percent.',
  'John: Events matter for outreach, but we can reduce printing costs.',
  'Chair: The committee agreed to cut the printing budget by ten percent.',
  'Mary: I will circulate the revised budget by Friday.',
  'Chair: Next item: staffing.',
  'John: We have two vacancies in the outreach team. Applicants may call 9123 4567 or write to hr.team@example.com.',
  'Peter: HR will advertise the posts by 20 December.',
].join('\n');

function transcript() {
  const parsed = parseTranscript(meeting);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe('minutesWithModel (one model call per item, through the gateway)', () => {
  it('keeps the rule-based structure, uses the model’s summaries, marks an unsupported sentence', async () => {
    model.fake.script(
      {
        kind: 'reply',
        text: 'Mary Chan said that the budget was tight this year [3]. John Lee said that events matter for outreach and printing costs can be reduced [5].',
      },
      {
        kind: 'reply',
        text: 'John Lee reported two vacancies in the outreach team [9]. The committee approved three new posts [9].',
      },
    );
    const before = model.fake.requests.length;
    const progress: [number, number][] = [];
    const minutes = await minutesWithModel(transcript(), model.complete, {
      meetingDate: '2026-12-02',
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(model.fake.requests.length - before).toBe(2);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(minutes).toMatchObject({ method: 'generative', calls: 2, unsupported: 1 });
    expect(minutes.attendees).toEqual(['Chair', 'Mary Chan', 'John Lee', 'Peter Wong']);
    expect(minutes.items.map((item) => item.title)).toEqual(['Budget for 2027', 'staffing']);
    expect(minutes.items[0]?.decisions).toEqual(['The committee agreed to cut the printing budget by ten percent.']);
    expect(minutes.items[0]?.actions).toEqual([
      { owner: 'Mary Chan', action: 'I will circulate the revised budget by Friday.', due: '2026-12-04' },
    ]);
    expect(minutes.items[0]?.summary).toBe(
      'Mary Chan said that the budget was tight this year. John Lee said that events matter for outreach and printing costs can be reduced.',
    );
    expect(minutes.items[0]?.discussion.map((s) => [s.lines, s.supported])).toEqual([
      [[3], true],
      [[5], true],
    ]);
    expect(minutes.items[1]?.discussion.map((s) => [s.text, s.supported])).toEqual([
      ['John Lee reported two vacancies in the outreach team.', true],
      ['The committee approved three new posts.', false],
    ]);
    expect(minutes.items[1]?.summary).toContain(`The committee approved three new posts. ${UNSUPPORTED_MARK}`);
    // The model saw each item's lines numbered, and was asked for formal written language.
    const first = model.fake.requests[before]?.body.messages ?? [];
    expect(first[0]?.content).toContain('formal written English');
    expect(first[1]?.content).toContain('[3] Mary: The budget is tight this year.');
  });

  it('masks personal data before the model sees the transcript', async () => {
    model.fake.script(
      { kind: 'reply', text: 'The budget was tight [3].' },
      { kind: 'reply', text: 'There were two vacancies in the outreach team [9].' },
    );
    const before = model.fake.requests.length;
    await minutesWithModel(transcript(), model.complete);
    const sent = JSON.stringify(model.fake.requests.slice(before).map((request) => request.body.messages));
    expect(sent).toContain('Applicants may call');
    expect(sent).not.toContain('9123 4567');
    expect(sent).not.toContain('hr.team@example.com');
  });
});
