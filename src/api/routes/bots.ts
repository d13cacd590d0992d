import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  botAnalytics,
  parseBotConfig,
  type ConversationDeps,
  createBot,
  getBot,
  listBots,
  publishBot,
  updateBotConfig,
  type BotView,
} from '../../chat/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { botIdSchema, botParams, errorResponses, timestamp } from '../schemas.ts';

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

/** Bot management: create, change (a new draft), publish, analytics. */
export function botRoutes(app: FastifyInstance, deps: ConversationDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db;

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
      const view = await createBot(db, serviceContext(request), {
        id: request.body.id,
        departmentId: request.body.departmentId,
        config: parseBotConfig(request.body.config, ['body', 'config']),
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
}
