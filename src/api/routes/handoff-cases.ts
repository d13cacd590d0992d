import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Principal } from '../../access/index.ts';
import {
  actOnHandoff,
  type ContactBox,
  contactFor,
  getHandoff,
  HANDOFF_STATUSES,
  HANDOFF_VIEWS,
  type HandoffAccess,
  type HandoffAction,
  type HandoffCase,
  type HandoffFilter,
  handoffAgents,
  handoffConversation,
  pageHandoffs,
  referralDepartments,
} from '../../chat/index.ts';
import { type KnowledgeIndex, learnPhrasing } from '../../knowledge/index.ts';
import type { Db } from '../../store/index.ts';
import { teachHandoffRoute } from './handoff-teach.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { errorResponses, idParams, idSchema, text, timestamp } from '../schemas.ts';
import { toJson } from '../to-json.ts';

const caseSchema = z.object({
  id: z.string(),
  reference: z.string(),
  departmentId: z.string(),
  botId: z.string(),
  sessionId: z.string().nullable(),
  question: z.string(),
  language: z.string().nullable(),
  reason: z.string(),
  status: z.enum(HANDOFF_STATUSES),
  assigneeId: z.string().nullable(),
  reply: z.string().nullable(),
  repliedAt: timestamp.nullable(),
  resolvedEntryId: z.string().nullable(),
  dueAt: timestamp.nullable().describe("Reply due by: the holding department's SLA from opening or referral"),
  closedAt: timestamp.nullable(),
  referredFrom: z.array(z.string()).describe('Departments that referred the case on, oldest first'),
  access: z
    .enum(['handle', 'read'])
    .describe('`read`: your department referred the case and keeps sight of it, but cannot act on it'),
  contact: z
    .string()
    .nullable()
    .describe("The citizen's callback details: only for the holding department, until purged after closing"),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const filters = [...new Set([...HANDOFF_STATUSES, ...HANDOFF_VIEWS])] as [string, ...string[]];

/** A case as staff see it: never the check code's hash; the contact only for its department's agents. */
function caseJson(box: ContactBox | null, principal: Principal, row: HandoffCase & { access: HandoffAccess }) {
  const { checkCodeHash: _hash, contactEncrypted: _sealed, ...fields } = row;
  return toJson({ ...fields, contact: row.access === 'handle' ? contactFor(box, principal, row) : null });
}

const tags = ['handoffs'];
const security = [{ bearer: [] }];

/** The agents' queue: the 1823 flow of submit → refer → handle → reply, then close. */
export function handoffCaseRoutes(
  app: FastifyInstance,
  db: Db,
  index: KnowledgeIndex,
  contacts: ContactBox | null = null,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/handoff-cases',
    {
      onRequest: authorize('handoff:work'),
      schema: {
        tags,
        security,
        summary:
          "The department's open cases, due soonest first, a page at a time; or one state; or `overdue` (no reply " +
          'by the due-by time), `mine` (assigned to you), `referred` (referred to your department, or by it: read-only)',
        querystring: z
          .object({
            status: z.enum(filters).optional().describe('A state, or a view: open (default), overdue, mine, referred'),
            limit: z.coerce.number().int().min(1).max(200).default(50).describe('Cases per page'),
            offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Cases to skip'),
          })
          .strict(),
        response: {
          200: z.object({
            items: z.array(caseSchema),
            total: z.number().int().describe('Cases the filter selects, across all pages'),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const { limit, offset } = request.query;
      const page = await pageHandoffs(db, principal, (request.query.status ?? 'open') as HandoffFilter, {
        limit,
        offset,
      });
      return { items: page.items.map((row) => caseJson(contacts, principal, row)), total: page.total, limit, offset };
    },
  );
  api.get(
    '/api/v1/handoff-cases/agents',
    {
      onRequest: authorize('handoff:work'),
      schema: {
        tags,
        security,
        summary: "Who a case may be assigned to: your department's active users who work cases",
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await handoffAgents(db, requirePrincipal(request)) }),
  );
  api.get(
    '/api/v1/handoff-cases/departments',
    {
      onRequest: authorize('handoff:work'),
      schema: {
        tags,
        security,
        summary: 'Where a case may be referred: the other active departments (code and names only)',
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), code: z.string(), nameEn: z.string(), nameZh: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await referralDepartments(db, requirePrincipal(request)) }),
  );
  api.get(
    '/api/v1/handoff-cases/:id/conversation',
    {
      onRequest: authorize('handoff:work'),
      schema: {
        tags,
        security,
        summary: "The conversation the case came from, in order (the citizen's turns masked as stored)",
        params: idParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                role: z.enum(['user', 'assistant', 'agent']),
                text: z.string(),
                language: z.string().nullable(),
                outcome: z.string().nullable(),
                createdAt: timestamp,
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const turns = await handoffConversation(db, requirePrincipal(request), request.params.id);
      return { items: turns.map((turn) => toJson(turn)) };
    },
  );
  teachHandoffRoute(app, db);
  api.get(
    '/api/v1/handoff-cases/:id',
    {
      onRequest: authorize('handoff:work'),
      schema: {
        tags,
        security,
        summary: 'One case',
        params: idParams,
        response: { 200: caseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      return caseJson(contacts, principal, await getHandoff(db, principal, request.params.id));
    },
  );
  const steps = {
    refer: z.object({ departmentId: idSchema }).strict(),
    take: z.object({}).strict(),
    assign: z.object({ assigneeId: idSchema.describe('An agent of the department holding the case') }).strict(),
    reply: z
      .object({
        reply: text(4000),
        entryId: z
          .string()
          .max(200)
          .regex(
            /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:.+$/i,
            'must be a knowledge entry id: sourceId:entryKey',
          )
          .optional()
          .describe('The knowledge entry that answers it: its phrasing is learned'),
      })
      .strict(),
    close: z.object({}).strict(),
  } as const;
  for (const [action, body] of Object.entries(steps) as [keyof typeof steps, (typeof steps)[keyof typeof steps]][]) {
    api.post(
      `/api/v1/handoff-cases/:id/${action}`,
      {
        onRequest: authorize('handoff:work'),
        schema: {
          tags,
          security,
          summary: `${action[0]?.toUpperCase()}${action.slice(1)} a case`,
          params: idParams,
          // Taking and closing need no body; referring and replying do.
          body: action === 'take' || action === 'close' ? body.nullish() : body,
          response: { 200: caseSchema, ...errorResponses },
        },
      },
      async (request) => {
        const ctx = serviceContext(request);
        const step = { action, ...(request.body ?? {}) } as HandoffAction;
        if (step.action === 'reply' && step.entryId) {
          // Teach first: an unknown entry is refused before the case changes.
          const current = await getHandoff(db, ctx.principal, request.params.id);
          await learnPhrasing(db, index, ctx, step.entryId, current.question);
        }
        const after = await actOnHandoff(db, ctx, request.params.id, step);
        return caseJson(contacts, ctx.principal, { ...after, access: 'handle' });
      },
    );
  }
}
