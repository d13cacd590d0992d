import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireSession } from '../features/session/index.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { PageCode } from './page-code.tsx';
import { type PageName, startFirstReads } from './pages.ts';
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
 * The router, which starts the first reads of each page it goes to as the navigation starts (pages.ts);
 * the opened page's were started before the app's first render (app.tsx).
 */
export function createConsoleRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(consoleRoutes(), { basename: '/console' });
  let started = `${router.state.location.pathname}${router.state.location.search}`;
  router.subscribe((state) => {
    const next = state.navigation.location ?? state.location;
    if (`${next.pathname}${next.search}` === started) return;
    started = `${next.pathname}${next.search}`;
    startFirstReads(queryClient, next);
  });
  return router;
}
