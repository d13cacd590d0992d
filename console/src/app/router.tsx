import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunction, type RouteObject } from 'react-router';
import { prefetchDashboard } from '../features/dashboard/api/dashboard.ts';
import { prefetchInbox } from '../features/handoffs/api/handoffs-api.ts';
import { RequireSession, sessionQuery } from '../features/session/index.ts';
import type { SignedIn } from '../lib/current-user.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { PageLoading } from './page-loading.tsx';
import { PAGES } from './pages.ts';
import { Shell } from './shell.tsx';

/** A page module loaded on first visit: the first screen downloads only what it shows. */
const page = (
  load: () => Promise<{ default: React.ComponentType }>,
): Pick<RouteObject, 'lazy' | 'HydrateFallback'> => ({
  lazy: async () => ({ Component: (await load()).default }),
  HydrateFallback: PageLoading,
});

type Prefetch = (queryClient: QueryClient, me: SignedIn, params: URLSearchParams) => void;

/**
 * What a page reads first, by the address it opens (page path after `/console/`). Started by the
 * route's loader, so the data and the page's code travel together instead of the data waiting for
 * the code to render. Pages without an entry load their data as they render.
 */
const PREFETCH: Record<string, Prefetch> = {
  '': prefetchDashboard,
  handoffs: (queryClient, _me, params) => prefetchInbox(queryClient, params),
};

/**
 * A loader that starts the reads of `path`'s first page (not of its sub-pages: a case or a bot has
 * its own) once the session is known, and never holds the navigation up.
 */
const prefetchLoader =
  (queryClient: QueryClient, path: string): LoaderFunction =>
  ({ request, params }) => {
    const prefetch = PREFETCH[path];
    if (prefetch && !params['*']) {
      const search = new URL(request.url).searchParams;
      queryClient
        .ensureQueryData(sessionQuery)
        .then((me) => prefetch(queryClient, me, search))
        .catch(() => {}); // Signed out: the shell sends the officer to sign in; the page fetches nothing.
    }
    return null;
  };

/**
 * The console's address space under `/console/`. Each feature owns its sub-routes (`bots/*` is the
 * bots feature's `<Routes>`), so adding a page inside a feature touches only that feature.
 */
export function consoleRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    { path: 'sign-in', ...page(PAGES['sign-in']) },
    {
      path: '/',
      element: (
        <RequireSession>
          <Shell />
        </RequireSession>
      ),
      children: [
        { index: true, loader: prefetchLoader(queryClient, ''), ...page(PAGES['']) },
        ...(
          [
            'bots',
            'knowledge',
            'handoffs',
            'guard',
            'gateway',
            'people',
            'audit',
            'governance',
            'data',
            'assistant',
          ] as const
        ).map((name) => ({
          path: `${name}/*`,
          loader: prefetchLoader(queryClient, name),
          ...page(PAGES[name]),
        })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

export function createConsoleRouter(queryClient: QueryClient) {
  return createBrowserRouter(consoleRoutes(queryClient), { basename: '/console' });
}
