import OpenAI, { AuthenticationError, BadRequestError, NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createApiKey } from '../access/index.ts';
import type { Fixture } from './test-fixture.ts';
import { startOpenAiClientFixture } from './testing/openai-client-fixture.ts';

/**
 * The OpenAI ecosystem (issue #13, items 8–12) as a developer meets it: the official `openai`
 * client against the in-process server on an ephemeral port.
 */

/** A placeholder the ecosystem's clients send when the user leaves the key blank. */
const PLACEHOLDERS = [
  'sk-no-key-required',
  'EMPTY',
  'ollama',
  'none',
  'sk-proj-0123456789abcdefghijklmnopqrstuvwxyzAB',
];
const OPERATOR_KEY = 'operator-chosen-key-0123456789abcdef';

describe('the official OpenAI client against LionRock', () => {
  let f: Fixture;
  let baseURL: string;
  const client = (apiKey = 'sk-no-key-required', headers: Record<string, string> = {}) =>
    new OpenAI({ baseURL, apiKey, maxRetries: 0, defaultHeaders: headers });

  beforeAll(async () => {
    ({ f, baseURL } = await startOpenAiClientFixture({ authFailureLimit: 3 }));
    await createApiKey(
      f.store.db,
      { principal: CLI_PRINCIPAL, requestId: 't' },
      {
        name: 'operator',
        userId: f.own.users.dept_admin.id,
        presetKey: OPERATOR_KEY,
        defaultLifetimeDays: 1,
      },
    );
  });
  afterAll(async () => f.close());

  it('lists the published bots as models, and retrieves one (item 8)', async () => {
    const models = [];
    for await (const model of client().models.list()) models.push(model);
    expect(models.map((m) => m.id)).toContain('test-bot');
    // A draft is not a model anyone can use.
    expect(models.map((m) => m.id)).not.toContain('draft-bot');
    const listed = models.find((m) => m.id === 'test-bot');
    expect(listed).toMatchObject({ object: 'model', owned_by: 'alpha' });
    expect(listed?.created).toBeGreaterThan(1_700_000_000);
    const keyed = [];
    for await (const model of client(f.own.keys.editor).models.list()) keyed.push(model.id);
    expect(keyed).toEqual(models.map((m) => m.id));
    expect(await client().models.retrieve('test-bot')).toMatchObject({ id: 'test-bot', object: 'model' });
  });

  it('answers a Cantonese question with its source', async () => {
    const completion = await client().chat.completions.create({
      model: 'test-bot',
      messages: [{ role: 'user', content: '狗牌收費幾錢？' }],
    });
    expect(completion.choices[0]?.message.content).toContain('八十元');
    expect(completion.choices[0]?.message.content).toContain('https://www.afcd.gov.hk/dog-licence-fee');
    // Chinese text takes the full-width colon after its heading, as everywhere else a citizen reads.
    expect(completion.choices[0]?.message.content).toMatch(/\n\n來源：\n\[1\] /);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
  });

  it('reads a follow-up from the earlier turns in messages, without a session id (item 11)', async () => {
    const first = await client().chat.completions.create({
      model: 'test-bot',
      messages: [{ role: 'user', content: '狗牌幾錢？' }],
    });
    const answer = first.choices[0]?.message.content ?? '';
    expect(answer).toContain('八十元');
    const followUp = await client().chat.completions.create({
      model: 'test-bot',
      messages: [
        { role: 'system', content: 'You are a helpful assistant.' },
        { role: 'user', content: '狗牌幾錢？' },
        { role: 'assistant', content: answer },
        { role: 'user', content: '點樣續期？' },
      ],
    });
    expect(followUp.choices[0]?.message.content).toContain('https://www.afcd.gov.hk/dog-licence-renewal');
  });

  it('streams an answer and ends with a usage chunk when include_usage is asked for (item 11)', async () => {
    const stream = await client().chat.completions.create({
      model: 'test-bot',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'When is 1823 open?' }],
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text).toContain('24 hours');
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage?.completion_tokens).toBeGreaterThan(0);
    expect(last?.usage?.total_tokens).toBe((last?.usage?.prompt_tokens ?? 0) + (last?.usage?.completion_tokens ?? 0));
    expect(chunks.slice(0, -1).every((c) => c.usage == null)).toBe(true);
  });

  it('cuts an answer at max_tokens and says so with finish_reason length (item 11)', async () => {
    const full = await client().chat.completions.create({
      model: 'test-bot',
      messages: [{ role: 'user', content: 'When is 1823 open?' }],
    });
    const cut = await client().chat.completions.create({
      model: 'test-bot',
      max_tokens: 5,
      messages: [{ role: 'user', content: 'When is 1823 open?' }],
    });
    const text = cut.choices[0]?.message.content ?? '';
    expect(cut.choices[0]?.finish_reason).toBe('length');
    expect(cut.usage?.completion_tokens).toBeLessThanOrEqual(5);
    expect(text.length).toBeGreaterThan(0);
    expect(full.choices[0]?.message.content?.startsWith(text)).toBe(true);
    const streamed = await client().chat.completions.create({
      model: 'test-bot',
      stream: true,
      max_completion_tokens: 5,
      messages: [{ role: 'user', content: 'When is 1823 open?' }],
    });
    const chunks = [];
    for await (const chunk of streamed) chunks.push(chunk);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe(text);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('length');
  });

  it('refuses what it cannot honour with a 400 naming the parameter (item 11)', async () => {
    const refused = async (extra: Record<string, unknown>) => {
      const error = await client()
        .chat.completions.create({
          model: 'test-bot',
          messages: [{ role: 'user', content: '狗牌幾錢？' }],
          ...extra,
        } as OpenAI.ChatCompletionCreateParamsNonStreaming)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      return error as BadRequestError;
    };
    expect((await refused({ n: 2 })).param).toBe('n');
    expect((await refused({ response_format: { type: 'json_object' } })).param).toBe('response_format');
    expect((await refused({ stream_options: { include_usage: true } })).param).toBe('stream_options');
    expect((await refused({ max_tokens: 0 })).param).toBe('max_tokens');
    const ok = await client().chat.completions.create({
      model: 'test-bot',
      n: 1,
      response_format: { type: 'text' },
      messages: [{ role: 'user', content: '狗牌幾錢？' }],
    });
    expect(ok.choices).toHaveLength(1);
  });

  it('words each refused parameter in OpenAI’s shape, in 繁體中文 when Accept-Language prefers Chinese, naming it in param', async () => {
    const refused = async (extra: Record<string, unknown>, language?: string) => {
      const response = await f.app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        payload: { model: 'test-bot', messages: [{ role: 'user', content: '狗牌幾錢？' }], ...extra },
        headers: language ? { 'accept-language': language } : {},
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = response.json() as { error: { message: string; type: string; param: string | null; code: string } };
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error).toMatchObject({ type: 'invalid_request_error', code: 'unsupported' });
      return body.error;
    };
    const cases: [Record<string, unknown>, string, RegExp, RegExp][] = [
      [{ n: 2 }, 'n', /must be 1/, /必須為 1/],
      [{ response_format: { type: 'json_object' } }, 'response_format', /must be \{"type": "text"\}/, /核准文字/],
      [{ stream_options: { include_usage: true } }, 'stream_options', /only accepted with "stream": true/, /只可與/],
      [{ logprobs: true }, 'logprobs', /not supported/, /不支援/],
      [{ top_logprobs: 3 }, 'top_logprobs', /not supported/, /不支援/],
      [{ tools: [{ type: 'function', function: { name: 'lookup' } }] }, 'tools', /calls no tools/, /不會呼叫工具/],
      [{ tool_choice: 'required' }, 'tool_choice', /"none" or "auto"/, /不會呼叫工具/],
      [{ functions: [{ name: 'lookup' }] }, 'functions', /calls no tools/, /不會呼叫工具/],
      [{ function_call: { name: 'lookup' } }, 'function_call', /"none" or "auto"/, /不會呼叫工具/],
    ];
    for (const [extra, param, english, chinese] of cases) {
      const inEnglish = await refused(extra);
      expect(inEnglish.param, param).toBe(param);
      expect(inEnglish.message, param).toMatch(english);
      expect(inEnglish.message, param).toContain(param);
      expect(inEnglish.message, param).not.toMatch(/[\u3400-\u9fff]/);
      for (const language of ['zh-HK', 'zh-Hant', 'zh', 'en;q=0.5, zh-HK;q=0.9']) {
        const inChinese = await refused(extra, language);
        expect(inChinese.param, `${param} ${language}`).toBe(param);
        expect(inChinese.message, `${param} ${language}`).toMatch(chinese);
        expect(inChinese.message, `${param} ${language}`).toContain(param);
      }
    }
    // What a client sends to say "none of that" is no request for it.
    const ok = await f.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: {
        model: 'test-bot',
        messages: [{ role: 'user', content: '狗牌幾錢？' }],
        logprobs: false,
        tools: [],
        tool_choice: 'none',
        functions: null,
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    // An unknown model is named in either language, in the same shape.
    const unknown = await f.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: { model: 'no-such-bot', messages: [{ role: 'user', content: 'hi' }] },
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(unknown.json()).toEqual({
      error: {
        message: '沒有已發布的聊天機械人「no-such-bot」',
        type: 'not_found_error',
        param: 'model',
        code: 'model_not_found',
      },
    });
  });

  it('reads text parts of a message and refuses any other part (an image, audio, a file), naming it, in either language', async () => {
    const ask = (content: unknown, language?: string) =>
      f.app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        payload: { model: 'test-bot', messages: [{ role: 'user', content }] },
        headers: language ? { 'accept-language': language } : {},
      });
    const text = await ask([{ type: 'text', text: '狗牌收費幾錢？' }]);
    expect(text.statusCode, text.body).toBe(200);
    expect(text.json().choices[0].message.content).toContain('八十元');
    const withImage = [
      { type: 'text', text: '狗牌收費幾錢？' },
      { type: 'image_url', image_url: { url: 'https://example.org/licence.png' } },
    ];
    const refused = await ask(withImage);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: { type: 'invalid_request_error', code: 'unsupported', param: 'messages.0.content.1' },
    });
    expect(refused.json().error.message).toMatch(/image_url.*reads text only/);
    const inChinese = await ask(withImage, 'zh-HK');
    expect(inChinese.json().error.message).toMatch(/image_url.*只會讀取文字/);
  });

  it('surfaces errors in OpenAI’s shape, with a message naming the cause, in the asker’s language (item 9)', async () => {
    const error = await client()
      .chat.completions.create({ model: 'no-such-bot', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError;
    expect(notFound.message).toContain('no-such-bot');
    expect(notFound).toMatchObject({ type: 'not_found_error', param: 'model', code: 'model_not_found' });
    const retrieved = await client()
      .models.retrieve('no-such-bot')
      .catch((e: unknown) => e);
    expect(retrieved).toBeInstanceOf(NotFoundError);
    expect((retrieved as NotFoundError).message).toContain('no-such-bot');
    const chinese = await client('sk-no-key-required', { 'accept-language': 'zh-HK,zh;q=0.9' })
      .chat.completions.create({ model: 'no-such-bot', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect((chinese as NotFoundError).message).toMatch(/沒有已發布的聊天機械人「no-such-bot」/);
    const invalid = await client()
      .chat.completions.create({ model: 'test-bot', messages: [] })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(BadRequestError);
    expect(invalid).toMatchObject({ type: 'invalid_request_error', param: 'messages' });
  });

  it('answers every /v1 error with {error:{message,type,param,code}} and keeps problem+json for /api', async () => {
    const missing = await f.app.inject({ url: '/v1/embeddings', method: 'POST', payload: {} });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
    expect(missing.json()).toEqual({
      error: {
        message: expect.stringContaining('/v1/embeddings'),
        type: 'not_found_error',
        param: null,
        code: 'not_found',
      },
    });
    const badJson = await f.app.inject({
      url: '/v1/chat/completions',
      method: 'POST',
      payload: '{"model":',
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_json' } });
    const api = await f.app.inject({ url: '/api/v1/nothing-here' });
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('documents the /v1 errors in OpenAI’s shape in the OpenAPI document', async () => {
    const doc = (await f.app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, unknown> }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.components.schemas.OpenAIError).toBeDefined();
    for (const [path, method] of [
      ['/v1/models', 'get'],
      ['/v1/models/{model}', 'get'],
      ['/v1/chat/completions', 'post'],
      ['/v1/responses', 'post'],
    ] as const) {
      const responses = doc.paths[path]?.[method]?.responses ?? {};
      expect(responses['404']?.content, path).toEqual({
        'application/json': { schema: { $ref: '#/components/schemas/OpenAIError' } },
      });
    }
    expect(doc.paths['/api/v1/me']?.get?.responses['401']?.content).toHaveProperty(['application/problem+json']);
  });

  it('takes the placeholder keys clients send by default as the anonymous citizen (item 10)', async () => {
    for (const apiKey of PLACEHOLDERS) {
      const completion = await client(apiKey).chat.completions.create({
        model: 'test-bot',
        messages: [{ role: 'user', content: 'When is 1823 open?' }],
      });
      expect(completion.choices[0]?.message.content, apiKey).toContain('24 hours');
    }
  });

  it('refuses a wrong LionRock key with 401, on public routes too (item 10)', async () => {
    const error = await client('lr_wrongwrongwrongwrongwrongwrongwrong')
      .models.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ type: 'authentication_error', code: 'invalid_api_key' });
    expect((error as AuthenticationError).message).toContain('not known');
  });

  it('gives a placeholder key on a keyed route the 401 an anonymous caller gets, counted by the failed-key limiter', async () => {
    const me = (authorization?: string, remoteAddress = '10.40.0.1') =>
      f.app.inject({ url: '/api/v1/me', remoteAddress, headers: authorization ? { authorization } : {} });
    const anonymous = await me();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const placeholder = await me('Bearer sk-no-key-required');
      statuses.push(placeholder.statusCode);
      if (i === 0) {
        const { requestId: _a, ...plain } = anonymous.json() as Record<string, unknown>;
        const { requestId: _b, ...sent } = placeholder.json() as Record<string, unknown>;
        expect(sent).toEqual(plain);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    // The public routes stay open to the same placeholder from the same address.
    const models = await f.app.inject({
      url: '/v1/models',
      remoteAddress: '10.40.0.1',
      headers: { authorization: 'Bearer sk-no-key-required' },
    });
    expect(models.statusCode).toBe(200);
    // An operator's key of any form (LIONROCK_ADMIN_KEY) still works where a key is needed.
    expect((await me(`Bearer ${OPERATOR_KEY}`, '10.40.0.2')).json()).toMatchObject({ user: { roles: ['dept_admin'] } });
  });
});
