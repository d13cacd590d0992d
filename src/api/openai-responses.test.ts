import OpenAI, { BadRequestError, NotFoundError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { publishBot } from '../chat/index.ts';
import type { Fixture } from './test-fixture.ts';
import { startOpenAiClientFixture } from './testing/openai-client-fixture.ts';

/**
 * OpenAI's Responses API, the one its newer SDKs and agent frameworks call by default, as a developer
 * meets it: the official `openai` client against the in-process server on an ephemeral port.
 */
describe('the Responses API through the official OpenAI client', () => {
  let f: Fixture;
  let baseURL: string;
  const client = (headers: Record<string, string> = {}) =>
    new OpenAI({ baseURL, apiKey: 'sk-no-key-required', maxRetries: 0, defaultHeaders: headers });

  beforeAll(async () => {
    ({ f, baseURL } = await startOpenAiClientFixture());
  });
  afterAll(async () => f.close());

  it('answers a Cantonese question with its source, each [n] marker annotated with the address it cites', async () => {
    const response = await client().responses.create({ model: 'test-bot', input: '狗牌收費幾錢？' });
    expect(response).toMatchObject({ object: 'response', status: 'completed', model: 'test-bot', error: null });
    expect(response.id).toMatch(/^resp_[0-9a-f]{48}$/);
    expect(response.output_text).toContain('八十元');
    expect(response.output_text).toMatch(/\n\n來源：\n\[1\] .*https:\/\/www\.afcd\.gov\.hk\/dog-licence-fee/);
    const [message] = response.output;
    expect(message).toMatchObject({ type: 'message', role: 'assistant', status: 'completed' });
    const text = message?.type === 'message' ? message.content[0] : undefined;
    const annotations = text?.type === 'output_text' ? text.annotations : [];
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) {
      expect(annotation).toMatchObject({ type: 'url_citation', url: 'https://www.afcd.gov.hk/dog-licence-fee' });
      if (annotation.type !== 'url_citation') continue;
      // The marker in the answer itself, not the one in the sources listed after it.
      expect(response.output_text.slice(annotation.start_index, annotation.end_index)).toBe('[1]');
      expect(annotation.start_index).toBeLessThan(response.output_text.indexOf('來源：'));
    }
    expect(response.usage?.total_tokens).toBe(
      (response.usage?.input_tokens ?? 0) + (response.usage?.output_tokens ?? 0),
    );
    expect(response.usage?.output_tokens).toBeGreaterThan(0);
  });

  it('continues the conversation of previous_response_id: a follow-up is read in its topic', async () => {
    const first = await client().responses.create({ model: 'test-bot', input: '狗牌幾錢？' });
    expect(first.output_text).toContain('八十元');
    const followUp = await client().responses.create({
      model: 'test-bot',
      previous_response_id: first.id,
      input: '點樣續期？',
    });
    expect(followUp.output_text).toContain('https://www.afcd.gov.hk/dog-licence-renewal');
    expect(followUp.previous_response_id).toBe(first.id);
    // The same conversation, as LionRock's own session id says.
    const session = (r: object) => (r as { lionrock: { sessionId: string } }).lionrock.sessionId;
    expect(session(followUp)).toBe(session(first));
  });

  it('reads a follow-up from the earlier turns in input, for a client that keeps the conversation itself', async () => {
    const first = await client().responses.create({ model: 'test-bot', input: '狗牌幾錢？', store: false });
    const followUp = await client().responses.create({
      model: 'test-bot',
      store: false,
      instructions: 'You are a helpful assistant.',
      input: [
        { role: 'user', content: '狗牌幾錢？' },
        {
          type: 'message',
          id: first.output[0]?.id ?? 'msg_x',
          status: 'completed',
          role: 'assistant',
          content: [{ type: 'output_text', text: first.output_text, annotations: [] }],
        },
        { role: 'user', content: [{ type: 'input_text', text: '點樣續期？' }] },
      ],
    });
    expect(followUp.output_text).toContain('https://www.afcd.gov.hk/dog-licence-renewal');
    expect(followUp.instructions).toBe('You are a helpful assistant.');
    // Not kept to be fetched again, and it says so.
    expect((followUp as unknown as { store: boolean }).store).toBe(false);
  });

  it('streams OpenAI’s typed events, in order, that the client’s stream helper assembles into the answer', async () => {
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    const stream = client().responses.stream({ model: 'test-bot', input: 'When is 1823 open?' });
    for await (const event of stream) events.push(event);
    const final = await stream.finalResponse();
    // The helper assembles output, not the output_text convenience create() adds.
    const [message] = final.output;
    const finalText =
      message?.type === 'message' && message.content[0]?.type === 'output_text' ? message.content[0].text : '';
    expect(finalText).toContain('24 hours');
    expect(final.status).toBe('completed');
    const types = events.map((e) => e.type);
    expect(types.slice(0, 4)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
    ]);
    expect(types.slice(-4)).toEqual([
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(types).toContain('response.output_text.annotation.added');
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    const deltas = events.flatMap((e) => (e.type === 'response.output_text.delta' ? [e.delta] : []));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(finalText);
    // The plain iterator of create({stream: true}) sees the same.
    const plain = await client().responses.create({ model: 'test-bot', input: 'When is 1823 open?', stream: true });
    let text = '';
    for await (const event of plain) if (event.type === 'response.output_text.delta') text += event.delta;
    expect(text).toBe(finalText);
  });

  it('cuts an answer at max_output_tokens and says so with status incomplete, streamed or not', async () => {
    const full = await client().responses.create({ model: 'test-bot', input: 'When is 1823 open?' });
    const cut = await client().responses.create({
      model: 'test-bot',
      input: 'When is 1823 open?',
      max_output_tokens: 5,
    });
    expect(cut.status).toBe('incomplete');
    expect(cut.incomplete_details).toEqual({ reason: 'max_output_tokens' });
    expect(cut.usage?.output_tokens).toBeLessThanOrEqual(5);
    expect(cut.output_text.length).toBeGreaterThan(0);
    expect(full.output_text.startsWith(cut.output_text)).toBe(true);
    const streamed = await client().responses.create({
      model: 'test-bot',
      input: 'When is 1823 open?',
      max_output_tokens: 5,
      stream: true,
    });
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const event of streamed) events.push(event);
    expect(events.at(-1)).toMatchObject({ type: 'response.incomplete', response: { status: 'incomplete' } });
  });

  it('refuses what a bot cannot do with a 400 naming the parameter, in English or 繁體中文', async () => {
    const refused = async (extra: Record<string, unknown>, language?: string) => {
      const response = await f.app.inject({
        method: 'POST',
        url: '/v1/responses',
        payload: { model: 'test-bot', input: '狗牌幾錢？', ...extra },
        headers: language ? { 'accept-language': language } : {},
      });
      expect(response.statusCode, response.body).toBe(400);
      const body = response.json() as { error: { message: string; type: string; param: string | null; code: string } };
      expect(body.error.type).toBe('invalid_request_error');
      return body.error;
    };
    const cases: [Record<string, unknown>, string, RegExp, RegExp][] = [
      [{ tools: [{ type: 'web_search' }] }, 'tools', /calls no tools/, /不會呼叫工具/],
      [{ tool_choice: 'required' }, 'tool_choice', /"none" or "auto"/, /不會呼叫工具/],
      [{ text: { format: { type: 'json_object' } } }, 'text.format', /approved text, not JSON/, /不是 JSON/],
      [{ background: true }, 'background', /must be false/, /毋須在背景執行/],
      [{ conversation: 'conv_123' }, 'conversation', /previous_response_id/, /previous_response_id/],
      [{ prompt: { id: 'pmpt_123' } }, 'prompt', /not a stored prompt/, /不使用儲存的提示/],
      [{ top_logprobs: 2 }, 'top_logprobs', /not supported/, /不支援/],
      [{ include: ['message.output_text.logprobs'] }, 'include', /not supported/, /不支援/],
      [{ stream_options: { include_obfuscation: false } }, 'stream_options', /only accepted with/, /只可與/],
      [
        {
          input: [
            { role: 'user', content: 'hi' },
            { type: 'function_call_output', call_id: 'c', output: '{}' },
          ],
        },
        'input.1',
        /"function_call_output" item: a bot reads messages only/,
        /只讀取訊息/,
      ],
      [
        {
          input: [
            {
              role: 'user',
              content: [
                { type: 'input_text', text: '狗牌幾錢？' },
                { type: 'input_image', image_url: 'https://example.org/licence.png' },
              ],
            },
          ],
        },
        'input.0.content.1',
        /"input_image" part: a bot reads text only/,
        /只會讀取文字/,
      ],
      [{ input: [{ content: '狗牌幾錢？' }] }, 'input.0', /a role and content/, /角色/],
    ];
    for (const [extra, param, english, chinese] of cases) {
      const inEnglish = await refused(extra);
      expect(inEnglish.param, param).toBe(param);
      expect(inEnglish.message, param).toMatch(english);
      expect(inEnglish.message, param).toContain(param);
      const inChinese = await refused(extra, 'zh-HK');
      expect(inChinese.param, param).toBe(param);
      expect(inChinese.message, param).toMatch(chinese);
    }
    // What a client sends to say "none of that", and the fields that cannot change an approved answer.
    const ok = await client().responses.create({
      model: 'test-bot',
      input: '狗牌幾錢？',
      tools: [],
      tool_choice: 'none',
      text: { format: { type: 'text' } },
      include: ['reasoning.encrypted_content'],
      temperature: 0.2,
      metadata: { ticket: 'T-1' },
    });
    expect(ok.output_text).toContain('八十元');
    expect(ok.metadata).toEqual({ ticket: 'T-1' });
  });

  it('refuses a previous_response_id it did not give, an unknown model and an empty question, in the client’s errors', async () => {
    const unknownPrevious = async (id: string, headers: Record<string, string> = {}) => {
      const error = await client(headers)
        .responses.create({ model: 'test-bot', input: '點樣續期？', previous_response_id: id })
        .catch((e: unknown) => e);
      expect(error, id).toBeInstanceOf(BadRequestError);
      expect(error, id).toMatchObject({ param: 'previous_response_id', code: 'previous_response_not_found' });
      return (error as BadRequestError).message;
    };
    expect(await unknownPrevious('resp_abc')).toContain('resp_abc');
    // Well formed, but naming no conversation.
    expect(await unknownPrevious(`resp_${'0'.repeat(48)}`)).toMatch(/names no earlier response/);
    expect(await unknownPrevious('resp_abc', { 'accept-language': 'zh-HK' })).toMatch(/並非此聊天機械人先前的回應/);
    // A response of another bot: its conversation is not this bot's to continue.
    await publishBot(f.store.db, { principal: CLI_PRINCIPAL, requestId: 't' }, 'draft-bot');
    const other = await client().responses.create({ model: 'draft-bot', input: '狗牌幾錢？' });
    expect(other.output_text).toContain('八十元');
    await unknownPrevious(other.id);
    const model = await client()
      .responses.create({ model: 'no-such-bot', input: 'hi' })
      .catch((e: unknown) => e);
    expect(model).toBeInstanceOf(NotFoundError);
    expect(model).toMatchObject({ param: 'model', code: 'model_not_found' });
    const empty = await client()
      .responses.create({ model: 'test-bot', input: '  ' })
      .catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(BadRequestError);
    expect(empty).toMatchObject({ param: 'input', code: 'no_question' });
    const wrongType = await f.app.inject({
      method: 'POST',
      url: '/v1/responses',
      payload: { model: 'test-bot', input: 5 },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json()).toMatchObject({ error: { param: 'input', type: 'invalid_request_error' } });
  });
});
