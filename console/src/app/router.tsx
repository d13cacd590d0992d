import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireSession, sessionQuery } from '../features/session/index.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { PageCode } from './page-code.tsx';
import { type PageName, prefetchFirstReads } from './pages.ts';
import { Shell } from './shell.tsx';

/** A page, drawn from its code once that has arrived (page-code.tsx). */
const page = (name: PageName): Pick<RouteObject, 'element'> => ({ element: <PageCode name={name} /> });

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
