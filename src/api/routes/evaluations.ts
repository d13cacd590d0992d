import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type EvaluationRun,
  getEvaluationRun,
  GRADES,
  listEvaluationRuns,
  setEvaluationSchedule,
  startEvaluation,
  SUITE_KINDS,
  suiteCatalogue,
  type EvaluationItem,
  VERDICT_REASON_CODES,
  verdictReasonText,
} from '../../governance/index.ts';
import { type ReaderLocale, readerLocale } from '../../core/index.ts';
import { traditionalToSimplified } from '../../retrieval/index.ts';
import type { Db } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { botParams, errorResponses, idParams, timestamp } from '../schemas.ts';

const tags = ['evaluations'];
const security = [{ bearer: [] }];
const bilingual = z.object({ en: z.string(), 'zh-Hant': z.string() });
const bilingualText = z.object({ en: z.string(), zhHant: z.string() });

const suiteSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: z.enum(SUITE_KINDS),
  name: bilingual,
  description: bilingual,
  datasets: z.array(z.string()),
  promptTemplates: z.array(z.string()),
  metric: z.string(),
  gradingScale: z.record(z.string(), z.tuple([z.number(), z.number()])).describe('Moonshot bands: grade → [low, high]'),
  passThreshold: z.number().describe('The score (0–100) a run needs to pass'),
  limit: z.number().int().describe('Items taken from each dataset'),
  source: z.object({ name: z.string(), file: z.string(), licence: z.string() }).optional(),
});

const runSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  botId: z.string(),
  botVersion: z.number().int().describe('The bot version evaluated (its latest when the run started)'),
  suiteId: z.string(),
  suiteVersion: z.number().int(),
  status: z.enum(['queued', 'running', 'passed', 'failed', 'error']),
  score: z.number().nullable().describe('Share of items passed, 0–100'),
  grade: z.enum(GRADES).nullable(),
  passThreshold: z.number(),
  itemCount: z.number().int(),
  passedCount: z.number().int(),
  jobId: z.string().nullable(),
  trigger: z.enum(['on_demand', 'schedule']),
  triggeredBy: z.string(),
  error: z.string().nullable(),
  createdAt: timestamp,
  startedAt: timestamp.nullable(),
  finishedAt: timestamp.nullable(),
});

const itemSchema = z.object({
  ordinal: z.number().int(),
  itemId: z.string(),
  category: z.string(),
  language: z.string(),
  prompt: z.string(),
  expected: z.string().nullable(),
  answer: z.string(),
  outcome: z.string(),
  citations: z.array(z.string()),
  verdict: z.enum(['pass', 'fail']),
  reason: z
    .string()
    .describe('Why, in the language Accept-Language asks for (an item stored before reason codes: its English words)'),
  reasonCode: z
    .enum(VERDICT_REASON_CODES)
    .nullable()
    .describe('Why, as a stable code (null: an item stored before reason codes)'),
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])).describe('The values the reason names'),
  reasonText: bilingualText.describe('Why, in English and Traditional Chinese'),
});

const runJson = (run: EvaluationRun) => ({
  ...run,
  grade: run.grade ?? null,
  createdAt: run.createdAt.toISOString(),
  startedAt: run.startedAt?.toISOString() ?? null,
  finishedAt: run.finishedAt?.toISOString() ?? null,
});

/** An item with its reason worded from its code, in the reader's language and in both. */
function itemJson(
  { id: _id, runId: _runId, reasonCode, reasonParams, reason, ...item }: EvaluationItem,
  reader: ReaderLocale,
) {
  const code = VERDICT_REASON_CODES.find((c) => c === reasonCode) ?? null;
  const text = verdictReasonText({ code, params: reasonParams }, reason);
  const worded =
    reader === 'en' || !code ? text.en : reader === 'zh-Hans' ? traditionalToSimplified(text.zhHant) : text.zhHant;
  return { ...item, reason: worded, reasonCode: code, reasonParams: reasonParams ?? {}, reasonText: text };
}

/** Evaluation suites, runs against a bot (as jobs), a run's items and a bot's history, schedules. */
export function evaluationRoutes(app: FastifyInstance, db: Db): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const catalogue = suiteCatalogue();
  const suiteIds = catalogue.ids() as [string, ...string[]];

  api.get(
    '/api/v1/evaluations/suites',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'Evaluation suites (Moonshot shape: datasets, prompt templates, metric, grading scale A–E)',
        response: { 200: z.object({ items: z.array(suiteSchema) }), ...errorResponses },
      },
    },
    async () => ({
      items: catalogue.list().map(({ options: _options, ...suite }) => suite),
    }),
  );
  api.post(
    '/api/v1/bots/:botId/evaluations',
    {
      onRequest: authorize('evaluation:run'),
      schema: {
        tags,
        security,
        summary: "Run a suite against the bot's latest version: queued as a job (202); poll the run or the job",
        params: botParams,
        body: z.object({ suiteId: z.enum(suiteIds).describe('A suite of GET /api/v1/evaluations/suites') }).strict(),
        response: {
          202: z.object({ run: runSchema, job: z.object({ id: z.string(), status: z.string() }) }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { run, job } = await startEvaluation(db, serviceContext(request), {
        botId: request.params.botId,
        suiteId: request.body.suiteId,
      });
      return reply.code(202).send({ run: runJson(run), job: { id: job.id, status: job.status } });
    },
  );
  api.get(
    '/api/v1/bots/:botId/evaluations',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: "The bot's evaluation runs, newest first: its history",
        params: botParams,
        querystring: z
          .object({
            suiteId: z.enum(suiteIds).optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          })
          .strict(),
        response: { 200: z.object({ items: z.array(runSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (
        await listEvaluationRuns(db, requirePrincipal(request), request.params.botId, {
          suiteId: request.query.suiteId,
          limit: request.query.limit,
        })
      ).map(runJson),
    }),
  );
  api.get(
    '/api/v1/evaluations/:id',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'An evaluation run with every item: prompt, answer, verdict and why',
        params: idParams,
        response: { 200: runSchema.extend({ items: z.array(itemSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const { run, items } = await getEvaluationRun(db, requirePrincipal(request), request.params.id);
      const reader = readerLocale(request.headers['accept-language']);
      return { ...runJson(run), items: items.map((item) => itemJson(item, reader)) };
    },
  );
  api.put(
    '/api/v1/bots/:botId/evaluation-schedule',
    {
      onRequest: authorize('evaluation:run'),
      schema: {
        tags,
        security,
        summary: "How often the bot's required suites run on their own (null: on demand only)",
        params: botParams,
        body: z
          .object({
            intervalHours: z
              .number()
              .int()
              .min(1)
              .max(24 * 366)
              .nullable()
              .describe('Hours between scheduled runs, 1 to 8784; null: none'),
          })
          .strict(),
        response: {
          200: z.object({ botId: z.string(), intervalHours: z.number().int().nullable(), updatedAt: timestamp }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const row = await setEvaluationSchedule(
        db,
        serviceContext(request),
        request.params.botId,
        request.body.intervalHours,
      );
      return { botId: row.botId, intervalHours: row.intervalHours, updatedAt: row.updatedAt.toISOString() };
    },
  );
}
