import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, testBot } from './test-fixture.ts';

interface Problem {
  title: string;
  detail: string;
  errors: { field: string; code: string; message: string }[];
}

const HAN = /[\u4e00-\u9fff]/;
/** Characters that exist only in Traditional (門, 須, 個) or only in Simplified (门, 须, 个) script. */
const TRADITIONAL_ONLY = /[門須個項無請內於]/;
const SIMPLIFIED_ONLY = /[门须个项无请内于]/;
/** What zod itself writes ("Invalid input: expected string…", "Too small: …"): never shown to people. */
const RAW_ZOD = /Invalid input|Too small|Too big|Unrecognized key|expected string|received/i;

/**
 * Problems speak the asker's language: `title`, `detail` and every field message in English,
 * Traditional or Simplified Chinese as `Accept-Language` (with its q-values) asks, the field paths
 * untouched, and never a validator's own wording.
 */
describe('errors in the asker’s language', () => {
  let f: Fixture;
  let botId: string;
  /** One bad request: an empty question (too short), a number for the language, an unknown field. */
  const badAsk = (acceptLanguage?: string) =>
    f.app.inject({
      method: 'POST',
      url: `/api/v1/bots/${botId}/ask`,
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
      payload: { question: '', language: 5, colour: 'red' },
    });

  beforeAll(async () => {
    f = await createFixture();
    botId = await testBot(f.store, f.own);
  });
  afterAll(() => f.close());

  it('answers the same bad request in English, Traditional and Simplified Chinese, naming the same fields', async () => {
    const [english, traditional, simplified] = await Promise.all(
      ['en-GB', 'zh-HK', 'zh-CN'].map(async (language) => {
        const response = await badAsk(language);
        expect(response.statusCode).toBe(400);
        return response.json() as Problem;
      }),
    );
    if (!english || !traditional || !simplified) throw new Error('missing answers');
    const fields = (problem: Problem) => problem.errors.map((issue) => issue.field).sort();
    expect(fields(english)).toEqual(['body.colour', 'body.language', 'body.question']);
    expect(fields(traditional)).toEqual(fields(english));
    expect(fields(simplified)).toEqual(fields(english));

    for (const issue of english.errors) expect(issue.message).not.toMatch(HAN);
    expect(english.detail).not.toMatch(HAN);
    for (const problem of [traditional, simplified]) {
      expect(problem.title).toMatch(HAN);
      expect(problem.detail).toMatch(HAN);
      for (const issue of problem.errors) expect(issue.message).toMatch(HAN);
    }
    const chineseText = (problem: Problem) =>
      [problem.title, problem.detail, ...problem.errors.map((issue) => issue.message)].join(' ');
    expect(chineseText(traditional)).toMatch(TRADITIONAL_ONLY);
    expect(chineseText(traditional)).not.toMatch(SIMPLIFIED_ONLY);
    expect(chineseText(simplified)).toMatch(SIMPLIFIED_ONLY);
    expect(chineseText(simplified)).not.toMatch(TRADITIONAL_ONLY);
  });

  it('never shows a validator’s own wording, in any language', async () => {
    for (const language of ['en', 'zh-HK', 'zh-CN', undefined]) {
      const problem = (await badAsk(language)).json() as Problem;
      expect(problem.detail).not.toMatch(RAW_ZOD);
      for (const issue of problem.errors) expect(issue.message).not.toMatch(RAW_ZOD);
    }
    const english = (await badAsk('en')).json() as Problem;
    const byField = Object.fromEntries(english.errors.map((issue) => [issue.field, issue.message]));
    expect(byField['body.question']).toMatch(/must not be empty/);
    expect(byField['body.colour']).toMatch(/not a known field/);
  });

  it('respects q-values: the preferred language wins wherever it stands in the header', async () => {
    const cases: [string, RegExp][] = [
      ['en;q=0.5, zh-HK;q=0.9', TRADITIONAL_ONLY],
      ['zh-HK;q=0.2, en;q=0.8', /^[^\u4e00-\u9fff]*$/],
      ['fr, zh-Hans;q=0.7, en;q=0.6', SIMPLIFIED_ONLY],
      ['zh-TW;q=0, en', /^[^\u4e00-\u9fff]*$/],
    ];
    for (const [header, expected] of cases) {
      const problem = (await badAsk(header)).json() as Problem;
      expect({ header, detail: problem.detail }).toEqual({ header, detail: expect.stringMatching(expected) });
    }
  });

  it('refuses a text/plain body with 415, in the asker’s language', async () => {
    const response = await f.app.inject({
      method: 'POST',
      url: `/api/v1/bots/${botId}/ask`,
      headers: { 'content-type': 'text/plain', 'accept-language': 'zh-HK' },
      payload: '{"question":"hello"}',
    });
    expect(response.statusCode).toBe(415);
    const problem = response.json() as Problem & { code: string };
    expect(problem.code).toBe('unsupported_media_type');
    expect(problem.errors[0]).toMatchObject({ field: 'headers.content-type', message: expect.stringMatching(HAN) });
  });

  it('localises the problems of the code as well as the validator’s (a 404 for an unknown bot)', async () => {
    const response = await f.app.inject({
      method: 'POST',
      url: '/api/v1/bots/no-such-bot/ask',
      headers: { 'accept-language': 'zh-CN' },
      payload: { question: 'hello' },
    });
    expect(response.statusCode).toBe(404);
    const problem = response.json() as Problem;
    expect(problem.title).toMatch(HAN);
    expect(problem.detail).toMatch(HAN);
  });
});
