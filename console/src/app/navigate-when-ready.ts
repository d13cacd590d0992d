import { useQueryClient } from '@tanstack/react-query';
import { type MouseEvent, useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { pageReady } from './pages.ts';

/**
 * How long a menu click keeps the page being left while the next page's code and first reads arrive
 * (pages.ts), so that the next page is drawn once, whole, instead of a loading state first and the
 * page after: two renders and two layouts, the second waiting behind the first. Past this the page is
 * drawn with its loading state, as the officer should see that something happens.
 */
export const PENDING_NAVIGATION_MS = 250;

/** A click the browser would follow in this tab: the main button (or Enter), no key held for a new tab or window. */
export function followsInPlace(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

/**
 * Navigates to a page of the console once it can be drawn whole, or after {@link PENDING_NAVIGATION_MS}.
 * The router is told only then: a navigation under way in the router draws the page being left once
 * more (its feature's routes re-render), which is what a route loader would cost. The last choice wins.
 */
export function useNavigateWhenReady(): { pending: string | null; go: (path: string) => void } {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<string | null>(null);
  const latest = useRef(0);
  const go = useCallback(
    (path: string) => {
      const choice = ++latest.current;
      setPending(path);
      const waited = new Promise((resolve) => setTimeout(resolve, PENDING_NAVIGATION_MS));
      void Promise.race([pageReady(queryClient, { pathname: path, search: '' }), waited]).then(() => {
        if (choice !== latest.current) return;
        setPending(null);
        void navigate(path);
      });
    },
    [navigate, queryClient],
  );
  return { pending, go };
}
