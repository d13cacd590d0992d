import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession, type Session, type SessionPolicy } from '../access/index.ts';
import { AppError, type Config, type LocalizedText } from '../core/index.ts';
import type { Executor } from '../store/index.ts';

/** The console's session cookie: httpOnly, SameSite=Lax, Path=/, Secure over https. */
export const SESSION_COOKIE = 'lr_session';
/** The header carrying the session's CSRF token on every cookie-authenticated state change. */
export const CSRF_HEADER = 'x-csrf-token';
/**
 * Marks a read the page made by itself (a queue refreshing), not the officer: it does not restart
 * the session's idle timer. Only reads: any change is the officer's doing.
 */
export const BACKGROUND_HEADER = 'x-lionrock-background';

declare module 'fastify' {
  interface FastifyRequest {
    /** The console session the request was authenticated by (null for bearer or anonymous requests). */
    consoleSession: Session | null;
    /** Why the request's session cookie authenticated no one: routes needing a caller say so. */
    sessionRefusal: 'expired' | 'disabled' | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session policy of the configuration. */
export function sessionPolicy(config: Config): SessionPolicy {
  return { idleMs: config.sessionIdleMinutes * 60_000, maxMs: config.sessionMaxHours * 3_600_000 };
}

/**
 * Authenticates a request without `Authorization` by its `lr_session` cookie. A state change so
 * authenticated must carry the session's token in `x-csrf-token` and, when it names an Origin,
 * come from this server's own (the browser attaches the cookie to forged cross-site requests; it
 * never lets another site read the token). The sign-in route itself authenticates by its body.
 */
export async function authenticateSessionCookie(
  request: FastifyRequest,
  db: Executor,
  policy: SessionPolicy,
  publicUrl: string | undefined,
): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  if (request.method === 'POST' && request.routeOptions.url === '/api/v1/session') return;
  const background = SAFE_METHODS.has(request.method) && request.headers[BACKGROUND_HEADER] === '1';
  const result = await resolveSession(db, token, policy, { activity: !background });
  if (!result.ok) {
    if (result.reason !== 'unknown') request.sessionRefusal = result.reason;
    return;
  }
  if (!SAFE_METHODS.has(request.method)) {
    const origin = request.headers.origin;
    if (origin !== undefined && !ownOrigins(request, publicUrl).includes(originOf(origin))) {
      throw new AppError(
        'csrf_failed',
        {
          en: `A signed-in change must come from this server, not ${origin}`,
          zhHant: `已登入的變更須由此伺服器發出，不可來自 ${origin}`,
        },
        [
          {
            field: 'headers.origin',
            code: 'cross_origin',
            message: { en: 'is not this server', zhHant: '並非此伺服器' },
          },
        ],
      );
    }
    if (!sameToken(request.headers[CSRF_HEADER], result.session.csrfToken)) {
      throw new AppError(
        'csrf_failed',
        {
          en: `Send the session's CSRF token in the ${CSRF_HEADER} header`,
          zhHant: `請在 ${CSRF_HEADER} 標頭傳送登入時段的 CSRF 權杖`,
        },
        [
          {
            field: `headers.${CSRF_HEADER}`,
            code: 'csrf',
            message: { en: "must be the session's CSRF token", zhHant: '須為登入時段的 CSRF 權杖' },
          },
        ],
      );
    }
  }
  request.principal = result.principal;
  request.consoleSession = result.session;
}

/** Sets the session cookie; it ends with the session's absolute lifetime. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, session: Session): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.protocol === 'https',
    maxAge: Math.max(0, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000)),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.protocol === 'https',
  });
}

/** The refusal for a route that needs a caller when the session cookie named none. */
export function sessionRefusalError(request: FastifyRequest): AppError | null {
  const issue = (message: LocalizedText) => [{ field: `cookies.${SESSION_COOKIE}`, code: 'session', message }];
  if (request.sessionRefusal === 'expired') {
    return new AppError(
      'session_expired',
      {
        en: 'Your session ended (idle or past its lifetime); sign in again',
        zhHant: '你的登入時段已結束（閒置過久或已超過時限），請重新登入',
      },
      issue({ en: 'has expired', zhHant: '已過期' }),
    );
  }
  if (request.sessionRefusal === 'disabled') {
    return new AppError(
      'unauthenticated',
      { en: "The session's user or department is disabled", zhHant: '登入時段的使用者或部門已停用' },
      issue({ en: 'is disabled', zhHant: '已停用' }),
    );
  }
  return null;
}

/** This server's origin as the request reached it (behind trusted proxies: as the client used it). */
function ownOrigins(request: FastifyRequest, publicUrl: string | undefined): string[] {
  const origins = [originOf(`${request.protocol}://${request.host}`)];
  if (publicUrl) origins.push(originOf(publicUrl));
  return origins;
}

/** The origin in its normal form (default port dropped, host lower-cased); `null` when unparseable. */
function originOf(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return 'null';
  }
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
