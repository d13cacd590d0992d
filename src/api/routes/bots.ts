import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type AskResult,
  ask,
  botAnalytics,
  botConfigSchema,
  type ConversationDeps,
  createBot,
  FEEDBACK_REASONS,
  getBot,
  giveFeedback,
  handoffForCitizen,
  listBots,
  loadBot,
  publishBot,
  updateBotConfig,
  type BotView,
} from '../../chat/index.ts';
import { AppError, notFound } from '../../core/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { errorResponses, text, timestamp } from '../schemas.ts';

const botIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be 2–64 lower-case letters, digits or hyphens');
const botParams = z.object({ botId: botIdSchema }).strict();
const bilingual = z.object({ zh: z.string(), en: z.string() });
const languageSchema = z.enum(['zh-Hant', 'zh-Hans', 'en']);

export const askBody = z
  .object({
    question: text(2000),
    sessionId: z.uuid({ message: 'must be a session id from an earlier answer' }).optional(),
    language: languageSchema.optional(),
  })
  .strict();

export const askResponse = z.object({
  sessionId: z.string(),
  messageId: z.string(),
  answer: z.string(),
  language: languageSchema,
  outcome: z.enum(['answered', 'fallback', 'blocked']),
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
  handoff: z.object({ reference: z.string() }).nullable(),
});

const versionSchema = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'published', 'superseded']),
  config: z.record(z.string(), z.unknown()),
  createdBy: z.string(),
  publishedAt: timestamp.nullable(),
});
const botViewSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  publishedVersion: z.number().int().nullable(),
  published: versionSchema.nullable(),
  latest: versionSchema,
});

const viewJson = (view: BotView) => {
  const version = (v: BotView['latest']) => ({
    version: v.version,
    status: v.status,
    config: v.config as unknown as Record<string, unknown>,
    createdBy: v.createdBy,
    publishedAt: v.publishedAt?.toISOString() ?? null,
  });
  return {
    id: view.bot.id,
    departmentId: view.bot.departmentId,
    publishedVersion: view.bot.publishedVersion,
    published: view.published ? version(view.published) : null,
    latest: version(view.latest),
  };
};

const tags = ['bots'];
const security = [{ bearer: [] }];
const publicSecurity = [{}, { bearer: [] }];

/** Limits anonymous citizens per client address (the shared limiter lives in the database). */
export type PublicRateLimit = (
  request: FastifyRequest,
  reply: FastifyReply,
  botId: string,
  perMinute: number,
) => Promise<void>;

/** Bot management, the citizen-facing ask/feedback routes and the handoff status a citizen checks. */
export function botRoutes(app: FastifyInstance, deps: ConversationDeps, rateLimit: PublicRateLimit): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db;

  /** A published bot, for anyone; limits anonymous callers. */
  const publishedBot = async (request: FastifyRequest, reply: FastifyReply, botId: string) => {
    const view = await deps.caches.bots.get(botId, () => loadBot(db, botId));
    if (!view?.published) throw notFound('Bot');
    if (!request.principal) await rateLimit(request, reply, botId, view.published.config.publicRatePerMinute);
    return view;
  };

  api.get(
    '/api/v1/bots',
    {
      onRequest: authorize('bot:read'),
      schema: {
        tags,
        security,
        summary: "The department's bots",
        response: {
          200: z.object({
            items: z.array(
              z.object({ id: z.string(), departmentId: z.string(), publishedVersion: z.number().int().nullable() }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      items: (await listBots(db, requirePrincipal(request))).map(({ id, departmentId, publishedVersion }) => ({
        id,
        departmentId,
        publishedVersion,
      })),
    }),
  );
  api.post(
    '/api/v1/bots',
    {
      onRequest: authorize('bot:manage'),
      schema: {
        tags,
        security,
        summary: 'Create a bot (a draft until published)',
        body: z
          .object({ id: botIdSchema, departmentId: z.uuid().optional(), config: z.record(z.string(), z.unknown()) })
          .strict(),
        response: { 201: botViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const config = parseConfig(request.body.config);
      const view = await createBot(db, serviceContext(request), {
        id: request.body.id,
        departmentId: request.body.departmentId,
        config,
      });
      return reply.code(201).send(viewJson(view));
    },
  );
  api.get(
    '/api/v1/bots/:botId',
    {
      onRequest: authorize('bot:read'),
      schema: {
        tags,
        security,
        summary: 'A bot with its published and latest versions',
        params: botParams,
        response: { 200: botViewSchema, ...errorResponses },
      },
    },
    async (request) => viewJson(await getBot(db, requirePrincipal(request), request.params.botId)),
  );
  api.patch(
    '/api/v1/bots/:botId',
    {
      onRequest: authorize('bot:manage'),
      schema: {
        tags,
        security,
        summary: 'Change a bot: makes a new draft version (published versions never change)',
        params: botParams,
        body: z.record(z.string(), z.unknown()),
        response: { 200: botViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const shape = botConfigSchema.safeParse({
        ...(await getBot(db, requirePrincipal(request), request.params.botId)).latest.config,
        ...request.body,
      });
      if (!shape.success) throw configProblem(shape.error.issues, ['body']);
      const view = await updateBotConfig(db, serviceContext(request), request.params.botId, request.body);
      deps.caches.bots.invalidate(request.params.botId);
      return viewJson(view);
    },
  );
  api.post(
    '/api/v1/bots/:botId/publish',
    {
      onRequest: authorize('bot:publish'),
      schema: {
        tags,
        security,
        summary: 'Publish the latest draft version',
        params: botParams,
        response: { 200: botViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const view = await publishBot(db, serviceContext(request), request.params.botId);
      deps.caches.bots.invalidate(request.params.botId);
      return viewJson(view);
    },
  );
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
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const view = await publishedBot(request, reply, request.params.botId);
      const { name, greeting, disclosure, fallback, languages } = view.published?.config ?? view.latest.config;
      return { id: view.bot.id, name, greeting, disclosure, fallback, languages };
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
      return ask(deps, {
        botId: request.params.botId,
        ...request.body,
        actor: request.principal,
        requestId: request.id,
      });
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
      const result = await ask(deps, {
        botId: request.params.botId,
        ...request.body,
        actor: request.principal,
        requestId: request.id,
      });
      reply.hijack();
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
      await giveFeedback(db, request.principal ?? { id: 'public', roles: ['public'], departmentId: null }, request.id, {
        botId: request.params.botId,
        ...request.body,
      });
      return { ok: true as const };
    },
  );
  api.get(
    '/api/v1/bots/:botId/analytics',
    {
      onRequest: authorize('bot:read'),
      schema: {
        tags,
        security,
        summary: 'Questions by outcome, feedback by rating and reason, recent unanswered questions',
        params: botParams,
        querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }).strict(),
        response: {
          200: z.object({
            questions: z.number().int(),
            outcomes: z.object({ answered: z.number().int(), fallback: z.number().int(), blocked: z.number().int() }),
            feedback: z.object({
              up: z.number().int(),
              down: z.number().int(),
              reasons: z.record(z.string(), z.number().int()),
            }),
            recentUnanswered: z.array(z.object({ question: z.string(), at: timestamp })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      await deps.turns.flush();
      const since = new Date(Date.now() - request.query.days * 86_400_000);
      return botAnalytics(db, requirePrincipal(request), request.params.botId, since);
    },
  );
  api.get(
    '/api/v1/handoffs/:reference',
    {
      schema: {
        tags: ['handoffs'],
        security: publicSecurity,
        summary: 'The citizen checks a handoff by its reference, from the conversation it came from',
        params: z
          .object({
            reference: z.string().regex(/^LR-\d{6}-[0-9A-Z]{6}$/, 'must be a reference like LR-261121-7K3Q9A'),
          })
          .strict(),
        querystring: z.object({ sessionId: z.uuid() }).strict(),
        response: {
          200: z.object({ reference: z.string(), status: z.string(), reply: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => handoffForCitizen(db, request.params.reference, request.query.sessionId),
  );
}

/** Answers are short: stream them in small pieces so clients render progressively. */
function streamResult(reply: FastifyReply, result: AskResult, requestId: string): void {
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-request-id': requestId,
  });
  const send = (event: string, data: unknown) => raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  send('meta', { sessionId: result.sessionId, messageId: result.messageId, language: result.language });
  for (const piece of result.answer.match(/[\s\S]{1,24}/g) ?? []) send('delta', { text: piece });
  send('done', result);
  raw.end();
}

function parseConfig(input: unknown) {
  const parsed = botConfigSchema.safeParse(input);
  if (!parsed.success) throw configProblem(parsed.error.issues, ['body', 'config']);
  return parsed.data;
}

function configProblem(
  issues: readonly { path: PropertyKey[]; code: string; message: string }[],
  prefix: string[],
): AppError {
  const fields = issues.map((issue) => ({
    field: [...prefix, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issue.message,
  }));
  return new AppError('validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
}
