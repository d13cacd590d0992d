import type { QueryClient } from '@tanstack/react-query';
import { prefetchDashboard } from '../features/dashboard/api/dashboard.ts';
import { prefetchInbox } from '../features/handoffs/api/handoffs-api.ts';
import { sessionQuery } from '../features/session/index.ts';
import type { SignedIn } from '../lib/current-user.tsx';

/** Each page's code, by the first segment of its address ('' is the dashboard). */
export const PAGES = {
  '': () => import('../features/dashboard/routes/dashboard-routes.tsx'),
  bots: () => import('../features/bots/routes/bots-routes.tsx'),
  knowledge: () => import('../features/knowledge/routes/knowledge-routes.tsx'),
  handoffs: () => import('../features/handoffs/routes/handoffs-routes.tsx'),
  guard: () => import('../features/guard/routes/guard-routes.tsx'),
  gateway: () => import('../features/gateway/routes/gateway-routes.tsx'),
  people: () => import('../features/people/routes/people-routes.tsx'),
  audit: () => import('../features/audit/routes/audit-routes.tsx'),
  governance: () => import('../features/governance/routes/governance-routes.tsx'),
  data: () => import('../features/data/routes/data-routes.tsx'),
  assistant: () => import('../features/assistant/routes/assistant-routes.tsx'),
  'sign-in': () => import('../features/session/routes/sign-in-page.tsx'),
} satisfies Record<string, () => Promise<{ default: React.ComponentType }>>;

export type PageName = keyof typeof PAGES;

const loaded = new Map<PageName, React.ComponentType>();
const arrivals = new Set<() => void>();

/** Loads a page's code once; resolves with the page, rejects when its chunk could not be fetched. */
export async function loadPage(name: PageName): Promise<React.ComponentType> {
  const known = loaded.get(name);
  if (known) return known;
  const page = (await PAGES[name]()).default;
  loaded.set(name, page);
  for (const notify of arrivals) notify();
  return page;
}

/** The page, if its code has arrived: drawn at once, with no loading state first. */
export function loadedPage(name: PageName): React.ComponentType | undefined {
  return loaded.get(name);
}

/** Calls `notify` whenever a page's code arrives (for useSyncExternalStore); returns the unsubscribe. */
export function onPageArrival(notify: () => void): () => void {
  arrivals.add(notify);
  return () => arrivals.delete(notify);
}

/**
 * Starts loading the code of the page at `pathname` (`/console/bots/…` or `/bots`): for the page the
 * browser opened, before React first renders; for a menu entry the pointer or focus is on, before it
 * is chosen. A failure is shown where the page would be, when the officer goes there.
 */
export function preloadPage(pathname: string): Promise<void> {
  const name = pageOf(pathname);
  if (!isPageName(name)) return Promise.resolve();
  return loadPage(name).then(
    () => {},
    () => {},
  );
}

/** Starts a page's first reads; settles when they have (a failed read settles too, kept in the cache). */
type FirstReads = (queryClient: QueryClient, me: SignedIn, params: URLSearchParams) => Promise<unknown>;

/**
 * What a page reads first, by the first segment of its address. Pages without an entry load their
 * data as they render. The server makes the same reads for a first visit (src/web/console-first-screen.ts).
 */
const FIRST_READS: Partial<Record<PageName, FirstReads>> = {
  '': prefetchDashboard,
  handoffs: (queryClient, _me, params) => prefetchInbox(queryClient, params),
};

/**
 * Starts the first reads of the page at `pathname` with `params` (its own page, not a sub-page: a
 * case or a bot has its own). A read still fresh in the cache is not repeated, so an officer sweeping
 * the menu costs at most one read per page per cache lifetime. Resolves, once they have settled,
 * whether the page has first reads at all.
 */
export async function prefetchFirstReads(
  queryClient: QueryClient,
  me: SignedIn,
  pathname: string,
  params: URLSearchParams,
): Promise<boolean> {
  const path = pagePath(pathname);
  const reads = path.includes('/') ? undefined : FIRST_READS[path as PageName];
  if (!reads) return false;
  await reads(queryClient, me, params);
  return true;
}

/**
 * Gets the page at a menu entry's `pathname` ready to be drawn ahead (page-slots.tsx): its code and
 * its first reads. Resolves whether it is: a page whose data comes as it renders would be drawn
 * ahead as its loading state only, and one whose code failed shows the failure when chosen.
 */
export async function prepareMenuPage(queryClient: QueryClient, me: SignedIn, pathname: string): Promise<boolean> {
  const [, hasReads] = await Promise.all([
    preloadPage(pathname),
    prefetchFirstReads(queryClient, me, pathname, new URLSearchParams()),
  ]);
  const name = pageOf(pathname);
  return hasReads && isPageName(name) && loadedPage(name) !== undefined;
}

/**
 * The same once the session is known (before the app's first render, and as each navigation starts),
 * so the data and the page's code travel together. Signed out, it reads nothing: the shell sends the
 * officer to sign in.
 */
export function startFirstReads(queryClient: QueryClient, { pathname, search }: { pathname: string; search: string }) {
  queryClient
    .ensureQueryData(sessionQuery)
    .then((me) => prefetchFirstReads(queryClient, me, pathname, new URLSearchParams(search)))
    .catch(() => {});
}

/** The address inside the console, without slashes around it: `/console/bots/x/` → `bots/x`. */
function pagePath(pathname: string): string {
  return pathname.replace(/^\/console/, '').replace(/^\/|\/$/g, '');
}

/** The page an address belongs to: the first segment of its path inside the console. */
export function pageOf(pathname: string): string {
  return pagePath(pathname).split('/')[0] ?? '';
}

export function isPageName(name: string): name is PageName {
  return Object.hasOwn(PAGES, name);
}
