import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireSession } from '../features/session/index.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { PageLoading } from './page-loading.tsx';
import { Shell } from './shell.tsx';

/** A page module loaded on first visit: the first screen downloads only what it shows. */
const page = (
  load: () => Promise<{ default: React.ComponentType }>,
): Pick<RouteObject, 'lazy' | 'HydrateFallback'> => ({
  lazy: async () => ({ Component: (await load()).default }),
  HydrateFallback: PageLoading,
});

/** Each page's code, by the first segment of its address ('' is the dashboard). */
const PAGES = {
  '': () => import('../features/dashboard/routes/dashboard-routes.tsx'),
  bots: () => import('../features/bots/routes/bots-routes.tsx'),
  knowledge: () => import('../features/knowledge/routes/knowledge-routes.tsx'),
  handoffs: () => import('../features/handoffs/routes/handoffs-routes.tsx'),
  guard: () => import('../features/guard/routes/guard-routes.tsx'),
  gateway: () => import('../features/gateway/routes/gateway-routes.tsx'),
  people: () => import('../features/people/routes/people-routes.tsx'),
  audit: () => import('../features/audit/routes/audit-routes.tsx'),
  'sign-in': () => import('../features/session/routes/sign-in-page.tsx'),
} satisfies Record<string, () => Promise<{ default: React.ComponentType }>>;

/**
 * The console's address space under `/console/`. Each feature owns its sub-routes (`bots/*` is the
 * bots feature's `<Routes>`), so adding a page inside a feature touches only that feature.
 */
export const routes: RouteObject[] = [
  { path: 'sign-in', ...page(PAGES['sign-in']) },
  {
    path: '/',
    element: (
      <RequireSession>
        <Shell />
      </RequireSession>
    ),
    children: [
      { index: true, ...page(PAGES['']) },
      ...(['bots', 'knowledge', 'handoffs', 'guard', 'gateway', 'people', 'audit'] as const).map((name) => ({
        path: `${name}/*`,
        ...page(PAGES[name]),
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Starts loading the code of the page the browser opened, before React first renders: the router
 * would only ask for it after the app's own script has run and rendered once.
 */
export function preloadOpenedPage(pathname: string): void {
  const segment = pathname.replace(/^\/console\/?/, '').split('/')[0] ?? '';
  const load = PAGES[segment as keyof typeof PAGES];
  if (load) void load().catch(() => {});
}

export function createConsoleRouter() {
  return createBrowserRouter(routes, { basename: '/console' });
}
