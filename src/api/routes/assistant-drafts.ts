import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../access/index.ts';
import {
  createDraft,
  DRAFT_ISSUE_KINDS,
  DRAFT_LANGUAGES,
  type Draft,
  type DraftModel,
  type DraftRow,
  decideApproval,
  editDraft,
  finaliseDraft,
  getDraft,
  listDrafts,
  OFFLINE_NOTE,
  regenerateDraft,
  requestApproval,
  shippedDraftTemplates,
} from '../../assistant/index.ts';
import { AppError } from '../../core/index.ts';
import { GatewayError, type ModelGateway } from '../../gateway/index.ts';
import type { Db } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { errorResponses, idParams, idSchema, problemSchema, text, timestamp } from '../schemas.ts';

const tags = ['assistant'];
const security = [{ bearer: [] }];
const bilingual = z.object({ en: z.string(), zh: z.string() });
const STATUSES = ['draft', 'pending_approval', 'approved', 'rejected', 'finalised'] as const;

/** A 409 problem; when a draft's state refuses the step, the reason in English and Chinese. */
const draftRefusalSchema = problemSchema
  .extend({ reason: bilingual.optional().describe("Why the draft's state refuses this step, in both languages") })
  .describe('RFC 9457 problem details, with the reason a draft step is refused');
const draftErrors = { ...errorResponses, 409: draftRefusalSchema };

const templateResponse = z.object({
  id: z.string(),
  version: z.number().int(),
  title: bilingual,
  description: bilingual,
  audience: z.enum(['internal', 'external']).describe('external: the document leaves the department'),
  slots: z.array(
    z.object({
      name: z.string(),
      label: bilingual,
      required: z.boolean(),
      kind: z.enum(['text', 'multiline', 'date', 'reference', 'phone', 'email']),
      maxLength: z.number().int(),
    }),
  ),
  tones: z.array(z.object({ id: z.string(), label: bilingual })),
  lengths: z.array(
    z.object({ id: z.string(), label: bilingual, words: z.number().int(), characters: z.number().int() }),
  ),
  requiredElements: z.array(z.object({ id: z.string(), label: bilingual })),
});

const paragraphSchema = z.object({
  text: z.string(),
  origin: z.enum(['template', 'model', 'officer']).describe('Who wrote it: the template, a model or an officer'),
  author: z.string().describe('User id, provider/model, or template-id@version'),
  at: timestamp,
});

const issueSchema = z.object({
  kind: z.enum(DRAFT_ISSUE_KINDS),
  sentence: z.string().nullable(),
  start: z.number().int().nullable().describe("Offset of the sentence in the version's text"),
  end: z.number().int().nullable(),
  support: z.number().optional(),
  figures: z.array(z.string()).optional(),
  source: z.string().optional(),
  element: z.string().optional(),
  explanation: bilingual,
});

const versionSchema = z.object({
  version: z.number().int(),
  method: z.enum(['template', 'model', 'officer']),
  model: z.string().nullable(),
  paragraphs: z.array(paragraphSchema),
  text: z.string().describe('The paragraphs joined by blank lines: issue offsets count in it'),
  issues: z.array(issueSchema),
  createdBy: z.string(),
  createdAt: timestamp,
});

const summarySchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  title: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int(),
  language: z.enum(DRAFT_LANGUAGES),
  audience: z.enum(['internal', 'external']),
  status: z.enum(STATUSES),
  currentVersion: z.number().int(),
  createdBy: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const draftSchema = summarySchema.extend({
  tone: z.string(),
  length: z.string(),
  slots: z.record(z.string(), z.string()),
  facts: z.array(z.string()),
  approvalRequired: z
    .boolean()
    .describe("The department's policy asks a second officer to approve this draft before it is finalised"),
  approval: z.object({
    requestedBy: z.string().nullable(),
    requestedAt: timestamp.nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: timestamp.nullable(),
    decidedVersion: z.number().int().nullable(),
    comment: z.string().nullable(),
  }),
  finalisedBy: z.string().nullable(),
  finalisedAt: timestamp.nullable(),
  note: bilingual.nullable().describe('Said when the current version was filled without a model'),
  versions: z.array(versionSchema),
});

// Slot values may be empty (an optional slot left out); the template says which are required.
const slotValue = z
  .string()
  .max(4000, 'must be at most 4000 characters')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting them is the point
  .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'must not contain control characters');
const slots = z.record(z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, 'must be a slot name'), slotValue);
const facts = z.array(text(20_000)).max(50).describe("The officer's facts or source passages: what the draft may say");
const modelChoice = z
  .object({ provider: text(100), model: text(200) })
  .strict()
  .describe("A model on the department's allow-list, called through the gateway");
const tone = z.string().max(32).optional();
const length = z.string().max(16).optional();
const baseVersion = z.number().int().min(1).optional().describe('The version edited; a newer one makes this 409');

const createBody = z
  .object({
    templateId: z.string().max(64),
    templateVersion: z.number().int().min(1).optional(),
    language: z.enum(DRAFT_LANGUAGES),
    title: text(200).optional(),
    tone,
    length,
    slots,
    facts: facts.default([]),
    model: modelChoice.optional().describe('Write the body with this model; without it the template is filled'),
    departmentId: idSchema.optional(),
  })
  .strict();

function summaryOf(row: DraftRow) {
  return {
    id: row.id,
    departmentId: row.departmentId,
    title: row.title,
    templateId: row.templateId,
    templateVersion: row.templateVersion,
    language: row.language,
    audience: row.audience,
    status: row.status,
    currentVersion: row.currentVersion,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function view(draft: Draft) {
  const current = draft.versions.at(-1);
  return {
    ...summaryOf(draft),
    tone: draft.tone,
    length: draft.length,
    slots: draft.slots,
    facts: draft.facts,
    approvalRequired: draft.approvalRequired,
    approval: {
      requestedBy: draft.approvalRequestedBy,
      requestedAt: draft.approvalRequestedAt?.toISOString() ?? null,
      decidedBy: draft.decidedBy,
      decidedAt: draft.decidedAt?.toISOString() ?? null,
      decidedVersion: draft.decidedVersion,
      comment: draft.decisionComment,
    },
    finalisedBy: draft.finalisedBy,
    finalisedAt: draft.finalisedAt?.toISOString() ?? null,
    note: current?.method === 'template' ? OFFLINE_NOTE : null,
    versions: draft.versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  };
}

/**
 * The model bound to the gateway for this caller and department: allow-list, quotas, metering and
 * the call record are the gateway's. A model off the allow-list is refused naming `body.model`.
 */
function bindModel(
  gateway: ModelGateway,
  principal: Principal,
  departmentId: string,
  choice: { provider: string; model: string },
  requestId: string,
): DraftModel {
  return {
    name: `${choice.provider}/${choice.model}`,
    complete: async (messages) => {
      try {
        const result = await gateway.complete({
          departmentId,
          botId: null,
          provider: choice.provider,
          model: choice.model,
          messages,
          actor: { id: principal.id, roles: principal.roles, departmentId: principal.departmentId },
          requestId,
        });
        return result.text;
      } catch (error) {
        if (error instanceof GatewayError && error.code === 'model_not_allowed')
          throw new AppError('model_not_allowed', error.reason, [
            { field: 'body.model', code: 'model_not_allowed', message: 'is not on the department’s allow-list' },
          ]);
        throw error;
      }
    },
  };
}

/**
 * Drafts from templates (issue #17): create (offline or with a model), read, list, edit (a new
 * version), regenerate with a model, the issue report, and the second officer's approval before a
 * draft going outside is finalised. Other departments' drafts are 404; every change is audited.
 */
export function assistantDraftRoutes(app: FastifyInstance, db: Db, gateway: ModelGateway): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // The model call's record (and its audit entry) is committed before the answer, as the passthrough does.
  const settle = () =>
    gateway.flush().catch((error: unknown) => app.log.error({ err: error }, 'Model call records not written yet'));

  api.get(
    '/api/v1/assistant/draft-templates',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: 'The drafting templates: slots, tones, lengths and required elements, in English and Chinese',
        response: { 200: z.object({ items: z.array(templateResponse) }), ...errorResponses },
      },
    },
    async () => ({
      items: shippedDraftTemplates().map((t) => ({
        id: t.id,
        version: t.version,
        title: t.title,
        description: t.description,
        audience: t.audience,
        slots: t.slots,
        tones: t.tones.map(({ id, label }) => ({ id, label })),
        lengths: t.lengths,
        requiredElements: t.requiredElements.map(({ id, label }) => ({ id, label })),
      })),
    }),
  );

  api.post(
    '/api/v1/assistant/drafts',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary:
          'Write a draft from a template: filled from the slots and facts, or its body written by a model through the gateway',
        body: createBody,
        response: { 201: draftSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(request);
      const { model, ...input } = request.body;
      const departmentId = input.departmentId ?? ctx.principal.departmentId;
      const bound =
        model && departmentId ? bindModel(gateway, ctx.principal, departmentId, model, request.id) : undefined;
      const draft = await createDraft(db, ctx, input, bound).finally(() => (bound ? settle() : undefined));
      return reply.code(201).send(view(draft));
    },
  );

  api.get(
    '/api/v1/assistant/drafts',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: "The department's drafts, newest first (at most 200)",
        querystring: z.object({ status: z.enum(STATUSES).optional(), departmentId: idSchema.optional() }).strict(),
        response: { 200: z.object({ items: z.array(summarySchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listDrafts(db, requirePrincipal(request), request.query)).map(summaryOf),
    }),
  );

  api.get(
    '/api/v1/assistant/drafts/:id',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: 'A draft with every version: paragraphs with their origin, and each version’s issue report',
        params: idParams,
        response: { 200: draftSchema, ...errorResponses },
      },
    },
    async (request) => view(await getDraft(db, requirePrincipal(request), request.params.id)),
  );

  api.post(
    '/api/v1/assistant/drafts/:id/versions',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary:
          "An officer's edit: a new version; unchanged paragraphs keep their origin, new or changed ones are the officer's",
        params: idParams,
        body: z.object({ text: text(100_000), baseVersion }).strict(),
        response: { 201: draftSchema, ...draftErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(view(await editDraft(db, serviceContext(request), request.params.id, request.body))),
  );

  api.post(
    '/api/v1/assistant/drafts/:id/regenerate',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: 'The body written again by a model (optionally with new slots, facts, tone or length): a new version',
        params: idParams,
        body: z
          .object({ model: modelChoice, tone, length, slots: slots.optional(), facts: facts.optional(), baseVersion })
          .strict(),
        response: { 201: draftSchema, ...draftErrors },
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(request);
      const draft = await getDraft(db, ctx.principal, request.params.id);
      const { model, ...changes } = request.body;
      const bound = bindModel(gateway, ctx.principal, draft.departmentId, model, request.id);
      const regenerated = await regenerateDraft(db, ctx, draft.id, bound, changes).finally(settle);
      return reply.code(201).send(view(regenerated));
    },
  );

  api.get(
    '/api/v1/assistant/drafts/:id/issues',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary:
          'The issue report of a version (default: the current one): unsupported claims, contradictions, wrong figures, missing elements',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }).strict(),
        response: {
          200: z.object({
            version: z.number().int(),
            text: z.string(),
            counts: z.record(z.enum(DRAFT_ISSUE_KINDS), z.number().int()),
            issues: z.array(issueSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const draft = await getDraft(db, requirePrincipal(request), request.params.id);
      const wanted = request.query.version ?? draft.currentVersion;
      const version = draft.versions.find((v) => v.version === wanted);
      if (!version)
        throw new AppError(
          'not_found',
          { en: `The draft has no version ${wanted}`, zhHant: `此草稿沒有第 ${wanted} 版` },
          [
            {
              field: 'querystring.version',
              code: 'unknown',
              message: { en: 'is not a version of the draft', zhHant: '不是此草稿的版本' },
            },
          ],
        );
      const counts = Object.fromEntries(
        DRAFT_ISSUE_KINDS.map((kind) => [kind, version.issues.filter((issue) => issue.kind === kind).length]),
      ) as Record<(typeof DRAFT_ISSUE_KINDS)[number], number>;
      return { version: version.version, text: version.text, counts, issues: version.issues };
    },
  );

  api.post(
    '/api/v1/assistant/drafts/:id/approval-request',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: "Ask a second officer of the department to approve the draft's current version",
        params: idParams,
        response: { 200: draftSchema, ...draftErrors },
      },
    },
    async (request) => view(await requestApproval(db, serviceContext(request), request.params.id)),
  );

  api.post(
    '/api/v1/assistant/drafts/:id/approval',
    {
      onRequest: authorize('assistant:approve'),
      schema: {
        tags,
        security,
        summary:
          "The second officer's decision: another officer of the draft's department, never the one who asked or wrote it",
        params: idParams,
        body: z
          .object({
            decision: z.enum(['approve', 'reject']),
            comment: text(2000).optional().describe('Required when rejecting'),
          })
          .strict(),
        response: { 200: draftSchema, ...draftErrors },
      },
    },
    async (request) =>
      view(
        await decideApproval(db, serviceContext(request), request.params.id, {
          approve: request.body.decision === 'approve',
          comment: request.body.comment,
        }),
      ),
  );

  api.post(
    '/api/v1/assistant/drafts/:id/finalise',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary:
          "Finalise the draft for export: 409 (reason in English and Chinese) until a second officer approved it, where the department's policy asks",
        params: idParams,
        response: { 200: draftSchema, ...draftErrors },
      },
    },
    async (request) => view(await finaliseDraft(db, serviceContext(request), request.params.id)),
  );
}
