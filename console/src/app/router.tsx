import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireSession, sessionQuery } from '../features/session/index.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { PageLoading } from './page-loading.tsx';
import { loadedPage, PAGES, prefetchFirstReads } from './pages.ts';
import { Shell } from './shell.tsx';

/**
 * A page module, loaded on first visit: the first screen downloads only what it shows. A page whose
 * code is already here (the opened page, preloaded before the app first renders; a menu entry
 * pointed at) is drawn at once, without a render of the loading state first.
 */
const page = (name: keyof typeof PAGES): Pick<RouteObject, 'lazy' | 'Component' | 'HydrateFallback'> => {
  const Component = loadedPage(name);
  if (Component) return { Component };
  return {
    lazy: async () => ({ Component: (await PAGES[name]()).default }),
    HydrateFallback: PageLoading,
  };
};

/**
 * The console's address space under `/console/`. Each feature owns its sub-routes (`bots/*` is the
 * bots feature's `<Routes>`), so adding a page inside a feature touches only that feature.
 */
export function consoleRoutes(): RouteObject[] {
  return [
    { path: 'sign-in', ...page('sign-in') },
    {
      path: '/',
      element: (
        <RequireSession>
          <Shell />
        </RequireSession>
      ),
      children: [
        { index: true, ...page('') },
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
          ...page(name),
        })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

/**
 * The router, which starts the first reads of each page it goes to (pages.ts) as the navigation
 * starts, once the session is known, so the data and the page's code travel together. (Route loaders
 * would do the same but give every navigation a loading state to draw first.)
 */
export function createConsoleRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(consoleRoutes(), { basename: '/console' });
  let started = '';
  const startFirstReads = ({ pathname, search }: { pathname: string; search: string }) => {
    if (`${pathname}${search}` === started) return;
    started = `${pathname}${search}`;
    queryClient
      .ensureQueryData(sessionQuery)
      .then((me) => prefetchFirstReads(queryClient, me, pathname, new URLSearchParams(search)))
      .catch(() => {}); // Signed out: the shell sends the officer to sign in; the page fetches nothing.
  };
  startFirstReads(router.state.location);
  router.subscribe((state) => startFirstReads(state.navigation.location ?? state.location));
  return router;
}
