import { domainToASCII } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDepartment, isPlatformAdmin, type Principal } from '../../access/index.ts';
import { AppError, forbidden, notFound } from '../../core/index.ts';
import {
  auditGuardFinding,
  blocklistDomain,
  getPolicy,
  guardPolicySchema,
  importBlocklist,
  isClean,
  listBlocklist,
  removeFromBlocklist,
  loadBlocklist,
  PII_TYPES,
  parseBlocklist,
  putPolicy,
  scanText,
} from '../../guard/index.ts';
import { botGuardPolicy, loadBot } from '../../chat/index.ts';
import { onGuardPolicyChanged } from '../../governance/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { errorResponses, idSchema, reasonTextsSchema, settingBotIdSchema } from '../schemas.ts';

const scanBody = z
  .object({
    text: z.string().min(1, 'must not be empty').max(100_000, 'must be at most 100000 characters'),
  })
  .strict();

const scanResponse = z.object({
  injection: z.object({
    flagged: z.boolean(),
    score: z.number(),
    reasons: z.array(z.string()),
    reasonTexts: reasonTextsSchema,
  }),
  pii: z.array(
    z.object({ type: z.enum(PII_TYPES), value: z.string(), start: z.number().int(), end: z.number().int() }),
  ),
  urls: z.array(
    z.object({
      url: z.string(),
      verdict: z.enum(['safe', 'suspicious', 'phishing', 'blocked']),
      reasons: z.array(z.string()),
      reasonTexts: reasonTextsSchema,
    }),
  ),
});

const policyBody = z
  .object({
    departmentId: idSchema.optional().describe("Platform admins only; others always set their own department's"),
    botId: settingBotIdSchema.optional().describe('Omit for the department-wide policy'),
    policy: guardPolicySchema,
    base: guardPolicySchema
      .nullable()
      .optional()
      .describe(
        'The policy stored at this level as the editor read it (null: none). Given, only its own changes are made, check by check: what someone else set since to other checks stays, and a check both changed is 409 `changed_meanwhile`, nothing saved. Omitted: `policy` replaces it.',
      ),
  })
  .strict();

const policyQuery = z.object({ departmentId: idSchema.optional(), botId: z.string().max(64).optional() }).strict();

const blocklistBody = z
  .object({
    source: z.string().trim().min(1).max(200),
    /** The file's content: one domain per line. */
    content: z.string().min(1).max(2_000_000, 'must be at most 2000000 characters'),
  })
  .strict();

const tags = ['guard'];
const security = [{ bearer: [] }];

export function guardRoutes(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // The blocklist is read per request: it is small, and every API node must see an import at once.
  api.post(
    '/api/v1/guard/scan',
    {
      onRequest: authorize('guard:scan'),
      schema: {
        tags,
        security,
        summary: 'Scan a text for prompt injection, personal data and phishing links',
        description: 'Same output as `lionrock guard scan --json`. Findings are audited without the personal data.',
        body: scanBody,
        response: { 200: scanResponse, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const result = scanText(request.body.text, { blocklist: await loadBlocklist(store.db) });
      if (!isClean(result)) {
        await auditGuardFinding(
          store.db,
          { actor: principal, requestId: request.id },
          principal.departmentId,
          'scan',
          result,
        );
      }
      return result;
    },
  );
  api.get(
    '/api/v1/guard/policy',
    {
      onRequest: authorize('guard:scan'),
      schema: {
        tags,
        security,
        summary: 'The guard policy in force for the department (and bot), defaults included',
        querystring: policyQuery,
        response: {
          200: z.object({ stored: guardPolicySchema.nullable(), effective: guardPolicySchema }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const departmentId = await scopeDepartment(store, principal, request.query.departmentId);
      const botId = request.query.botId || null;
      // The published configuration's own guardPolicy counts too, exactly as chat applies it.
      const view = botId ? await loadBot(store.db, botId) : null;
      const botConfig = view?.bot.departmentId === departmentId ? (view.published?.config.guardPolicy ?? null) : null;
      return {
        stored: await getPolicy(store.db, departmentId, botId ?? ''),
        effective: await botGuardPolicy(
          store.db,
          request.server.lionrock.conversation.caches,
          departmentId,
          botId,
          botConfig,
        ),
      };
    },
  );
  api.post(
    '/api/v1/guard/policy',
    {
      onRequest: authorize('guard:manage'),
      schema: {
        tags,
        security,
        summary: "Set a department's (or one bot's) guard policy",
        body: policyBody,
        response: { 200: z.object({ policy: guardPolicySchema }), ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const departmentId = await scopeDepartment(store, principal, request.body.departmentId);
      const policy = await putPolicy(
        store.db,
        { actor: principal, requestId: request.id },
        departmentId,
        request.body.botId ?? '',
        request.body.policy,
        request.body.base,
      );
      // A policy change is a significant change to the bots it governs: their assessments fall due (issue #16).
      await onGuardPolicyChanged(
        store.db,
        { principal, requestId: request.id },
        departmentId,
        request.body.botId ?? '',
      );
      // Chat on this node applies it from the next question; other nodes within the cache's lifetime.
      request.server.lionrock.conversation.caches.policies.invalidate();
      return { policy };
    },
  );
  api.post(
    '/api/v1/guard/blocklist',
    {
      onRequest: authorize('guard:manage'),
      schema: {
        tags,
        security,
        summary: 'Import blocked domains (one per line); platform admins only, since the list is platform-wide',
        body: blocklistBody,
        response: {
          200: z.object({ added: z.number().int(), rejected: z.array(z.string()) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const principal = blocklistAdmin(request);
      const { domains, rejected } = parseBlocklist(request.body.content);
      const { added } = await importBlocklist(
        store.db,
        { actor: principal, requestId: request.id },
        domains,
        request.body.source,
      );
      // This node's chat reads the list through a short cache: a host just blocked stops being served at once.
      request.server.lionrock.conversation.caches.blocklist.invalidate();
      return { added, rejected: rejected.slice(0, 100) };
    },
  );
  api.get(
    '/api/v1/guard/blocklist',
    {
      onRequest: authorize('guard:manage'),
      schema: {
        tags,
        security,
        summary: 'List blocked domains, alphabetically (platform admins only)',
        querystring: blocklistQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({ domain: z.string(), source: z.string(), addedBy: z.string(), createdAt: z.string() }),
            ),
            total: z.number().int(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      blocklistAdmin(request);
      const { items, total } = await listBlocklist(store.db, {
        ...request.query,
        contains: asListed(request.query.contains),
      });
      return { items: items.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })), total };
    },
  );
  api.delete(
    '/api/v1/guard/blocklist/:domain',
    {
      onRequest: authorize('guard:manage'),
      schema: {
        tags,
        security,
        summary: 'Remove a domain from the blocklist, e.g. a false positive (platform admins only)',
        params: domainParams,
        response: { 200: z.object({ removed: z.literal(true) }), ...errorResponses },
      },
    },
    async (request) => {
      const principal = blocklistAdmin(request);
      // Named as listed (punycode) or as written (香港政府.hk): both are the one stored entry.
      const domain = blocklistDomain(request.params.domain) ?? request.params.domain.trim().toLowerCase();
      if (!(await removeFromBlocklist(store.db, { actor: principal, requestId: request.id }, domain))) {
        throw notFound('Blocked domain');
      }
      request.server.lionrock.conversation.caches.blocklist.invalidate();
      return { removed: true as const };
    },
  );
}

const blocklistQuery = z
  .object({
    contains: z.string().min(1, 'must not be empty').max(253, 'must be at most 253 characters').optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

const domainParams = z
  .object({ domain: z.string().min(1, 'must not be empty').max(253, 'must be at most 253 characters') })
  .strict();

/**
 * A search of the blocklist as its entries are stored: a Chinese domain or label (`香港政府`) in its
 * punycode form (`xn--mxtq1md9hf20c`); anything else as typed.
 */
function asListed(contains: string | undefined): string | undefined {
  if (contains === undefined || /^\p{ASCII}*$/u.test(contains)) return contains;
  return domainToASCII(contains.trim()) || contains;
}

/** Reading and editing the platform-wide blocklist: platform admins only, like importing into it. */
function blocklistAdmin(request: Parameters<typeof requirePrincipal>[0]): Principal {
  const principal = requirePrincipal(request);
  if (!isPlatformAdmin(principal))
    throw forbidden({
      en: 'Only a platform admin may manage the platform-wide blocklist',
      zhHant: '只有平台管理員可管理全平台的封鎖清單',
    });
  return principal;
}

/** The department a policy call is about: the caller's own, or (platform admins) the one named; 404 otherwise. */
async function scopeDepartment(store: Store, principal: Principal, asked?: string): Promise<string> {
  const departmentId = asked ?? principal.departmentId;
  if (!departmentId) {
    throw new AppError('validation_failed', { en: 'Name the department', zhHant: '請指明部門' }, [
      {
        field: 'departmentId',
        code: 'required',
        message: { en: 'is required for a platform-wide caller', zhHant: '全平台帳戶必須填寫' },
      },
    ]);
  }
  return (await getDepartment(store.db, principal, departmentId)).id;
}
