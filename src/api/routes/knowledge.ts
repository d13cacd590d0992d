import '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContext, displayNames, getDepartment } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { AppError, unknownDepartment } from '../../core/index.ts';
import { enqueueJob } from '../../jobs/index.ts';
import { reviewGovernedVersion } from '../../governance/index.ts';
import {
  assertTargetBot,
  CHUNK_KINDS,
  extractSource,
  getSource,
  getVersion,
  IMPORT_JOB,
  type ImportJobPayload,
  importIntoKnowledge,
  type KnowledgeIndex,
  latestVersions,
  listSources,
  listVersions,
  rollbackSource,
  requestWithdrawal,
  confirmWithdrawal,
  declineWithdrawal,
} from '../../knowledge/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { departmentFilter } from '../department-filter.ts';
import { importProblem, readUpload } from '../read-upload.ts';
import { botIdSchema, errorResponses, idParams, idSchema, text, timestamp } from '../schemas.ts';
import { toJson } from '../to-json.ts';

const tags = ['knowledge'];
const security = [{ bearer: [] }];

const targetFields = { departmentId: idSchema.optional(), botId: botIdSchema.optional(), title: text(200).optional() };

const urlImport = z
  .object({
    ...targetFields,
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .max(2000)
      .optional(),
    ckan: z
      .object({
        baseUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(500),
        query: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(20_000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((body) => (body.url === undefined) !== (body.ckan === undefined), {
    message: 'give exactly one of url or ckan (or upload a file as multipart/form-data)',
    params: { zhHant: '須提供 url 或 ckan 其中一項（或以 multipart/form-data 上載檔案）' },
    path: ['url'],
  });

const multipartFields = z.object(targetFields).strict();

const sourceSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  botId: z.string().nullable(),
  kind: z.enum(['faq', 'document', 'catalogue']),
  title: z.string(),
  origin: z.string(),
  publishedVersion: z.number().int().nullable(),
  /** A withdrawal asked for (pending until an approver confirms it) or done. */
  withdrawalRequestedBy: z.string().nullable(),
  withdrawalRequestedAt: timestamp.nullable(),
  withdrawalReason: z.string().nullable(),
  withdrawnAt: timestamp.nullable(),
  createdBy: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** A source in the list, with its newest version: the console shows status and findings without a call per source. */
const sourceListItemSchema = sourceSchema.extend({
  latestVersion: z
    .object({
      id: z.string(),
      version: z.number().int(),
      status: z.enum(['draft', 'published', 'rejected', 'superseded', 'withdrawn']),
      /** How many entries the import scan flagged (personal data, injection, risky links). */
      findingsCount: z.number().int(),
    })
    .nullable(),
});

const versionSummarySchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  departmentId: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published', 'rejected', 'superseded', 'withdrawn']),
  contentSha256: z.string(),
  mediaType: z.string(),
  importer: z.string(),
  findings: z.unknown(),
  editorId: z.string(),
  reviewerId: z.string().nullable(),
  reviewedAt: timestamp.nullable(),
  rejectReason: z.string().nullable(),
  /** Why the approver published despite the import findings. */
  overrideReason: z.string().nullable(),
  createdAt: timestamp,
});

/** The display names of the people the record names (editor, approver, …), by user id; ids of no person are absent. */
const peopleSchema = z.record(z.string(), z.string());

const approveBody = z
  .object({
    override: z
      .object({ reason: text(1000).describe('Why the findings do not stop publishing (audited)') })
      .strict()
      .optional()
      .describe(
        'Needed when the draft has import findings: publishes the draft except passages flagged as injection, which are never served',
      ),
  })
  .strict();

const chunkSchema = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  kind: z.enum(['faq', 'passage', 'dataset']),
  entryKey: z.string(),
  question: z.string(),
  text: z.string(),
  alternateQuestions: z.array(z.string()),
  keywords: z.array(z.string()),
  language: z.string().nullable(),
  headingPath: z.array(z.string()),
  page: z.number().int().nullable(),
  citationUrl: z.string().nullable(),
  sha256: z.string(),
});

const jobSchema = z.object({ id: z.string(), kind: z.string(), status: z.string() });

/** Import, review, publish, roll back and search a department's knowledge. */
export function knowledgeRoutes(app: FastifyInstance, store: Store, index: KnowledgeIndex): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/knowledge/sources',
    {
      onRequest: authorize('knowledge:write'),
      schema: {
        tags,
        security,
        summary:
          'Import a file (multipart/form-data: file + departmentId, botId, title) as a draft, or queue a URL or CKAN catalogue import (JSON)',
        // Multipart bodies are read by the handler (the JSON schema sees null).
        body: urlImport.nullish(),
        response: {
          201: z.object({
            outcome: z.enum(['created', 'unchanged']),
            source: sourceSchema,
            version: versionSummarySchema,
          }),
          202: z.object({ job: jobSchema }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(request);
      if (request.isMultipart()) {
        const { file, fields } = await readUpload(request, multipartFields);
        const content = await extractSource({ type: 'file', file }).catch(importProblem);
        const result = await importIntoKnowledge(store.db, ctx, content, fields).catch(importProblem);
        return reply
          .code(201)
          .send({ outcome: result.outcome, source: toJson(result.source), version: summary(result.version) });
      }
      const body = request.body;
      if (!body)
        throw new AppError('validation_failed', {
          en: 'Send a file as multipart/form-data, or JSON with url or ckan',
          zhHant: '請以 multipart/form-data 傳送檔案，或以 JSON 提供 url 或 ckan',
        });
      const departmentId = body.departmentId ?? ctx.principal.departmentId ?? '';
      // Not found when hidden from the caller, or when it does not exist (even for a platform admin).
      const department = await getDepartment(store.db, ctx.principal, departmentId).catch(() => null);
      if (!department) {
        throw unknownDepartment();
      }
      await assertTargetBot(store.db, departmentId, body.botId);
      const payload: ImportJobPayload = {
        input: body.url ? { type: 'url', url: body.url } : { type: 'ckan', ...(body.ckan as { baseUrl: string }) },
        target: { departmentId, botId: body.botId, title: body.title },
        principal: ctx.principal,
      };
      const job = await store.db.transaction(async (tx) => {
        const queued = await enqueueJob(tx, { kind: IMPORT_JOB, departmentId, payload, createdBy: ctx.principal.id });
        await appendAudit(tx, auditContext(ctx), {
          action: 'knowledge.import_queued',
          entityType: 'job',
          entityId: queued.id,
          departmentId,
          after: { kind: IMPORT_JOB, input: payload.input, target: payload.target },
        });
        return queued;
      });
      return reply.code(202).send({ job: { id: job.id, kind: job.kind, status: job.status } });
    },
  );
  api.get(
    '/api/v1/knowledge/sources',
    {
      onRequest: authorize('knowledge:read'),
      schema: {
        tags,
        security,
        summary: "The department's knowledge sources",
        querystring: z.object({ departmentId: idSchema.optional() }).strict(),
        response: { 200: z.object({ items: z.array(sourceListItemSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const sources = await listSources(
        store.db,
        principal,
        await departmentFilter(store.db, principal, request.query.departmentId),
      );
      const latest = await latestVersions(
        store.db,
        sources.map((source) => source.id),
      );
      return { items: sources.map((source) => ({ ...toJson(source), latestVersion: latest.get(source.id) ?? null })) };
    },
  );
  api.get(
    '/api/v1/knowledge/sources/:id',
    {
      onRequest: authorize('knowledge:read'),
      schema: {
        tags,
        security,
        summary: 'A source and its versions, newest first',
        params: idParams,
        response: {
          200: z.object({ source: sourceSchema, versions: z.array(versionSummarySchema), people: peopleSchema }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const source = await getSource(store.db, principal, request.params.id);
      const versions = await listVersions(store.db, principal, source.id);
      const people = await displayNames(store.db, [
        source.createdBy,
        source.withdrawalRequestedBy,
        ...versions.flatMap((v) => [v.editorId, v.reviewerId]),
      ]);
      return { source: toJson(source), versions: versions.map(toJson), people };
    },
  );
  api.post(
    '/api/v1/knowledge/sources/:id/rollback',
    {
      onRequest: authorize('knowledge:approve'),
      schema: {
        tags,
        security,
        summary: 'Republish an earlier approved version',
        params: idParams,
        body: z.object({ version: z.number().int().min(1).max(2_147_483_647, 'must be at most 2147483647') }).strict(),
        response: { 200: versionSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const version = await rollbackSource(store.db, serviceContext(request), request.params.id, request.body.version);
      await index.refresh();
      return summary(version);
    },
  );
  api.post(
    '/api/v1/knowledge/sources/:id/withdrawal',
    {
      onRequest: authorize('knowledge:write'),
      schema: {
        tags,
        security,
        summary: 'Ask for a published source to be withdrawn (an approver other than you confirms it)',
        params: idParams,
        body: z.object({ reason: text(1000) }).strict(),
        response: { 200: sourceSchema, ...errorResponses },
      },
    },
    async (request) =>
      toJson(await requestWithdrawal(store.db, serviceContext(request), request.params.id, request.body.reason)),
  );
  for (const decision of ['confirm', 'decline'] as const) {
    api.post(
      `/api/v1/knowledge/sources/:id/withdrawal/${decision}`,
      {
        onRequest: authorize('knowledge:approve'),
        schema: {
          tags,
          security,
          summary:
            decision === 'confirm'
              ? 'Withdraw the source (not on your own request): its passages stop being served at once'
              : 'Decline a withdrawal request, with the reason; the source stays published',
          params: idParams,
          body: decision === 'confirm' ? z.object({}).strict().nullish() : z.object({ reason: text(1000) }).strict(),
          response: { 200: sourceSchema, ...errorResponses },
        },
      },
      async (request) => {
        const ctx = serviceContext(request);
        if (decision === 'decline') {
          const reason = (request.body as { reason: string }).reason;
          return toJson(await declineWithdrawal(store.db, ctx, request.params.id, reason));
        }
        const source = await confirmWithdrawal(store.db, ctx, request.params.id);
        await index.refresh();
        return toJson(source);
      },
    );
  }
  api.get(
    '/api/v1/knowledge/versions/:id',
    {
      onRequest: authorize('knowledge:read'),
      schema: {
        tags,
        security,
        summary: 'A version with its diff, the guard findings and its chunks: what an approver reviews',
        params: idParams,
        response: {
          200: z.object({
            version: versionSummarySchema.extend({ diff: z.string() }),
            chunks: z.array(chunkSchema),
            people: peopleSchema,
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { version, chunks } = await getVersion(store.db, requirePrincipal(request), request.params.id);
      const people = await displayNames(store.db, [version.editorId, version.reviewerId]);
      return { version: { ...summary(version), diff: version.diff }, chunks, people };
    },
  );
  for (const decision of ['approve', 'reject'] as const) {
    api.post(
      `/api/v1/knowledge/versions/:id/${decision}`,
      {
        onRequest: authorize('knowledge:approve'),
        schema: {
          tags,
          security,
          summary:
            decision === 'approve'
              ? 'Publish a draft (not your own); a draft with import findings needs override.reason'
              : 'Reject a draft, with the reason',
          params: idParams,
          body: decision === 'reject' ? z.object({ reason: text(1000) }).strict() : approveBody.nullish(),
          response: { 200: versionSummarySchema, ...errorResponses },
        },
      },
      async (request) => {
        const body = (request.body ?? {}) as { reason?: string; override?: { reason: string } };
        // The governed review: publishing a new kind of source feeding an assessed bot makes it due (issue #16).
        const version = await reviewGovernedVersion(
          store.db,
          serviceContext(request),
          request.params.id,
          decision === 'approve'
            ? { approve: true, override: body.override }
            : { approve: false, reason: body.reason ?? '' },
        );
        await index.refresh();
        return summary(version);
      },
    );
  }
  api.get(
    '/api/v1/knowledge/search',
    {
      onRequest: authorize('knowledge:read'),
      schema: {
        tags,
        security,
        summary: 'Search published knowledge (drafts are never searchable)',
        querystring: z
          .object({
            q: text(500),
            departmentId: idSchema.optional(),
            botId: botIdSchema.optional(),
            kind: z
              .enum(CHUNK_KINDS)
              .optional()
              .describe('Only this kind of entry: faq, passage (of a document) or dataset (of an open-data catalogue)'),
            k: z.coerce.number().int().min(1).max(50).default(10),
          })
          .strict(),
        response: {
          200: z.object({
            /** Whether dense (embeddings) retrieval took part; false when none is configured or it failed. */
            dense: z.boolean(),
            hits: z.array(
              z.object({
                id: z.string(),
                score: z.number(),
                confidence: z.number(),
                sourceId: z.string(),
                sourceTitle: z.string(),
                version: z.number().int(),
                kind: z.string(),
                question: z.string(),
                text: z.string(),
                headingPath: z.array(z.string()),
                page: z.number().int().nullable(),
                citationUrl: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const departmentId =
        request.query.departmentId === undefined
          ? (principal.departmentId ?? '')
          : ((await departmentFilter(store.db, principal, request.query.departmentId)) ?? '');
      const { hits, dense } = await index.searchWithLanguage(request.query.q, {
        departmentId,
        botId: request.query.botId,
        kind: request.query.kind,
        k: request.query.k,
      });
      return {
        dense,
        hits: hits.map(({ id, score, confidence, chunk }) => ({
          id,
          score,
          confidence,
          sourceId: chunk.sourceId,
          sourceTitle: chunk.sourceTitle,
          version: chunk.version,
          kind: chunk.kind,
          question: chunk.question,
          text: chunk.text,
          headingPath: chunk.headingPath,
          page: chunk.page,
          citationUrl: chunk.citationUrl,
        })),
      };
    },
  );
}

function summary<T extends { extractedText: string; diff: string }>(version: T) {
  const { extractedText: _text, diff: _diff, ...rest } = version;
  return toJson(rest);
}
