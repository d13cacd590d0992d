import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireSession } from '../features/session/index.ts';
import { PageCode } from './page-code.tsx';
import { startFirstReads } from './pages.ts';
import { Shell } from './shell.tsx';

/**
 * The console's address space under `/console/`: sign-in, and every other address inside the
 * signed-in frame, which draws its page (page-slots.tsx). Each feature owns its sub-routes (`bots/*`
 * is the bots feature's `<Routes>`), so adding a page inside a feature touches only that feature.
 */
export function consoleRoutes(): RouteObject[] {
  return [
    { path: 'sign-in', element: <PageCode name="sign-in" /> },
    {
      path: '*',
      element: (
        <RequireSession>
          <Shell />
        </RequireSession>
      ),
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
