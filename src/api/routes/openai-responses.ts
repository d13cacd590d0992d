import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AskResult, ask, type ConversationDeps } from '../../chat/index.ts';
import { AppError, type LocalizedText } from '../../core/index.ts';
import { answerPieces, openEventStream } from '../event-stream.ts';
import { openAiErrorResponses } from '../openai-error.ts';
import type { PublicRateLimit } from '../public-rate-limit.ts';
import {
  admitToBot,
  type Answer,
  asksNoTool,
  cutAt,
  estimateTokens,
  lionrockPart,
  lionrockSchema,
  type MessagePart,
  messagePartSchema,
  NO_PROBABILITIES,
  NO_TOOL_CHOICE,
  NO_TOOLS,
  partsText,
  questionAndHistory,
  refuseNonTextPart,
  refuseParameter,
  withSources,
} from './openai-answer.ts';

/** An input item: a message (`type` "message" or left out), or another kind, which is refused by name. */
const item = z
  .object({
    type: z.string().optional(),
    role: z.enum(['user', 'assistant', 'system', 'developer']).optional(),
    content: z.union([z.string(), z.array(messagePartSchema)]).optional(),
  })
  .passthrough();

const body = z
  .object({
    model: z.string().min(1).max(64).describe('The bot id, e.g. demo-1823'),
    input: z
      .union([z.string(), z.array(item).min(1).max(100)])
      .describe('The question, or the conversation as messages: the last user message is the question'),
    instructions: z.string().nullish().describe('Accepted and echoed; the bot’s own configuration decides its answers'),
    previous_response_id: z
      .string()
      .max(100)
      .nullish()
      .describe('Continue the conversation of this earlier response (a follow-up is read in its topic)'),
    stream: z.boolean().nullish(),
    stream_options: z.object({}).passthrough().nullish().describe('Only with stream: true'),
    max_output_tokens: z
      .number()
      .int()
      .min(1)
      .nullish()
      .describe('Cut the answer at about this many tokens (status `incomplete`)'),
    text: z
      .object({ format: z.object({ type: z.string() }).passthrough().optional() })
      .passthrough()
      .nullish()
      .describe('Only the text format: answers are approved text, not JSON'),
    top_logprobs: z.number().int().nullish().describe('Only 0: answers are approved text, without token probabilities'),
    include: z.array(z.string()).nullish().describe('Anything but message.output_text.logprobs'),
    tools: z.array(z.unknown()).nullish().describe('Only none: a bot calls no tools'),
    tool_choice: z.unknown().optional().describe('Only "none" or "auto": a bot calls no tools'),
    background: z.boolean().nullish().describe('Only false: an answer is given at once'),
    conversation: z.unknown().optional().describe('Not supported: continue with previous_response_id'),
    prompt: z.unknown().optional().describe('Not supported: a bot’s configuration is its prompt'),
    metadata: z.record(z.string(), z.string()).nullish().describe('Echoed in the response'),
  })
  // Sampling fields (temperature, top_p, reasoning…) do not apply to a knowledge-bound bot, which
  // quotes or grounds its answers, so they change nothing; `store` is answered with false (below).
  .passthrough();

type Body = z.infer<typeof body>;

const annotation = z.object({
  type: z.literal('url_citation'),
  start_index: z.number().int(),
  end_index: z.number().int(),
  url: z.string(),
  title: z.string(),
});

const outputMessage = z.object({
  id: z.string(),
  type: z.literal('message'),
  status: z.enum(['in_progress', 'completed', 'incomplete']),
  role: z.literal('assistant'),
  content: z.array(
    z.object({
      type: z.literal('output_text'),
      text: z.string(),
      annotations: z.array(annotation).describe('Each [n] marker of the answer, with the source it cites'),
    }),
  ),
});

const responseSchema = z.object({
  id: z.string().describe('Send as previous_response_id to continue the conversation'),
  object: z.literal('response'),
  created_at: z.number().int(),
  status: z.enum(['in_progress', 'completed', 'incomplete']),
  background: z.literal(false),
  error: z.null(),
  incomplete_details: z.object({ reason: z.literal('max_output_tokens') }).nullable(),
  instructions: z.string().nullable(),
  max_output_tokens: z.number().int().nullable(),
  model: z.string(),
  output: z.array(outputMessage),
  parallel_tool_calls: z.literal(false),
  previous_response_id: z.string().nullable(),
  store: z.literal(false).describe('Responses are not kept to be fetched again; the conversation is recorded'),
  text: z.object({ format: z.object({ type: z.literal('text') }) }),
  tool_choice: z.literal('none'),
  tools: z.array(z.never()),
  truncation: z.literal('disabled'),
  usage: z.object({
    input_tokens: z.number().int(),
    input_tokens_details: z.object({ cached_tokens: z.number().int() }),
    output_tokens: z.number().int(),
    output_tokens_details: z.object({ reasoning_tokens: z.number().int() }),
    total_tokens: z.number().int(),
  }),
  metadata: z.record(z.string(), z.string()),
  lionrock: lionrockSchema,
});

type ResponseObject = z.infer<typeof responseSchema>;

/** The parts a message carries text in: a question, an earlier answer, or an earlier refusal. */
const TEXT_PARTS = new Set(['input_text', 'output_text', 'text', 'refusal']);

/**
 * `POST /v1/responses`, OpenAI's Responses API, with `model` = a bot id: the API OpenAI's newer SDKs
 * and agent frameworks use by default. The same answer as `/v1/chat/completions` (the last user
 * message is the question, the earlier ones its topic), as a response object: the answer's `[n]`
 * markers carry `url_citation` annotations, a stream is OpenAI's typed events, and
 * `previous_response_id` continues the conversation the earlier response belongs to. What a bot cannot
 * do (tools, JSON output, a background run, stored prompts and conversations, probabilities, any part
 * that is not text) is refused with a 400 naming the parameter.
 */
export function openAiResponsesRoutes(app: FastifyInstance, deps: ConversationDeps, rateLimit: PublicRateLimit): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/v1/responses',
    {
      schema: {
        tags: ['openai-compatible'],
        security: [{}, { bearer: [] }],
        summary: 'OpenAI-compatible Responses API; `model` is a published bot id',
        body,
        response: { 200: responseSchema, ...openAiErrorResponses },
      },
    },
    async (request, reply) => {
      const messages = messagesOf(request.body.input);
      refuseUnsupported(request.body, messages);
      const botId = request.body.model;
      await admitToBot(deps, rateLimit, request, reply, botId);
      const asked = messages.filter((m) => m.role === 'user').map((m) => partsText(m.content));
      const previous = request.body.previous_response_id ?? undefined;
      const result = await ask(deps, {
        botId,
        ...questionAndHistory(asked, 'body.input'),
        sessionId: previous === undefined ? undefined : sessionOf(previous),
        actor: request.principal,
        requestId: request.id,
      }).catch((error: unknown) => {
        if (previous !== undefined && error instanceof AppError && error.code === 'not_found') notFound(previous);
        throw error;
      });
      const answer = cutAt(withSources(result), request.body.max_output_tokens);
      const inputTokens = estimateTokens(
        [request.body.instructions ?? '', ...messages.map((m) => partsText(m.content))].join('\n'),
      );
      const response = responseOf(request.body, result, answer, inputTokens);
      if (request.body.stream) return stream(request, reply, response, result.sessionId);
      return response;
    },
  );
}

interface Message {
  role: 'user' | 'assistant' | 'system' | 'developer';
  content: string | MessagePart[];
}

/** The input as messages; an item of another kind (a tool's output, a reference to a stored item) is refused. */
function messagesOf(input: Body['input']): Message[] {
  if (typeof input === 'string') return [{ role: 'user', content: input }];
  return input.map((entry, at) => {
    if (entry.type !== undefined && entry.type !== 'message') {
      refuseParameter(`input.${at}`, {
        en: `is a "${entry.type}" item: a bot reads messages only, and calls no tools`,
        zhHant: `是「${entry.type}」項目：聊天機械人只讀取訊息，不會呼叫工具`,
      });
    }
    if (!entry.role || entry.content === undefined) {
      refuseParameter(
        `input.${at}`,
        { en: 'must be a message with a role and content', zhHant: '須為有角色（role）及內容（content）的訊息' },
        'invalid_message',
      );
    }
    return { role: entry.role, content: entry.content };
  });
}

/** A parameter LionRock cannot honour, and why (the refusal names it in `param`). */
const REFUSED = {
  stream_options: { en: 'is only accepted with "stream": true', zhHant: '只可與 "stream": true 一併使用' },
  'text.format': {
    en: 'must be {"type": "text"}: a bot answers with approved text, not JSON',
    zhHant: '必須為 {"type": "text"}：聊天機械人以核准文字回答，不是 JSON',
  },
  top_logprobs: NO_PROBABILITIES,
  include: NO_PROBABILITIES,
  tools: NO_TOOLS,
  tool_choice: NO_TOOL_CHOICE,
  background: {
    en: 'must be false: a bot answers at once, so there is nothing to run in the background',
    zhHant: '必須為 false：聊天機械人即時回答，毋須在背景執行',
  },
  conversation: {
    en: 'is not supported: continue a conversation with previous_response_id',
    zhHant: '不支援：請以 previous_response_id 延續對話',
  },
  prompt: {
    en: 'is not supported: a bot answers by its own published configuration, not a stored prompt',
    zhHant: '不支援：聊天機械人按其已發布的設定回答，不使用儲存的提示',
  },
} satisfies Record<string, LocalizedText>;

/** Parameters LionRock cannot honour are refused, naming the parameter, never silently ignored. */
function refuseUnsupported(request: Body, messages: readonly Message[]): void {
  const refuse = (param: keyof typeof REFUSED): never => refuseParameter(param, REFUSED[param]);
  if (request.stream_options && request.stream !== true) refuse('stream_options');
  const format = request.text?.format?.type;
  if (format !== undefined && format !== 'text') refuse('text.format');
  if (request.top_logprobs) refuse('top_logprobs');
  if (request.include?.includes('message.output_text.logprobs')) refuse('include');
  if (request.tools?.length) refuse('tools');
  if (!asksNoTool(request.tool_choice)) refuse('tool_choice');
  if (request.background) refuse('background');
  if (request.conversation != null) refuse('conversation');
  if (request.prompt != null) refuse('prompt');
  for (const [at, { content }] of messages.entries()) {
    if (typeof content !== 'string') refuseNonTextPart(content, `input.${at}.content`, TEXT_PARTS);
  }
}

/**
 * A response id carries the conversation it belongs to (`resp_` + the session's 32 hex digits + 16
 * random ones), so `previous_response_id` continues it without a table of responses. It grants no more
 * than the session id itself, which every answer already returns (`lionrock.sessionId`).
 */
function responseId(sessionId: string): string {
  return `resp_${sessionId.replaceAll('-', '')}${randomBytes(8).toString('hex')}`;
}

function sessionOf(previousResponseId: string): string {
  const hex = /^resp_([0-9a-f]{32})[0-9a-f]{16}$/.exec(previousResponseId)?.[1];
  if (!hex) notFound(previousResponseId);
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

/** OpenAI's answer to a previous response it does not know: a 400 naming the parameter. */
function notFound(previousResponseId: string): never {
  return refuseParameter(
    'previous_response_id',
    {
      en: `names no earlier response of this bot: "${previousResponseId.slice(0, 100)}"`,
      zhHant: `並非此聊天機械人先前的回應：「${previousResponseId.slice(0, 100)}」`,
    },
    'previous_response_not_found',
  );
}

function responseOf(request: Body, result: AskResult, answer: Answer, inputTokens: number): ResponseObject {
  const outputTokens = estimateTokens(answer.content);
  const status = answer.cut ? ('incomplete' as const) : ('completed' as const);
  return {
    id: responseId(result.sessionId),
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status,
    background: false,
    error: null,
    incomplete_details: answer.cut ? { reason: 'max_output_tokens' } : null,
    instructions: request.instructions ?? null,
    max_output_tokens: request.max_output_tokens ?? null,
    model: request.model,
    output: [
      {
        id: `msg_${randomBytes(16).toString('hex')}`,
        type: 'message',
        status,
        role: 'assistant',
        content: [{ type: 'output_text', text: answer.content, annotations: citationMarks(result, answer.content) }],
      },
    ],
    parallel_tool_calls: false,
    previous_response_id: request.previous_response_id ?? null,
    store: false,
    text: { format: { type: 'text' } },
    tool_choice: 'none',
    tools: [],
    truncation: 'disabled',
    usage: {
      input_tokens: inputTokens,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: outputTokens,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: inputTokens + outputTokens,
    },
    metadata: request.metadata ?? {},
    lionrock: lionrockPart(result),
  };
}

/**
 * A `url_citation` for each `[n]` marker in the answer (not in the sources listed after it) whose source
 * has an address and which the cut left whole; indices are the text's UTF-16 offsets, as JavaScript slices.
 */
function citationMarks(result: AskResult, text: string): z.infer<typeof annotation>[] {
  const marks = [];
  for (const citation of result.citations) {
    if (!citation.url) continue;
    const marker = `[${citation.n}]`;
    for (let at = result.answer.indexOf(marker); at >= 0; at = result.answer.indexOf(marker, at + 1)) {
      if (at + marker.length > text.length) break;
      marks.push({
        type: 'url_citation' as const,
        start_index: at,
        end_index: at + marker.length,
        url: citation.url,
        title: citation.title,
      });
    }
  }
  return marks.sort((a, b) => a.start_index - b.start_index);
}

/**
 * The response as OpenAI's typed stream: created, in progress, the message and its text part added, the
 * text in small deltas, each annotation, everything done, then completed (or incomplete when cut).
 */
function stream(request: FastifyRequest, reply: FastifyReply, response: ResponseObject, sessionId: string): void {
  const [message] = response.output;
  const [text] = message?.content ?? [];
  if (!message || !text) throw new Error('a response has one message with one text part');
  const raw = openEventStream(reply, request.id, { 'x-lionrock-session': sessionId });
  let sequence = 0;
  const send = (type: string, fields: Record<string, unknown>) =>
    raw.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...fields })}\n\n`);
  const started = { ...response, status: 'in_progress' as const, incomplete_details: null, output: [], usage: null };
  send('response.created', { response: started });
  send('response.in_progress', { response: started });
  const at = { item_id: message.id, output_index: 0 };
  send('response.output_item.added', { output_index: 0, item: { ...message, status: 'in_progress', content: [] } });
  const where = { ...at, content_index: 0 };
  send('response.content_part.added', { ...where, part: { type: 'output_text', text: '', annotations: [] } });
  for (const delta of answerPieces(text.text)) send('response.output_text.delta', { ...where, delta, logprobs: [] });
  for (const [index, annotation] of text.annotations.entries()) {
    send('response.output_text.annotation.added', { ...where, annotation_index: index, annotation });
  }
  send('response.output_text.done', { ...where, text: text.text, logprobs: [] });
  send('response.content_part.done', { ...where, part: text });
  send('response.output_item.done', { output_index: 0, item: message });
  send(response.status === 'incomplete' ? 'response.incomplete' : 'response.completed', { response });
  raw.end();
}
