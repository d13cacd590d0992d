import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  auditRefusedOidcSignIn,
  findOidcUser,
  isMachineAccount,
  linkOidcIdentity,
  type OidcIdentity,
  type OidcRefusal,
  OidcSignIn,
  openPendingSignIn,
  openSession,
  PENDING_SIGN_IN_MS,
  pendingSignInKey,
  sealPendingSignIn,
  type SessionPolicy,
  type User,
} from '../../access/index.ts';
import { AppError, type Config } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { setSessionCookie } from '../session-cookie.ts';
import { OIDC_LOGIN_PATH } from './session.ts';

/** The callback's path; the redirect URL registered at the provider ends with it. */
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';
/** Short-lived signed cookie carrying state, nonce, PKCE verifier and return path between the two. */
const PENDING_COOKIE = 'lr_oidc';
const SIGN_IN_PAGE = '/console/sign-in';
const CONSOLE_HOME = '/console/';

/**
 * Sign-in with the organisation's OpenID Connect provider (issue 15): authorization code flow with
 * PKCE, state and nonce (openid-client). Browser redirects, so hidden from the OpenAPI document;
 * every failure ends at the console's sign-in page with an `error` code, never a 500.
 */
export function oidcRoutes(app: FastifyInstance, store: Store, config: Config, policy: SessionPolicy): void {
  const signIn =
    config.oidcIssuer && config.oidcClientId
      ? new OidcSignIn({
          issuer: config.oidcIssuer,
          clientId: config.oidcClientId,
          clientSecret: config.oidcClientSecret,
          scopes: config.oidcScopes,
        })
      : null;
  const key = pendingSignInKey(config.secretKey);
  const pendingCookie = (request: FastifyRequest) => ({
    httpOnly: true,
    // Lax: the provider's redirect back is a top-level GET from another site, which Lax lets through.
    sameSite: 'lax' as const,
    path: '/auth/oidc',
    secure: request.protocol === 'https',
  });
  const configured = (): OidcSignIn => {
    if (!signIn)
      throw new AppError('not_found', {
        en: 'Sign-in with an identity provider is not configured on this server',
        zhHant: '此伺服器未有設定以身分提供者登入',
      });
    return signIn;
  };

  app.get(OIDC_LOGIN_PATH, { schema: { hide: true } }, async (request, reply) => {
    const oidc = configured();
    const returnTo = consolePath((request.query as Record<string, unknown>).returnTo);
    const redirectUri =
      config.oidcRedirectUrl ?? `${config.publicUrl ?? `${request.protocol}://${request.host}`}${OIDC_CALLBACK_PATH}`;
    try {
      const { url, pending } = await oidc.start(redirectUri, returnTo);
      reply.setCookie(PENDING_COOKIE, sealPendingSignIn(pending, key), {
        ...pendingCookie(request),
        maxAge: PENDING_SIGN_IN_MS / 1000,
      });
      return reply.redirect(url.href, 302);
    } catch (error) {
      request.log.warn({ err: error }, 'OIDC discovery failed');
      return refuse(reply, 'oidc_failed');
    }
  });

  app.get(OIDC_CALLBACK_PATH, { schema: { hide: true } }, async (request, reply) => {
    const oidc = configured();
    const pending = openPendingSignIn(request.cookies[PENDING_COOKIE], key);
    reply.clearCookie(PENDING_COOKIE, pendingCookie(request));
    const fail = async (reason: OidcRefusal, identity: OidcIdentity | null, user: User | null, error?: unknown) => {
      request.log.warn({ err: error, reason }, 'OIDC sign-in refused');
      await auditRefusedOidcSignIn(store.db, request.id, reason, identity, user);
      return refuse(reply, reason);
    };
    if (!pending) return fail('oidc_failed', null, null, new Error('no valid pending sign-in cookie'));
    let identity: OidcIdentity;
    try {
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      identity = await oidc.finish(new URL(`${pending.redirectUri}${query}`), pending);
    } catch (error) {
      return fail('oidc_failed', null, null, error);
    }
    const found = await findOidcUser(store.db, identity);
    if (!found.ok) return fail(found.reason, identity, found.user);
    // A machine account has no person behind it: whoever holds its e-mail address may not be it.
    if (isMachineAccount(found.user)) return fail('disabled', identity, found.user);
    const { token, session } = await openSession(
      store.db,
      { principal: found.principal, requestId: request.id },
      'oidc',
      policy,
      { issuer: identity.issuer, subject: identity.subject, linkedByEmail: !found.linked },
      found.linked ? undefined : (tx) => linkOidcIdentity(tx, identity, found.user.id),
    );
    setSessionCookie(request, reply, token, session);
    return reply.redirect(pending.returnTo, 302);
  });
}

function refuse(reply: FastifyReply, reason: OidcRefusal): FastifyReply {
  return reply.redirect(`${SIGN_IN_PAGE}?error=${reason}`, 302);
}

/**
 * Where to go after signing in: a path of this server under /console, else the console's home.
 * Anything else (another host, `//evil`, `/\evil`, a scheme) would make the sign-in an open redirect.
 */
export function consolePath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return CONSOLE_HOME;
  }
  try {
    const base = 'http://lionrock.invalid';
    const url = new URL(value, base);
    if (url.origin !== base || !/^\/console(\/|$)/.test(url.pathname)) return CONSOLE_HOME;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return CONSOLE_HOME;
  }
}
