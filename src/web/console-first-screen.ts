import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The class of the data blocks the console reads before it first renders (console/src/lib/first-screen.ts). */
export const FIRST_SCREEN_CLASS = 'lr-first-screen';

/**
 * The console's session cookie (src/api/session-cookie.ts names it; src/web sits below src/api and
 * cannot import it). Only this cookie is passed on to the API calls made for the page.
 */
const SESSION_COOKIE = 'lr_session';

/** The part of `GET /api/v1/session` the first reads depend on. */
interface SessionAnswer {
  user: { roles: string[] };
  department: { id: string };
}

type FirstReads = (session: SessionAnswer, query: URLSearchParams) => string[];

const DASHBOARD_PERIODS = ['7', '30', '90'];
const INBOX_VIEWS = ['open', 'overdue', 'mine', 'referred'];
/** The inbox's page size (console/src/features/handoffs/api/handoffs-api.ts, PAGE_SIZE). */
const INBOX_PAGE_SIZE = 25;

/**
 * What each page of the console reads first, by the first segment of its address, as the console
 * itself would ask for it (features/dashboard/api/dashboard.ts `dashboardView`, features/handoffs/api
 * `inboxView`). A read the console asks for differently is not lost, only fetched by the browser:
 * e2e/console-shell.test.ts checks that a first visit to these pages makes no API call.
 */
const FIRST_READS: Record<string, FirstReads> = {
  '': (session, query) => {
    const platformAdmin = session.user.roles.includes('platform_admin');
    const days = query.get('days') ?? '30';
    const departmentId = (platformAdmin && query.get('department')) || session.department.id;
    const analytics = apiUrl('/api/v1/analytics/department', {
      departmentId,
      days: DASHBOARD_PERIODS.includes(days) ? days : '30',
    });
    return platformAdmin ? [analytics, '/api/v1/departments'] : [analytics];
  },
  handoffs: (_session, query) => {
    const view = query.get('view') ?? '';
    const page = Math.max(0, Number.parseInt(query.get('page') ?? '0', 10) || 0);
    const cases = apiUrl('/api/v1/handoff-cases', {
      status: INBOX_VIEWS.includes(view) ? view : 'open',
      limit: String(INBOX_PAGE_SIZE),
      offset: String(page * INBOX_PAGE_SIZE),
    });
    return [cases, '/api/v1/handoff-cases/agents'];
  },
};

/**
 * The key both sides file a read under: path and query parameters in sorted order, so the order
 * openapi-fetch writes them in does not matter.
 */
export function firstScreenKey(pathname: string, search: URLSearchParams): string {
  const sorted = new URLSearchParams(search);
  sorted.sort();
  const query = sorted.toString();
  return query ? `${pathname}?${query}` : pathname;
}

const apiUrl = (pathname: string, query: Record<string, string>) =>
  firstScreenKey(pathname, new URLSearchParams(query));

/**
 * Makes the API calls the console's first screen at `request.url` waits for — the session check,
 * then the opened page's first reads — inside the server with the request's session cookie, as the
 * console would make them, and hands each successful answer to `found` as it comes, keyed by
 * `firstScreenKey` (the session first: the console can draw its frame while the page's reads run).
 * Without a valid session nothing is found (the console then asks itself, and is sent to sign in).
 */
export async function findFirstScreenReads(
  app: FastifyInstance,
  request: FastifyRequest,
  found: (key: string, answer: unknown) => void,
): Promise<void> {
  const cookie = request.cookies?.[SESSION_COOKIE];
  if (!cookie) return;
  const url = new URL(request.url, 'http://console');
  const segments = url.pathname.replace(/^\/console\/?/, '').split('/');
  if (segments[0] === 'sign-in') return;
  const read = async (path: string) => {
    const response = await app.inject({
      method: 'GET',
      url: path,
      cookies: { [SESSION_COOKIE]: cookie },
      headers: { 'accept-language': request.headers['accept-language'] ?? 'zh-Hant-HK' },
      // Logged and limited as the officer's own calls, from their address.
      remoteAddress: request.ip,
    });
    if (response.statusCode !== 200) return undefined;
    const answer = response.json() as unknown;
    found(path, answer);
    return answer;
  };
  const session = (await read('/api/v1/session')) as SessionAnswer | undefined;
  if (!session) return;
  // Only a page's own first screen: a bot, a case or any sub-page reads what it reads.
  const firstReads = segments.length === 1 ? FIRST_READS[segments[0] ?? ''] : undefined;
  await Promise.all((firstReads?.(session, url.searchParams) ?? []).map(read));
}

/**
 * `reads` as an HTML data block (`type="application/json"`: never run, so the Content-Security-Policy's
 * `script-src 'self'` holds). `<`, `>`, `&` and the two JavaScript line separators are written as
 * `\uXXXX` escapes, which JSON reads back the same: no value can close the block (`</script>`) or
 * open a comment, whatever a bot's name or a citizen's question holds.
 */
export function firstScreenBlock(reads: Record<string, unknown>): string {
  const json = JSON.stringify(reads).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  // The line break after the block tells the console the block has arrived whole.
  return `<script type="application/json" class="${FIRST_SCREEN_CLASS}">${json}</script>\n`;
}
