import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type AiApplication,
  applicationModelSchema,
  applicationPatchSchema,
  type CatalogueEntry,
  type CatalogueGovernance,
  type CatalogueIndex,
  catalogueGovernance,
  catalogueEntryOf,
  createApplication,
  getApplication,
  getCatalogueEntry,
  type GoLiveCheck,
  GRADES,
  listApplications,
  newApplicationSchema,
  onApplicationChanged,
  requestReuse,
  reuseRequestSchema,
  setApplicationStatus,
  updateApplication,
} from '../../governance/index.ts';
import {
  AI_APPLICATION_STATUSES,
  AI_APPLICATION_TYPES,
  AI_LIFECYCLE_STAGES,
  ASSESSMENT_STAGES,
  ASSESSMENT_STATUSES,
  type Db,
  ENDORSER_CAPACITY_VALUES,
} from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { departmentFilter } from '../department-filter.ts';
import { errorResponses, idParams, timestamp } from '../schemas.ts';
import { goLiveRefusalSchema } from './go-live-schemas.ts';

const bilingual = z.object({ en: z.string(), zhHant: z.string() });
const riskLevelSchema = z.enum(['low', 'medium', 'high']);
const riskFields = {
  impact: z.enum(['low', 'high']).nullable().describe('From the impact assessment; null until assessed'),
  tier: z
    .enum(['unacceptable', 'high', 'limited', 'low'])
    .nullable()
    .describe('GenAI guideline tier; null until assessed'),
  riskLevel: riskLevelSchema.nullable().describe('The catalogue’s risk level; null until assessed'),
};

const catalogueEntrySchema = z
  .object({
    id: z.string(),
    departmentId: z.string(),
    type: z.enum(AI_APPLICATION_TYPES),
    name: bilingual,
    purpose: bilingual,
    publicFacing: z.boolean(),
    generative: z.boolean(),
    personalData: z.boolean(),
    models: z.array(applicationModelSchema),
    lifecycleStage: z.enum(AI_LIFECYCLE_STAGES),
    status: z.enum(AI_APPLICATION_STATUSES),
    ...riskFields,
    botId: z.string().nullable(),
    reusedFrom: z.string().nullable().describe('The application this one reuses'),
    updatedAt: timestamp,
  })
  .describe('What every department sees of an application in the catalogue');

const applicationSchema = catalogueEntrySchema
  .extend({
    ownerId: z.string().nullable().describe('The project owner (null only for a bot registered by the CLI)'),
    personalDataKinds: z.array(z.string()),
    dataSources: z.array(z.string()),
    revision: z.number().int(),
    createdBy: z.string(),
    createdAt: timestamp,
  })
  .describe('An AI application as its department sees it');

const governanceSummarySchema = z
  .object({
    assessment: z
      .object({
        stage: z.enum(ASSESSMENT_STAGES),
        status: z.enum(ASSESSMENT_STATUSES).describe('in_review: submitted, endorsements still being collected'),
        impact: z.enum(['low', 'high']),
        tier: z.enum(['unacceptable', 'high', 'limited', 'low']),
        oversight: z.enum(['in-the-loop', 'in-command', 'out-of-the-loop']).nullable(),
        assessedAt: timestamp.describe('When it completed (in review: when it was submitted)'),
      })
      .nullable()
      .describe('The latest submitted assessment; null: none yet'),
    endorsedBy: z
      .array(z.object({ displayName: z.string(), capacity: z.enum(ENDORSER_CAPACITY_VALUES), at: timestamp }))
      .describe("Who endorsed that assessment's current round, and in which capacity"),
    evaluation: z
      .object({
        suiteId: z.string(),
        status: z.enum(['passed', 'failed']),
        score: z.number(),
        grade: z.enum(GRADES).nullable(),
        finishedAt: timestamp,
      })
      .nullable()
      .describe("The bot's latest finished evaluation run; null: none (or no bot)"),
  })
  .describe('Where the application stands in its governance');

const governanceJson = (g: CatalogueGovernance) => ({
  assessment: g.assessment ? { ...g.assessment, assessedAt: g.assessment.assessedAt.toISOString() } : null,
  endorsedBy: g.endorsedBy.map((e) => ({
    displayName: e.displayName,
    capacity: e.capacity as (typeof ENDORSER_CAPACITY_VALUES)[number],
    at: e.at.toISOString(),
  })),
  evaluation: g.evaluation
    ? {
        ...g.evaluation,
        grade: g.evaluation.grade as (typeof GRADES)[number] | null,
        finishedAt: g.evaluation.finishedAt.toISOString(),
      }
    : null,
});

const catalogueJson = (entry: CatalogueEntry) => ({ ...entry, updatedAt: entry.updatedAt.toISOString() });

const applicationJson = (row: AiApplication) => ({
  ...catalogueJson(catalogueEntryOf(row)),
  ownerId: row.ownerId,
  personalDataKinds: row.personalDataKinds,
  dataSources: row.dataSources,
  revision: row.revision,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

const listQuery = z
  .object({
    departmentId: z.uuid({ message: 'must be a UUID' }).optional().describe('Platform admins: one department'),
    type: z.enum(AI_APPLICATION_TYPES).optional(),
    status: z.enum(AI_APPLICATION_STATUSES).optional(),
    riskLevel: riskLevelSchema.optional(),
  })
  .strict();

const catalogueQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(500, 'must be at most 500 characters')
      .optional()
      .describe('Words in English or Chinese (Traditional, Simplified, Cantonese); none: browse'),
    departmentId: z.uuid({ message: 'must be a UUID' }).optional().describe('Any department'),
    type: z.enum(AI_APPLICATION_TYPES).optional(),
    status: z.enum(AI_APPLICATION_STATUSES).optional(),
    riskLevel: riskLevelSchema.optional(),
    limit: z.coerce.number().int().min(1).max(100).optional().describe('Default 20'),
  })
  .strict();

const tags = ['governance'];
const security = [{ bearer: [] }];

/** Route dependencies: the catalogue index, and the go-live gate once it exists. */
export interface GovernanceApplicationDeps {
  db: Db;
  catalogue: CatalogueIndex;
  /** Asked before an application becomes `live` (the go-live gate); none: the table alone decides. */
  goLiveCheck?: GoLiveCheck | undefined;
}

/** The AI application registry and the catalogue (issue #16). */
export function governanceApplicationRoutes(app: FastifyInstance, deps: GovernanceApplicationDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, catalogue } = deps;

  api.post(
    '/api/v1/governance/applications',
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary: 'Register an AI application (a draft in the strategy stage unless another stage is named)',
        body: newApplicationSchema,
        response: { 201: applicationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(applicationJson(await createApplication(db, serviceContext(request), request.body))),
  );
  api.get(
    '/api/v1/governance/applications',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: "The department's AI applications, filtered (platform admins: any department)",
        querystring: listQuery,
        response: { 200: z.object({ items: z.array(applicationSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const { departmentId, ...filter } = request.query;
      const rows = await listApplications(db, principal, {
        ...filter,
        departmentId: await departmentFilter(db, principal, departmentId),
      });
      return { items: rows.map(applicationJson) };
    },
  );
  api.get(
    '/api/v1/governance/applications/:id',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'One AI application of the department, every field',
        params: idParams,
        response: { 200: applicationSchema, ...errorResponses },
      },
    },
    async (request) => applicationJson(await getApplication(db, requirePrincipal(request), request.params.id)),
  );
  api.patch(
    '/api/v1/governance/applications/:id',
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary: 'Change what was registered (not the status, department or bot)',
        params: idParams,
        body: applicationPatchSchema.refine((body) => Object.keys(body).length > 0, {
          message: 'must change at least one field',
          params: { zhHant: '須最少更改一個欄位' },
        }),
        response: { 200: applicationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = serviceContext(request);
      const before = await getApplication(db, ctx.principal, request.params.id);
      const after = await updateApplication(db, ctx, request.params.id, request.body);
      // A new model or data source is a significant change: an assessed application falls due (issue #16).
      await onApplicationChanged(db, ctx, before, after);
      return applicationJson(after);
    },
  );
  api.post(
    '/api/v1/governance/applications/:id/status',
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          'Move the application to another status (draft → in_review → approved → testing → live → suspended → ' +
          'retired, and back to draft); a move the table does not allow is 409 naming both statuses; a move to live ' +
          'the go-live gate refuses is 409 listing every unmet condition',
        params: idParams,
        body: z.object({ status: z.enum(AI_APPLICATION_STATUSES) }).strict(),
        response: { 200: applicationSchema, ...errorResponses, 409: goLiveRefusalSchema },
      },
    },
    async (request) =>
      applicationJson(
        await setApplicationStatus(db, serviceContext(request), request.params.id, request.body.status, {
          goLiveCheck: deps.goLiveCheck,
        }),
      ),
  );
  api.post(
    '/api/v1/governance/applications/:id/reuse',
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          "Request to reuse an application found in the catalogue (any department's): registers a new draft in " +
          "the caller's department, linked to it",
        params: idParams,
        body: reuseRequestSchema,
        response: { 201: applicationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(applicationJson(await requestReuse(db, serviceContext(request), request.params.id, request.body))),
  );
  api.get(
    '/api/v1/governance/catalogue',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary:
          "Search the AI tool catalogue: every department's applications, catalogue fields only, best match first " +
          '(without words: by English name), each with its latest assessment, who endorsed it and its latest evaluation',
        querystring: catalogueQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                entry: catalogueEntrySchema,
                confidence: z.number().nullable().describe('0–1 match; null when browsing'),
                governance: governanceSummarySchema,
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const hits = await catalogue.search(request.query);
      const summaries = await catalogueGovernance(
        db,
        hits.map((hit) => hit.entry),
      );
      return {
        items: hits.map((hit) => ({
          entry: catalogueJson(hit.entry),
          confidence: hit.confidence,
          governance: governanceJson(
            summaries.get(hit.entry.id) ?? { assessment: null, endorsedBy: [], evaluation: null },
          ),
        })),
      };
    },
  );
  api.get(
    '/api/v1/governance/catalogue/:id',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: "One catalogue entry, any department's (catalogue fields only)",
        params: idParams,
        response: { 200: catalogueEntrySchema, ...errorResponses },
      },
    },
    async (request) => catalogueJson(await getCatalogueEntry(db, request.params.id)),
  );
}
