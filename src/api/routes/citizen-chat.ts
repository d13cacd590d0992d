import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ASK_OUTCOMES,
  type AskResult,
  ask,
  type ConversationDeps,
  FEEDBACK_REASONS,
  giveFeedback,
  handoffForCitizen,
  loadBot,
  PUBLIC_ACTOR,
} from '../../chat/index.ts';
import { AppError, notFound } from '../../core/index.ts';
import { publicNoticePath } from '../../governance/index.ts';
import { answerPieces, openEventStream } from '../event-stream.ts';
import type { PublicRateLimit } from '../public-rate-limit.ts';
import { botParams, errorResponses, languageSchema, text, timestamp } from '../schemas.ts';
import { toJson } from '../to-json.ts';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const tags = ['bots'];
const publicSecurity = [{}, { bearer: [] }];

export const askBody = z
  .object({
    question: text(2000),
    sessionId: z.uuid({ message: 'must be a session id from an earlier answer' }).optional(),
    language: languageSchema.optional(),
    acceptHandoff: z
      .boolean()
      .optional()
      .describe(
        'The citizen wants a person: accepts the offer made after a question the bot could not answer, or asks outright. ' +
          'A case opens; its reference and check code are in `handoff` (the code only this once).',
      ),
    contact: text(200)
      .optional()
      .describe(
        'A phone number or e-mail for a callback, with `acceptHandoff`: kept encrypted for the handling officer',
      ),
  })
  .strict();

/** Checks of a case by reference per minute and client address, as for asking a bot. */
const HANDOFF_CHECKS_PER_MINUTE = 30;

export const askResponse = z.object({
  sessionId: z.string(),
  messageId: z.string(),
  answer: z.string(),
  language: languageSchema,
  outcome: z.enum(ASK_OUTCOMES),
  confidence: z.number(),
  citations: z.array(
    z.object({
      n: z.number().int(),
      title: z.string(),
      url: z.string().nullable(),
      excerpt: z.string(),
      sourceId: z.string(),
      entryId: z.string(),
      page: z.number().int().nullable(),
    }),
  ),
  handoff: z
    .object({
      reference: z.string(),
      checkCode: z.string().describe('Shown only in this answer: with the reference it shows the reply on any device'),
    })
    .nullable(),
});

/** What citizens use, with or without a key: a published bot's face, asking, feedback, handoff status. */
export function citizenChatRoutes(app: FastifyInstance, deps: ConversationDeps, rateLimit: PublicRateLimit): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db;

  /** A published bot, for anyone; limits anonymous callers. */
  const publishedBot = async (request: FastifyRequest, reply: FastifyReply, botId: string) => {
    const view = await deps.caches.bots.get(botId, () => loadBot(db, botId));
    if (!view?.published) throw notFound('Bot');
    await rateLimit(request, reply, botId, view.published.config.publicRatePerMinute);
    return view.published;
  };
  type AskRequest = Pick<FastifyRequest, 'principal' | 'id'> & {
    params: { botId: string };
    body: z.infer<typeof askBody>;
  };
  const askAs = (request: AskRequest) => {
    if (request.body.contact !== undefined && request.body.acceptHandoff !== true) {
      throw new AppError(
        'validation_failed',
        { en: 'Contact details are taken when accepting a handoff', zhHant: '只在接受轉介時才收集聯絡資料' },
        [
          {
            field: 'body.contact',
            code: 'needs_accept_handoff',
            message: { en: 'is only taken with acceptHandoff: true', zhHant: '只在 acceptHandoff 為 true 時接受' },
          },
        ],
      );
    }
    return ask(deps, { botId: request.params.botId, ...request.body, actor: request.principal, requestId: request.id });
  };

  api.get(
    '/api/v1/bots/:botId/public',
    {
      schema: {
        tags,
        security: publicSecurity,
        summary: 'What the widget shows of a published bot (anyone)',
        params: botParams,
        response: {
          200: z.object({
            id: z.string(),
            name: bilingual,
            greeting: bilingual,
            disclosure: bilingual,
            fallback: bilingual,
            languages: z.array(languageSchema),
            transparency: z
              .string()
              .nullable()
              .describe('The path of its public transparency notice (issue #18), or null when none is published'),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const published = await publishedBot(request, reply, request.params.botId);
      const { name, greeting, disclosure, fallback, languages } = published.config;
      const transparency = await publicNoticePath(db, published.botId);
      return { id: published.botId, name, greeting, disclosure, fallback, languages, transparency };
    },
  );
  api.post(
    '/api/v1/bots/:botId/ask',
    {
      schema: {
        tags,
        security: publicSecurity,
        summary: 'Ask a published bot (anyone; anonymous callers are rate-limited)',
        params: botParams,
        body: askBody,
        response: { 200: askResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      await publishedBot(request, reply, request.params.botId);
      return askAs(request);
    },
  );
  api.post(
    '/api/v1/bots/:botId/ask/stream',
    {
      schema: {
        tags,
        security: publicSecurity,
        summary:
          'Ask, streamed as server-sent events: `meta`, then `delta` pieces of the answer, then `done` with the full result',
        params: botParams,
        body: askBody,
        produces: ['text/event-stream'],
      },
    },
    async (request, reply) => {
      await publishedBot(request, reply, request.params.botId);
      const result = await askAs(request);
      streamResult(reply, result, request.id);
    },
  );
  api.post(
    '/api/v1/bots/:botId/feedback',
    {
      schema: {
        tags,
        security: publicSecurity,
        summary: 'Thumbs up or down on an answer, with reasons',
        params: botParams,
        body: z
          .object({
            sessionId: z.uuid(),
            messageId: z.uuid(),
            rating: z.enum(['up', 'down']),
            reasons: z.array(z.enum(FEEDBACK_REASONS)).max(6).optional(),
            comment: text(1000).optional(),
          })
          .strict(),
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      await publishedBot(request, reply, request.params.botId);
      // The answer may still be in this node's turn batch.
      await deps.turns.flush();
      await giveFeedback(db, request.principal ?? PUBLIC_ACTOR, request.id, {
        botId: request.params.botId,
        ...request.body,
      });
      return { ok: true as const };
    },
  );
  api.get(
    '/api/v1/handoffs/:reference',
    {
      schema: {
        tags: ['handoffs'],
        security: publicSecurity,
        summary:
          'The citizen checks a handoff by its reference and the check code shown when it opened (any device), ' +
          'or from the conversation it came from; a wrong code is the same 404 as an unknown reference',
        params: z
          .object({
            reference: z.string().regex(/^LR-\d{6}-[0-9A-Z]{6}$/, 'must be a reference like LR-261121-7K3Q9A'),
          })
          .strict(),
        querystring: z
          .object({
            code: z.string().min(1).max(64).optional().describe('The check code shown once when the case opened'),
            sessionId: z.uuid().optional().describe('The conversation the case came from'),
          })
          .strict(),
        response: {
          200: z.object({
            reference: z.string(),
            status: z.string(),
            reply: z.string().nullable(),
            repliedAt: timestamp.nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { code, sessionId } = request.query;
      if (code === undefined && sessionId === undefined) {
        throw new AppError(
          'validation_failed',
          { en: 'Give the check code (or the conversation) of the case', zhHant: '請提供個案的查詢碼（或對話編號）' },
          [
            {
              field: 'querystring.code',
              code: 'required',
              message: { en: 'is required (or sessionId)', zhHant: '必須填寫（或提供 sessionId）' },
            },
          ],
        );
      }
      // Limited like asking: the check code must not be guessable by trying.
      await rateLimit(request, reply, ':handoff-check', HANDOFF_CHECKS_PER_MINUTE);
      const found = await handoffForCitizen(
        db,
        request.params.reference,
        code !== undefined ? { code } : { sessionId: sessionId ?? '' },
      );
      return toJson(found);
    },
  );
}

function streamResult(reply: FastifyReply, result: AskResult, requestId: string): void {
  const raw = openEventStream(reply, requestId);
  const send = (event: string, data: unknown) => raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  send('meta', { sessionId: result.sessionId, messageId: result.messageId, language: result.language });
  for (const piece of answerPieces(result.answer)) send('delta', { text: piece });
  send('done', result);
  raw.end();
}
