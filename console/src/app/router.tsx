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

/**
 * The console's address space under `/console/`. Each feature owns its sub-routes (`bots/*` is the
 * bots feature's `<Routes>`), so adding a page inside a feature touches only that feature.
 */
export const routes: RouteObject[] = [
  { path: 'sign-in', ...page(() => import('../features/session/routes/sign-in-page.tsx')) },
  {
    path: '/',
    element: (
      <RequireSession>
        <Shell />
      </RequireSession>
    ),
    children: [
      { index: true, ...page(() => import('../features/dashboard/routes/dashboard-routes.tsx')) },
      { path: 'bots/*', ...page(() => import('../features/bots/routes/bots-routes.tsx')) },
      { path: 'knowledge/*', ...page(() => import('../features/knowledge/routes/knowledge-routes.tsx')) },
      { path: 'handoffs/*', ...page(() => import('../features/handoffs/routes/handoffs-routes.tsx')) },
      { path: 'guard/*', ...page(() => import('../features/guard/routes/guard-routes.tsx')) },
      { path: 'gateway/*', ...page(() => import('../features/gateway/routes/gateway-routes.tsx')) },
      { path: 'people/*', ...page(() => import('../features/people/routes/people-routes.tsx')) },
      { path: 'audit/*', ...page(() => import('../features/audit/routes/audit-routes.tsx')) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createConsoleRouter() {
  return createBrowserRouter(routes, { basename: '/console' });
}
