import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AskResult, ask, type ConversationDeps, loadBot } from '../../chat/index.ts';
import { AppError, truncateText } from '../../core/index.ts';
import { answerPieces, openEventStream } from '../event-stream.ts';
import type { PublicRateLimit } from '../public-rate-limit.ts';
import { chatCompletionSchema, errorResponses } from '../schemas.ts';

const message = z
  .object({
    role: z.enum(['system', 'user', 'assistant', 'developer', 'tool']),
    content: z.union([z.string(), z.array(z.object({ type: z.string(), text: z.string().optional() }).passthrough())]),
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
  })
  // Clients send many optional sampling fields; they do not apply to a knowledge-bound bot.
  .passthrough();

const completion = chatCompletionSchema.extend({
  lionrock: z.object({
    sessionId: z.string(),
    outcome: z.string(),
    citations: z.array(z.unknown()),
    handoff: z.unknown(),
  }),
});

/**
 * `POST /v1/chat/completions` with `model` = a bot id, so existing OpenAI clients and SDKs can talk
 * to LionRock bots (streaming included). The last user message is the question; `user` carries the
 * conversation id between turns, and sources are appended to the answer text.
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
        response: { 200: completion, ...errorResponses },
      },
    },
    async (request, reply) => {
      const botId = request.body.model;
      const view = await deps.caches.bots.get(botId, () => loadBot(deps.db, botId));
      if (!view?.published) {
        throw new AppError('not_found', `No published bot "${botId}"`, [
          { field: 'body.model', code: 'unknown_model', message: 'must be the id of a published bot' },
        ]);
      }
      await rateLimit(request, reply, botId, view.published.config.publicRatePerMinute);
      const last = [...request.body.messages].reverse().find((m) => m.role === 'user');
      const question = last ? contentText(last.content) : '';
      if (!question.trim()) {
        throw new AppError('validation_failed', 'The last user message is empty', [
          { field: 'body.messages', code: 'no_question', message: 'must end with a user message that has text' },
        ]);
      }
      const sessionId = request.body.user && /^[0-9a-f-]{36}$/i.test(request.body.user) ? request.body.user : undefined;
      const input = { botId, question: truncateText(question, 2000), actor: request.principal, requestId: request.id };
      const result = await ask(deps, { ...input, sessionId }).catch((error: unknown) => {
        // `user` names no conversation with this bot: start a new one.
        if (error instanceof AppError && error.code === 'not_found' && sessionId) return ask(deps, input);
        throw error;
      });
      const content = withSources(result);
      if (request.body.stream) return stream(request, reply, botId, content, result);
      const promptTokens = estimateTokens(question);
      const completionTokens = estimateTokens(content);
      return {
        id: `chatcmpl-${randomUUID()}`,
        object: 'chat.completion' as const,
        created: Math.floor(Date.now() / 1000),
        model: botId,
        choices: [{ index: 0, message: { role: 'assistant' as const, content }, finish_reason: 'stop' }],
        usage: {
          prompt_tokens: promptTokens,
          completion_tokens: completionTokens,
          total_tokens: promptTokens + completionTokens,
        },
        lionrock: {
          sessionId: result.sessionId,
          outcome: result.outcome,
          citations: result.citations,
          handoff: result.handoff,
        },
      };
    },
  );
}

function contentText(content: z.infer<typeof message>['content']): string {
  return typeof content === 'string' ? content : content.map((part) => part.text ?? '').join(' ');
}

/** Plain clients show only the text, so the sources go into it. */
function withSources(result: AskResult): string {
  if (!result.citations.length) return result.answer;
  const sources = result.citations.map((c) => `[${c.n}] ${c.title}${c.url ? ` ${c.url}` : ''}`).join('\n');
  return `${result.answer}\n\n${result.language === 'en' ? 'Sources' : result.language === 'zh-Hans' ? '来源' : '來源'}:\n${sources}`;
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(Array.from(text).length / 2));
}

function stream(request: FastifyRequest, reply: FastifyReply, model: string, content: string, result: AskResult): void {
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  const raw = openEventStream(reply, request.id, { 'x-lionrock-session': result.sessionId });
  const chunk = (delta: Record<string, string>, finish: string | null) =>
    raw.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
    );
  chunk({ role: 'assistant', content: '' }, null);
  for (const piece of answerPieces(content)) chunk({ content: piece }, null);
  chunk({}, 'stop');
  raw.write('data: [DONE]\n\n');
  raw.end();
}
