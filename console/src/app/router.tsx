import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  type LoaderFunction,
  type RouteObject,
  type ShouldRevalidateFunction,
} from 'react-router';
import { RequireSession } from '../features/session/index.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { PageCode } from './page-code.tsx';
import { type PageName, pageReady } from './pages.ts';
import { Shell } from './shell.tsx';

/**
 * How long a navigation keeps the page being left on screen while the next page's code and first
 * reads arrive (pages.ts), so that the next page is drawn once, whole, instead of a loading state
 * first and the page after: two renders and two layouts, the second waiting behind the first. Past
 * this the page is drawn with its loading state, as the officer should see that something happens.
 */
export const PENDING_NAVIGATION_MS = 250;

/**
 * A page, drawn from its code once that has arrived (page-code.tsx), after `ready` (a route loader:
 * the router keeps the page being left meanwhile).
 */
const page = (
  name: PageName,
  ready?: LoaderFunction,
): Pick<RouteObject, 'element' | 'loader' | 'shouldRevalidate'> => ({
  element: <PageCode name={name} />,
  ...(ready ? { loader: ready, shouldRevalidate: samePageStaysDrawn } : {}),
});

/**
 * A change of the address's query alone (the inbox's view, the dashboard's period) stays on the
 * same page, which shows its rows from before meanwhile: it is drawn at once, not held back.
 */
const samePageStaysDrawn: ShouldRevalidateFunction = ({ currentUrl, nextUrl }) =>
  currentUrl.pathname !== nextUrl.pathname;

/**
 * The console's address space under `/console/`. Each feature owns its sub-routes (`bots/*` is the
 * bots feature's `<Routes>`), so adding a page inside a feature touches only that feature. `ready`
 * holds each navigation until the next page can be drawn whole (createConsoleRouter).
 */
export function consoleRoutes(ready?: LoaderFunction): RouteObject[] {
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
        { index: true, ...page('', ready) },
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
          ...page(name, ready),
        })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

/**
 * The router, which starts the code and first reads of each page it goes to as the navigation starts
 * (pages.ts) and draws the page once they are here, or after {@link PENDING_NAVIGATION_MS}. The opened
 * page's were started before the app's first render (app.tsx), which waits for its code only.
 */
export function createConsoleRouter(queryClient: QueryClient) {
  let opened = false;
  const ready: LoaderFunction = async ({ request }) => {
    const next = pageReady(queryClient, new URL(request.url));
    if (opened) await Promise.race([next, new Promise((resolve) => setTimeout(resolve, PENDING_NAVIGATION_MS))]);
    opened = true;
    return null;
  };
  return createBrowserRouter(consoleRoutes(ready), { basename: '/console' });
}
