import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-schema';
import { takeFirstScreenAnswer } from './first-screen.ts';
import { ProblemError, toProblem } from './problem.ts';

/**
 * The one way the console talks to the server: openapi-fetch typed by the types generated from
 * `/openapi.json` (api-schema.d.ts), so a path, parameter or body the server does not have fails
 * the console's typecheck. The browser sends the session cookie (same origin); state changes carry
 * the session's CSRF token; every request says which language the officer reads.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // The first screen's reads may already be in the page (lib/first-screen.ts).
  fetch: async (request: Request) => (await takeFirstScreenAnswer(request)) ?? globalThis.fetch(request),
});

const session = {
  csrfToken: null as string | null,
  language: 'zh-Hant-HK',
  onExpired: () => {},
  /** The problem code of the 401 that ended the session (`session_expired` after idling). */
  endedBecause: null as string | null,
};

/** Called by the session feature after sign-in and on each session check. */
export function setCsrfToken(token: string | null): void {
  session.csrfToken = token;
  if (token) session.endedBecause = null;
}

/**
 * Why the server last refused the session mid-visit (`session_expired` after the idle timeout),
 * so the sign-in page can say so: the session check that follows only learns there is none.
 */
export function sessionEndReason(): string | null {
  return session.endedBecause;
}

export function setApiLanguage(languageTag: string): void {
  session.language = languageTag;
}

/** What to do when the server says the session is gone (idle timeout, sign-out elsewhere). */
export function onSessionExpired(handler: () => void): void {
  session.onExpired = handler;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Headers of a read the page makes by itself (a queue refreshing), not the officer: the server does
 * not count it as activity, so an unattended console still reaches its idle timeout and signs out.
 */
export const BACKGROUND_READ = { 'x-lionrock-background': '1' } as const;

const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', session.language);
    if (session.csrfToken && !SAFE_METHODS.has(request.method)) request.headers.set('x-csrf-token', session.csrfToken);
    return request;
  },
  async onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/v1/session')) {
      const problem = (await response
        .clone()
        .json()
        .catch(() => null)) as { code?: string } | null;
      // Parallel calls race: the first learns the session idled out (and ends it), the others only
      // that there is none. Keep the reason.
      if (problem?.code === 'session_expired' || session.endedBecause === null) {
        session.endedBecause = problem?.code ?? 'unauthenticated';
      }
      session.onExpired();
    }
    return response;
  },
};
api.use(sessionMiddleware);

/**
 * The data of an openapi-fetch result, or a thrown ProblemError: query and mutation functions
 * return `unwrap(await api.GET(...))` and pages read `error.problem`.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ProblemError(toProblem(result.response.status, result.error));
}
