import type { QueryClient } from '@tanstack/react-query';
import { prefetchDashboard } from '../features/dashboard/api/dashboard.ts';
import { prefetchInbox } from '../features/handoffs/api/handoffs-api.ts';
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

/**
 * Starts loading the code of the page at `pathname` (`/console/bots/…` or `/bots`): for the page the
 * browser opened, before React first renders (the router would ask only after the app's script has run
 * and rendered once); for a menu entry the pointer or focus is on, before it is chosen.
 */
export function preloadPage(pathname: string): Promise<void> {
  const segment = firstSegment(pathname);
  const load = PAGES[segment as keyof typeof PAGES];
  if (!load) return Promise.resolve();
  return load()
    .then((module) => void loaded.set(segment as keyof typeof PAGES, module.default))
    .catch(() => {}); // The router loads it again on the way in, and shows the failure there.
}

const loaded = new Map<keyof typeof PAGES, React.ComponentType>();

/** A page whose code has already arrived: the router draws it at once, with no loading state first. */
export function loadedPage(name: keyof typeof PAGES): React.ComponentType | undefined {
  return loaded.get(name);
}

type FirstReads = (queryClient: QueryClient, me: SignedIn, params: URLSearchParams) => void;

/**
 * What a page reads first, by the first segment of its address. Pages without an entry load their
 * data as they render. The server makes the same reads for a first visit (src/web/console-first-screen.ts).
 */
const FIRST_READS: Partial<Record<keyof typeof PAGES, FirstReads>> = {
  '': prefetchDashboard,
  handoffs: (queryClient, _me, params) => prefetchInbox(queryClient, params),
};

/**
 * Starts the first reads of the page at `pathname` with `params` (its own page, not a sub-page: a
 * case or a bot has its own): from the route's loader, so data and code travel together, and from a
 * menu entry the pointer or focus is on, so the data is often back before it is chosen. A read
 * still fresh in the cache is not repeated, so an officer sweeping the menu costs at most one read
 * per page per cache lifetime.
 */
export function prefetchFirstReads(
  queryClient: QueryClient,
  me: SignedIn,
  pathname: string,
  params: URLSearchParams,
): void {
  const path = pathname.replace(/^\/console/, '').replace(/^\/|\/$/g, '');
  if (path.includes('/')) return;
  FIRST_READS[path as keyof typeof PAGES]?.(queryClient, me, params);
}

function firstSegment(pathname: string): string {
  return (
    pathname
      .replace(/^\/console/, '')
      .replace(/^\//, '')
      .split('/')[0] ?? ''
  );
}
