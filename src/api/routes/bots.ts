import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ask,
  botAnalytics,
  botChangeSchema,
  botConfigSchema,
  parseBotConfig,
  type ConversationDeps,
  createBot,
  getBot,
  listBotSummaries,
  unpublishBot,
  updateBotConfig,
  type BotView,
} from '../../chat/index.ts';
import { ensureBotApplication, onBotConfigChanged, publishGovernedBot } from '../../governance/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { askResponse } from './citizen-chat.ts';
import {
  botIdSchema,
  botParams,
  errorResponses,
  languageSchema,
  reasonTextsSchema,
  text,
  timestamp,
} from '../schemas.ts';
import { goLiveRefusalSchema } from './go-live-schemas.ts';

const versionSchema = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'published', 'superseded']),
  config: botConfigSchema,
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
    config: v.config,
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

const publishBody = z
  .object({
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('The version the publisher was shown; refused (409) if another was saved since. Left out: the latest'),
  })
  .strict()
  .nullish()
  .describe('Optional: which version the publisher means');

const tags = ['bots'];
const security = [{ bearer: [] }];

const count = z.number().int();
const outcomeCounts = z
  .object({ answered: count, fallback: count, blocked: count, handoff: count })
  .describe('Answers by outcome; `handoff` counts the staff cases the bot opened');
const analyticsResponse = z.object({
  questions: count.describe('Questions asked in the period'),
  outcomes: outcomeCounts,
  days: z
    .array(
      z.object({
        date: z.string().describe('A Hong Kong calendar day (UTC+8), YYYY-MM-DD'),
        questions: count,
        outcomes: outcomeCounts,
        rates: z
          .object({ answered: z.number(), fallback: z.number(), blocked: z.number(), handoff: z.number() })
          .describe("Each outcome's share of the day's questions (0–1)"),
      }),
    )
    .describe('Every day of the period, oldest first, days without questions included'),
  feedback: z.object({ up: count, down: count, reasons: z.record(z.string(), count) }),
  unansweredGroups: z
    .array(
      z.object({
        label: z.string().describe('The phrasing asked most often'),
        count: count.describe('Unanswered questions in the group'),
        phrasings: z.array(z.object({ text: z.string(), count })).describe('Its phrasings, most common first'),
        lastAskedAt: timestamp,
      }),
    )
    .describe('Questions the bot could not answer, grouped by meaning, most asked first (top 20)'),
  recentUnanswered: z.array(z.object({ question: z.string(), at: timestamp })),
  comments: z
    .array(
      z.object({
        at: timestamp,
        question: z.string().nullable(),
        answer: z.string(),
        outcome: z.string().nullable(),
        rating: z.enum(['up', 'down']),
        reasons: z.array(z.string()),
        comment: z.string(),
      }),
    )
    .describe('Feedback with a comment, newest first (50), with the question and answer it is about'),
});

const previewBody = z
  .object({
    question: text(2000).describe('What a citizen might ask'),
    language: languageSchema.optional().describe('Answer in this language (default: the question’s)'),
  })
  .strict();
const previewResponse = askResponse.omit({ sessionId: true, messageId: true }).extend({
  version: z.number().int().describe('The bot version that answered: the latest, draft or published'),
  status: z.enum(['draft', 'published', 'superseded']),
  passages: z
    .array(
      z.object({
        sourceId: z.string(),
        entryId: z.string(),
        title: z.string(),
        excerpt: z.string(),
        confidence: z.number().describe('0–1; the bot answers from the first when it reaches the threshold'),
      }),
    )
    .describe('The passages retrieval found for the question (top 5, best first), whether used or not'),
  guard: z
    .array(
      z.object({
        stage: z.enum(['input', 'context', 'output']),
        code: z.string(),
        action: z.string(),
        reasons: z.array(z.string()).describe('Why, in English: the record, as the audit trail keeps it'),
        reasonTexts: reasonTextsSchema,
      }),
    )
    .describe("The guard's findings on the question (input), retrieved passages (context) and answer (output)"),
});
const botSummarySchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  publishedVersion: z.number().int().nullable(),
  name: z.object({ zh: z.string(), en: z.string() }).describe("The latest version's name"),
  latestVersion: z.number().int(),
  latestStatus: z.enum(['draft', 'published', 'superseded']),
  changedAt: timestamp.describe('When the latest version was made or the bot last published or unpublished'),
});

/** Bot management: create, change (a new draft), preview, publish, analytics. */
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
        response: { 200: z.object({ items: z.array(botSummarySchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listBotSummaries(db, requirePrincipal(request))).map((bot) => ({
        id: bot.id,
        departmentId: bot.departmentId,
        publishedVersion: bot.publishedVersion,
        name: bot.name,
        latestVersion: bot.latestVersion,
        latestStatus: bot.latestStatus,
        changedAt: bot.changedAt.toISOString(),
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
        body: z.object({ id: botIdSchema, departmentId: z.uuid().optional(), config: botConfigSchema }).strict(),
        response: { 201: botViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const view = await createBot(db, serviceContext(request), {
        id: request.body.id,
        departmentId: request.body.departmentId,
        config: parseBotConfig(request.body.config, ['body', 'config']),
      });
      // Every LionRock bot is an AI application (issue #16): registered as a draft beside the bot.
      await ensureBotApplication(db, serviceContext(request), view.bot.id);
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
        body: botChangeSchema,
        response: { 200: botViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const before = await getBot(db, requirePrincipal(request), request.params.botId);
      const view = await updateBotConfig(db, serviceContext(request), request.params.botId, request.body);
      // A significant change (model, knowledge sources, guard policy...) re-opens the go-live conditions it touches.
      await onBotConfigChanged(db, serviceContext(request), view.bot.id, before.latest.config, view.latest.config);
      deps.caches.bots.invalidate(request.params.botId);
      return viewJson(view);
    },
  );
  api.post(
    '/api/v1/bots/:botId/preview',
    {
      onRequest: authorize('bot:preview'),
      schema: {
        tags,
        security,
        summary:
          "Ask the bot's latest version, draft or not, over published knowledge; nothing is recorded " +
          '(no conversation, case or audit entry)',
        params: botParams,
        body: previewBody,
        response: { 200: previewResponse, ...errorResponses },
      },
    },
    async (request) => {
      const view = await getBot(db, requirePrincipal(request), request.params.botId);
      const {
        sessionId: _s,
        messageId: _m,
        inspection,
        ...answer
      } = await ask(deps, {
        botId: request.params.botId,
        question: request.body.question,
        language: request.body.language,
        actor: request.principal,
        requestId: request.id,
        preview: true,
      });
      return {
        ...answer,
        version: view.latest.version,
        status: view.latest.status,
        passages: inspection?.passages ?? [],
        guard: inspection?.guard ?? [],
      };
    },
  );
  api.post(
    '/api/v1/bots/:botId/publish',
    {
      onRequest: authorize('bot:publish'),
      schema: {
        tags,
        security,
        summary: 'Publish the latest draft version, if it passes the go-live gate',
        description:
          'The go-live gate (docs/governance.md) judges the version being published: a refusal is 409 with ' +
          '`conditions`, every unmet condition with what was found and what to do, in English and Chinese',
        params: botParams,
        body: publishBody,
        response: { 200: botViewSchema, ...errorResponses, 409: goLiveRefusalSchema },
      },
    },
    async (request) => {
      const view = await publishGovernedBot(db, serviceContext(request), request.params.botId, {
        version: request.body?.version,
      });
      deps.caches.bots.invalidate(request.params.botId);
      return viewJson(view);
    },
  );
  api.post(
    '/api/v1/bots/:botId/unpublish',
    {
      onRequest: authorize('bot:publish'),
      schema: {
        tags,
        security,
        summary: 'Withdraw the bot from citizens (none of its versions is served until one is published again)',
        params: botParams,
        response: { 200: botViewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const view = await unpublishBot(db, serviceContext(request), request.params.botId);
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
        summary:
          'Questions and outcomes per day, feedback by rating and reason, unanswered questions grouped by ' +
          'meaning, feedback comments with their turns',
        params: botParams,
        querystring: z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }).strict(),
        response: {
          200: analyticsResponse,
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
