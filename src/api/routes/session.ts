import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticate, endSession, openSession, type Session, type SessionPolicy } from '../../access/index.ts';
import { AppError, type Config, grantedPermissions } from '../../core/index.ts';
import { departments, type Store, users } from '../../store/index.ts';
import { eq } from 'drizzle-orm';
import { type AuthFailureLimiter, failurePrefix } from '../auth-failure-limiter.ts';
import { departmentSchema, errorResponses, permissionsSchema, userSchema } from '../schemas.ts';
import { countFailedKey } from '../authenticate-request.ts';
import { clearSessionCookie, SESSION_COOKIE, sessionRefusalError, setSessionCookie } from '../session-cookie.ts';
import { toJson } from '../to-json.ts';

/** Where the sign-in page sends the browser for the organisation's identity provider. */
export const OIDC_LOGIN_PATH = '/auth/oidc/login';

const sessionSchema = z.object({
  user: userSchema,
  department: departmentSchema,
  permissions: permissionsSchema,
  csrfToken: z.string().describe('Send it back in the x-csrf-token header with every POST, PATCH, PUT and DELETE'),
  idleTimeoutSeconds: z.number().int().describe('The session ends after this long without a request'),
  expiresAt: z.string().describe('The session ends then however active it is (ISO 8601)'),
});

const signInBody = z.object({ apiKey: z.string().min(1).max(256) }).strict();

const optionsSchema = z.object({
  oidc: z.object({ loginUrl: z.string(), name: z.string() }).nullable(),
  apiKeySignIn: z.literal(true),
});

const REASONS = {
  malformed: { en: 'is malformed', zhHant: '格式不正確' },
  unknown: { en: 'is not known', zhHant: '不是已知的金鑰' },
  revoked: { en: 'has been revoked', zhHant: '已被撤銷' },
  expired: { en: 'has expired', zhHant: '已過期' },
  disabled: { en: 'belongs to a disabled user or department', zhHant: '屬於已停用的使用者或部門' },
} as const;

/**
 * The web console's sign-in (issue 15): a session cookie opened with an API key (the bootstrap
 * admin's) or by the organisation's identity provider (src/api/routes/oidc.ts), read back and ended.
 */
export function sessionRoutes(
  app: FastifyInstance,
  store: Store,
  config: Config,
  policy: SessionPolicy,
  limiter: AuthFailureLimiter,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const describe = async (session: Session) => {
    const [row] = await store.db
      .select({ user: users, department: departments })
      .from(users)
      .innerJoin(departments, eq(departments.id, users.departmentId))
      .where(eq(users.id, session.userId));
    if (!row)
      throw new AppError('unauthenticated', {
        en: 'The session’s user no longer exists',
        zhHant: '登入時段的使用者已不存在',
      });
    return {
      user: toJson(row.user),
      department: toJson(row.department),
      // The console reads who it is and what it may show from this one call (no second round trip to /me).
      permissions: grantedPermissions(row.user.roles),
      csrfToken: session.csrfToken,
      idleTimeoutSeconds: Math.round(policy.idleMs / 1000),
      expiresAt: session.expiresAt.toISOString(),
    };
  };

  api.post(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign in to the console with an API key: sets the lr_session cookie',
        body: signInBody,
        response: { 201: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { apiKey } = request.body;
      const result = await authenticate(store.db, apiKey);
      if (!result.ok) {
        // Counted like any wrong bearer key: the limiter only ever refuses failures.
        countFailedKey(limiter, request, reply, failurePrefix(apiKey));
        const reason = REASONS[result.reason];
        throw new AppError('unauthenticated', { en: `The API key ${reason.en}`, zhHant: `API 金鑰${reason.zhHant}` }, [
          { field: 'body.apiKey', code: 'invalid', message: reason },
        ]);
      }
      const { token, session } = await openSession(
        store.db,
        { principal: result.principal, requestId: request.id },
        'api_key',
        policy,
        { keyId: result.principal.keyId },
      );
      setSessionCookie(request, reply, token, session);
      return reply.code(201).send(await describe(session));
    },
  );

  api.get(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'The signed-in console session: user, department, CSRF token and lifetimes',
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request) => describe(requireSession(request)),
  );

  api.delete(
    '/api/v1/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign out: ends the session and clears the cookie (204 also when none was open)',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = request.consoleSession;
      if (session && request.principal) {
        await endSession(store.db, { principal: request.principal, requestId: request.id }, session);
      }
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/v1/session/options',
    {
      schema: {
        tags: ['session'],
        summary: 'How one may sign in: the organisation’s identity provider (when configured) and API keys',
        response: { 200: optionsSchema, ...errorResponses },
      },
    },
    async () => ({
      oidc: config.oidcIssuer ? { loginUrl: OIDC_LOGIN_PATH, name: config.oidcName } : null,
      apiKeySignIn: true as const,
    }),
  );
}

function requireSession(request: FastifyRequest): Session {
  if (request.consoleSession) return request.consoleSession;
  throw (
    sessionRefusalError(request) ??
    new AppError(
      'unauthenticated',
      { en: 'No console session: sign in first', zhHant: '未有管理介面登入時段，請先登入' },
      [{ field: `cookies.${SESSION_COOKIE}`, code: 'required', message: 'is required' }],
    )
  );
}
