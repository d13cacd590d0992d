import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { authenticate, type Principal, type ServiceContext } from '../access/index.ts';
import {
  API_KEY_PREFIX,
  AppError,
  hashApiKey,
  hasPermission,
  type LocalizedText,
  type Permission,
  TtlCache,
} from '../core/index.ts';
import type { AuthResult } from '../access/index.ts';
import type { Executor } from '../store/index.ts';
import { type AuthFailureLimiter, failurePrefix } from './auth-failure-limiter.ts';
import { authenticateSessionCookie, sessionRefusalError } from './session-cookie.ts';
import type { SessionPolicy } from '../access/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller, or null for an anonymous request. */
    principal: Principal | null;
    /**
     * Set when the bearer was a placeholder that named no key: called where a key is needed, it
     * counts the failure against the failed-key limiter (and refuses with 429 once blocked).
     */
    placeholderFailure: (() => void) | null;
  }
}

/** The bearer token meaning "no key": what citizens' OpenAI clients send to published bots. */
export const PUBLIC_KEY = 'public';

const REASONS = {
  malformed: { en: 'The API key is malformed', zhHant: 'API 金鑰格式不正確' },
  unknown: { en: 'The API key is not known', zhHant: '不是已知的 API 金鑰' },
  revoked: { en: 'The API key has been revoked', zhHant: 'API 金鑰已被撤銷' },
  expired: { en: 'The API key has expired', zhHant: 'API 金鑰已過期' },
  disabled: { en: "The key's user or department is disabled", zhHant: '金鑰的使用者或部門已停用' },
} satisfies Record<string, LocalizedText>;

const headerIssue = (message: LocalizedText) => [{ field: 'headers.authorization', code: 'invalid', message }];

/**
 * Resolves `Authorization: Bearer <key>` on every request. No header means anonymous (routes that
 * need a caller refuse with 401); a bad key is refused at once and counted against the client
 * address and the key's first characters. The key is checked before the limiter is asked, so the
 * limiter only ever refuses failures: a valid key or `public` passes however many others failed
 * from the same address (issue #12, item 8).
 *
 * A bearer that is not in LionRock's key format (`lr_…`) is what OpenAI clients send when the user
 * leaves the key blank (`sk-no-key-required`, `EMPTY`, `ollama`, `none`, someone's `sk-…`): on a
 * route open to anonymous callers it is the anonymous citizen, never looked up (issue #13, item
 * 10). Elsewhere it is looked up (an operator's LIONROCK_ADMIN_KEY may have any form); naming no
 * key, it is no key: the route answers as it answers an anonymous caller, and where that is the
 * 401 for a missing key, the failure is counted as any wrong key's is. A wrong `lr_` key stays a
 * 401 everywhere.
 *
 * Without the header, the console's `lr_session` cookie may authenticate the request (issue 15,
 * src/api/session-cookie.ts): a bearer always wins over a cookie.
 */
export function registerAuthentication(
  app: FastifyInstance,
  db: Executor,
  limiter: AuthFailureLimiter,
  sessions: { policy: SessionPolicy; publicUrl: string | undefined },
): { forget(): void } {
  // Valid keys are remembered for two seconds: a busy client costs one lookup, not one per request.
  // Revoking or disabling on this node forgets at once; other nodes notice within the two seconds.
  const known = new TtlCache<AuthResult>(2_000);
  app.decorateRequest('principal', null);
  app.decorateRequest('placeholderFailure', null);
  app.decorateRequest('consoleSession', null);
  app.decorateRequest('sessionRefusal', null);
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization;
    if (header === undefined) {
      // Only the API reads a session: the console's page and scripts (and the widget) need no caller,
      // and looking the session up for each of them cost a database read and write per file.
      if (!request.url.startsWith('/api/')) return;
      return authenticateSessionCookie(request, db, sessions.policy, sessions.publicUrl);
    }
    const bearer = /^Bearer(?: +(\S*))? *$/i.exec(header);
    const key = bearer?.[1] ?? '';
    // OpenAI SDKs insist on sending a key: `public` asks explicitly for anonymous access.
    if (key === PUBLIC_KEY) return;
    const blockedOrCount = (prefix: string) => countFailedKey(limiter, request, reply, prefix);
    const refuse = (reason: LocalizedText, issue: LocalizedText): never => {
      blockedOrCount(failurePrefix(key || header));
      reply.header('www-authenticate', 'Bearer');
      throw new AppError('unauthenticated', reason, headerIssue(issue));
    };
    if (!bearer)
      return refuse(
        { en: 'Send the key as "Authorization: Bearer <key>"', zhHant: '請以「Authorization: Bearer <金鑰>」傳送金鑰' },
        { en: 'must be "Bearer <key>"', zhHant: '須為「Bearer <金鑰>」' },
      );
    const placeholder = !key.startsWith(API_KEY_PREFIX);
    if (placeholder && opensToAnonymous(request)) return;
    const cacheKey = hashApiKey(key);
    const result = await known.get(cacheKey, () => authenticate(db, key));
    if (!result.ok) {
      known.invalidate(cacheKey);
      if (placeholder) {
        request.placeholderFailure = () => blockedOrCount(failurePrefix(key || header));
        return;
      }
      const reason = REASONS[result.reason];
      return refuse(reason, { en: reason.en.toLowerCase(), zhHant: reason.zhHant });
    }
    request.principal = result.principal;
  });
  return { forget: () => known.invalidate() };
}

/**
 * Counts a failed key from the request's address, or refuses with 429 (and `retry-after`) once the
 * address and key prefix are blocked: for bearer keys and for the console's key sign-in alike.
 */
export function countFailedKey(
  limiter: AuthFailureLimiter,
  request: FastifyRequest,
  reply: FastifyReply,
  prefix: string,
): void {
  const wait = limiter.blockedFor(request.ip, prefix);
  if (wait > 0) {
    reply.header('retry-after', String(wait));
    throw new AppError('rate_limited', {
      en: `Too many failed authentications; retry in ${wait} s`,
      zhHant: `驗證失敗次數過多，請於 ${wait} 秒後再試`,
    });
  }
  limiter.recordFailure(request.ip, prefix);
}

/** Route guard: 401 without a caller, 403 when none of the caller's roles grants `permission`. */
export function authorize(permission: Permission | 'authenticated'): onRequestHookHandler {
  return async (request) => {
    const principal = requirePrincipal(request);
    if (permission !== 'authenticated' && !hasPermission(principal.roles, permission)) {
      throw new AppError('forbidden', {
        en: `Your role (${principal.roles.join(', ')}) may not ${permission.replace(':', ' ')}`,
        zhHant: `你的角色（${principal.roles.join('、')}）沒有「${permission}」權限`,
      });
    }
  };
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) {
    const refusal = sessionRefusalError(request);
    if (refusal) throw refusal;
    // A placeholder is no key: the same 401, but counted as a failed key (it may be a guess).
    request.placeholderFailure?.();
    throw new AppError(
      'unauthenticated',
      { en: 'This route needs an API key', zhHant: '此位址需要 API 金鑰' },
      headerIssue({ en: 'is required', zhHant: '必須提供' }),
    );
  }
  return request.principal;
}

/**
 * Whether the matched route serves anonymous callers: its OpenAPI security lists the empty
 * requirement (`[{}, {bearer: []}]`, the public chat routes). Read from the route's own schema so
 * the document and the behaviour cannot disagree.
 */
function opensToAnonymous(request: FastifyRequest): boolean {
  const security = (request.routeOptions.schema as { security?: unknown } | undefined)?.security;
  return Array.isArray(security) && security.some((s) => typeof s === 'object' && s && Object.keys(s).length === 0);
}

/** The service context of an authenticated request. */
export function serviceContext(request: FastifyRequest): ServiceContext {
  return { principal: requirePrincipal(request), requestId: request.id };
}
