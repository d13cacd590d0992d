import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type AnchorCheck,
  type AnchorPaths,
  auditFacets,
  checkAnchor,
  queryAudit,
  verifyAudit,
} from '../../audit/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { departmentFilter } from '../department-filter.ts';
import { auditEntrySchema, errorResponses, idSchema, timestamp } from '../schemas.ts';
import { toJson } from '../to-json.ts';

const query = z
  .object({
    departmentId: idSchema.optional().describe('Platform admins only; others always see their own department'),
    action: z.string().max(100).optional(),
    entityType: z.string().max(100).optional(),
    entityId: z.string().max(100).optional(),
    actorId: z.string().max(100).optional(),
    from: timestamp.optional(),
    to: timestamp.optional(),
    cursor: z.coerce.number().int().min(1).optional().describe('nextCursor of the previous page'),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict();

/** The facets are of the department the list would show; the list's other filters do not narrow them. */
const facetsQuery = query.pick({ departmentId: true });

const facetsSchema = z.object({
  actions: z
    .array(z.object({ action: z.string(), count: z.number().int() }))
    .describe('Every action in the trail the caller may see, by code, with how many entries it has'),
  entityTypes: z
    .array(z.object({ entityType: z.string(), count: z.number().int() }))
    .describe('Every entity type in the trail the caller may see, by code, with how many entries it has'),
});

const tags = ['audit'];
const security = [{ bearer: [] }];

/** `anchor`: the checkpoints this node writes (none in tests and embedded uses without `serve`). */
export function auditRoutes(app: FastifyInstance, store: Store, anchor: AnchorPaths | null = null): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/audit',
    {
      onRequest: authorize('audit:read'),
      schema: {
        tags,
        security,
        summary: 'Page through the audit trail, newest first',
        querystring: query,
        response: {
          200: z.object({ items: z.array(auditEntrySchema), nextCursor: z.number().int().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const q = request.query;
      const page = await queryAudit(store.db, {
        departmentId: await departmentFilter(store.db, principal, q.departmentId),
        action: q.action,
        entityType: q.entityType,
        entityId: q.entityId,
        actorId: q.actorId,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        before: q.cursor,
        limit: q.limit,
      });
      return { items: page.items.map(toJson), nextCursor: page.nextCursor };
    },
  );
  api.get(
    '/api/v1/audit/facets',
    {
      onRequest: authorize('audit:read'),
      schema: {
        tags,
        security,
        summary: 'The actions and entity types in the audit trail, with their counts: the choices of its search',
        querystring: facetsQuery,
        response: { 200: facetsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      // The same department as the list: another department's actions are not the caller's to learn.
      return auditFacets(store.db, {
        departmentId: await departmentFilter(store.db, principal, request.query.departmentId),
      });
    },
  );
  api.get(
    '/api/v1/audit/verify',
    {
      onRequest: authorize('audit:read'),
      schema: {
        tags,
        security,
        summary:
          'Walk the whole hash chain and name the first broken entry; check it against the signed checkpoints outside the database (anchor)',
        response: {
          200: z.object({
            ok: z.boolean().describe('The chain is intact and agrees with the anchor'),
            entries: z.number().int(),
            headHash: z.string().optional(),
            firstBrokenSeq: z.number().int().optional(),
            reason: z.string().optional(),
            anchor: z
              .object({
                anchored: z.boolean().describe('False when this node writes no checkpoints, or has no key yet'),
                ok: z.boolean(),
                checkpoints: z.number().int().optional(),
                latest: z.object({ seq: z.number().int(), at: z.string() }).nullable().optional(),
                problem: z.enum(['unreadable', 'signature', 'truncated', 'rewritten']).optional(),
                seq: z.number().int().optional(),
                reason: z.string().optional(),
              })
              .describe('Truncation and rewinds are visible only here'),
          }),
          ...errorResponses,
        },
      },
    },
    async () => {
      const chain = await verifyAudit(store.db);
      const check: AnchorCheck = anchor
        ? await checkAnchor(store.db, anchor)
        : { anchored: false, ok: true, reason: 'this node writes no audit checkpoints' };
      return { ...chain, ok: chain.ok && check.ok, anchor: check };
    },
  );
}
