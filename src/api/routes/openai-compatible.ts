import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AskResult, ask, type ConversationDeps } from '../../chat/index.ts';
import { AppError, type LocalizedText } from '../../core/index.ts';
import { answerPieces, openEventStream } from '../event-stream.ts';
import { openAiErrorResponses } from '../openai-error.ts';
import {
  admitToBot,
  type Answer,
  asksNoTool,
  cutAt,
  estimateTokens,
  lionrockPart,
  lionrockSchema,
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
import type { PublicRateLimit } from '../public-rate-limit.ts';
import { chatCompletionSchema } from '../schemas.ts';

const message = z
  .object({
    role: z.enum(['system', 'user', 'assistant', 'developer', 'tool']),
    content: z.union([z.string(), z.array(messagePartSchema)]),
    name: z.string().optional(),
  })
  .passthrough();

const body = z
  .object({
    model: z.string().min(1).max(64).describe('The bot id, e.g. demo-1823'),
    messages: z.array(message).min(1).max(100),
    stream: z.boolean().optional(),
    /** OpenAI's end-user id; LionRock reads it as the conversation id to continue. */
    user: z.string().max(64).optional(),
    n: z.number().int().optional().describe('How many answers: LionRock gives one, so only 1 is accepted'),
    max_tokens: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Cut the answer at about this many tokens (finish_reason `length`)'),
    max_completion_tokens: z.number().int().min(1).optional().describe('The same as max_tokens'),
    stream_options: z
      .object({ include_usage: z.boolean().optional().describe('End the stream with a usage chunk') })
      .passthrough()
      .optional()
      .describe('Only with stream: true'),
    response_format: z
      .object({ type: z.string() })
      .passthrough()
      .optional()
      .describe('Only {"type": "text"}: answers are approved text, not JSON'),
    logprobs: z.boolean().nullish().describe('Only false: answers are approved text, without token probabilities'),
    top_logprobs: z.number().int().nullish().describe('Only 0: answers are approved text, without token probabilities'),
    tools: z.array(z.unknown()).nullish().describe('Only none: a bot calls no tools'),
    tool_choice: z.unknown().optional().describe('Only "none" or "auto": a bot calls no tools'),
    functions: z.array(z.unknown()).nullish().describe('Only none (the older form of tools)'),
    function_call: z.unknown().optional().describe('Only "none" or "auto" (the older form of tool_choice)'),
  })
  // Clients send many optional sampling fields (temperature, top_p…); they do not apply to a
  // knowledge-bound bot, which quotes or grounds its answers, so they change nothing.
  .passthrough();

type Body = z.infer<typeof body>;

const completion = chatCompletionSchema.extend({
  lionrock: lionrockSchema,
});

/** A parameter LionRock cannot honour (a refusal names it in `param`). */
type RefusedParameter =
  | 'n'
  | 'response_format'
  | 'stream_options'
  | 'logprobs'
  | 'top_logprobs'
  | 'tools'
  | 'tool_choice'
  | 'functions'
  | 'function_call';

/**
 * Why each parameter is refused, in both languages: the problem renderer picks the asker's
 * (Accept-Language), so the refusal itself stays the same whoever asks.
 */
const REFUSED: Record<RefusedParameter, LocalizedText> = {
  n: { en: 'must be 1: a bot gives one answer per question', zhHant: '必須為 1：聊天機械人每個問題只給一個答案' },
  response_format: {
    en: 'must be {"type": "text"}: a bot answers with approved text, not JSON',
    zhHant: '必須為 {"type": "text"}：聊天機械人以核准文字回答，不是 JSON',
  },
  stream_options: { en: 'is only accepted with "stream": true', zhHant: '只可與 "stream": true 一併使用' },
  logprobs: NO_PROBABILITIES,
  top_logprobs: NO_PROBABILITIES,
  tools: NO_TOOLS,
  tool_choice: NO_TOOL_CHOICE,
  functions: NO_TOOLS,
  function_call: NO_TOOL_CHOICE,
};

/**
 * `POST /v1/chat/completions` with `model` = a bot id, so existing OpenAI clients and SDKs can talk
 * to LionRock bots (streaming included). The last user message is the question and the earlier
 * user messages are the conversation so far (a follow-up is read in their topic); `user` may carry
 * LionRock's conversation id instead. Sources are appended to the answer text. `max_tokens`,
 * `stream_options.include_usage`, `n` and `response_format` are honoured or refused with a 400
 * naming the parameter (issue #13, item 11); so are `logprobs`, `top_logprobs` and the tool
 * parameters, which a bot cannot honour at all (their "none of that" values are accepted), and any
 * message part that is not text (an image, audio, a file).
 */
export function openAiCompatibleRoutes(app: FastifyInstance, deps: ConversationDeps, rateLimit: PublicRateLimit): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/v1/chat/completions',
    {
      schema: {
        tags: ['openai-compatible'],
        security: [{}, { bearer: [] }],
        summary: 'OpenAI-compatible chat completions; `model` is a published bot id',
        body,
        response: { 200: completion, ...openAiErrorResponses },
      },
    },
    async (request, reply) => {
      refuseUnsupported(request.body);
      const botId = request.body.model;
      await admitToBot(deps, rateLimit, request, reply, botId);
      const asked = request.body.messages.filter((m) => m.role === 'user').map((m) => partsText(m.content));
      const sessionId = request.body.user && /^[0-9a-f-]{36}$/i.test(request.body.user) ? request.body.user : undefined;
      const input = {
        botId,
        ...questionAndHistory(asked, 'body.messages'),
        actor: request.principal,
        requestId: request.id,
      };
      const result = await ask(deps, { ...input, sessionId }).catch((error: unknown) => {
        // `user` names no conversation with this bot: start a new one.
        if (error instanceof AppError && error.code === 'not_found' && sessionId) return ask(deps, input);
        throw error;
      });
      const answer = cutAt(withSources(result), request.body.max_completion_tokens ?? request.body.max_tokens);
      const usage = usageOf(request.body.messages, answer.content);
      if (request.body.stream) {
        return stream(request, reply, botId, answer, result, request.body.stream_options?.include_usage ? usage : null);
      }
      return {
        id: `chatcmpl-${randomUUID()}`,
        object: 'chat.completion' as const,
        created: Math.floor(Date.now() / 1000),
        model: botId,
        choices: [
          {
            index: 0,
            message: { role: 'assistant' as const, content: answer.content },
            finish_reason: finishReason(answer),
          },
        ],
        usage,
        lionrock: lionrockPart(result),
      };
    },
  );
}

/** Parameters LionRock cannot honour are refused, naming the parameter, never silently ignored. */
function refuseUnsupported(request: Body): void {
  const refuse = (param: RefusedParameter): never => refuseParameter(param, REFUSED[param]);
  if (request.n !== undefined && request.n !== 1) refuse('n');
  if (request.response_format && request.response_format.type !== 'text') refuse('response_format');
  if (request.stream_options && request.stream !== true) refuse('stream_options');
  if (request.logprobs) refuse('logprobs');
  if (request.top_logprobs) refuse('top_logprobs');
  if (request.tools?.length) refuse('tools');
  if (!asksNoTool(request.tool_choice)) refuse('tool_choice');
  if (request.functions?.length) refuse('functions');
  if (!asksNoTool(request.function_call)) refuse('function_call');
  for (const [at, { content }] of request.messages.entries()) {
    if (typeof content !== 'string') refuseNonTextPart(content, `messages.${at}.content`, TEXT_PARTS);
  }
}

/** The part a chat message carries text in. */
const TEXT_PARTS = new Set(['text']);

function usageOf(messages: Body['messages'], answer: string) {
  const promptTokens = estimateTokens(messages.map((m) => partsText(m.content)).join('\n'));
  const completionTokens = estimateTokens(answer);
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

const finishReason = (answer: Answer) => (answer.cut ? 'length' : 'stop');

/** The answer as chat.completion.chunk events; with `usage` (include_usage), a last chunk carrying it. */
function stream(
  request: FastifyRequest,
  reply: FastifyReply,
  model: string,
  answer: Answer,
  result: AskResult,
  usage: ReturnType<typeof usageOf> | null,
): void {
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const raw = openEventStream(reply, request.id, { 'x-lionrock-session': result.sessionId });
  const send = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    raw.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices, ...(usage ? { usage: null } : {}), ...extra })}\n\n`,
    );
  const chunk = (delta: Record<string, string>, finish: string | null) =>
    send([{ index: 0, delta, finish_reason: finish }]);
  chunk({ role: 'assistant', content: '' }, null);
  for (const piece of answerPieces(answer.content)) chunk({ content: piece }, null);
  chunk({}, finishReason(answer));
  // As OpenAI sends it: no choices, the whole exchange's usage.
  if (usage) send([], { usage });
  raw.write('data: [DONE]\n\n');
  raw.end();
}
