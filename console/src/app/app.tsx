import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { I18nProvider, LANGUAGE_TAG, type Locale, useI18n } from '../i18n/index.ts';
import { onSessionExpired, setApiLanguage } from '../lib/api-client.ts';
import { isRefusal } from '../lib/problem.ts';
import { preloadPage, startFirstReads } from './pages.ts';
import { createConsoleRouter } from './router.tsx';

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // A 4xx will not change on retry (forbidden, not found, bad input): show it at once.
        retry: (count, error) => !isRefusal(error) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/**
 * Keeps the API's Accept-Language in step with the chosen language: server messages follow it. Set
 * while rendering, not in an effect: children's effects (their first queries) run before a parent's.
 */
function ApiLanguage() {
  const { locale } = useI18n();
  setApiLanguage(LANGUAGE_TAG[locale]);
  return null;
}

/**
 * Starts what every signed-in page waits for before React renders anything, side by side instead of
 * one after the other: the session check, the opened page's code and, once the session is known, its
 * first reads (answered from the page itself on a first visit: lib/first-screen.ts). Resolves when
 * the page's code is here (or failed to come): rendering after it draws the page at once, with its
 * data if that came first, instead of a loading state first and the page after.
 */
export function startLoading(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'>) {
  startFirstReads(queryClient, location);
  return preloadPage(location.pathname);
}

export function App({ locale, queryClient }: { locale: Locale; queryClient: QueryClient }) {
  const [router] = useState(() => createConsoleRouter(queryClient));
  useEffect(() => {
    // The server ended the session (idle timeout, sign-out elsewhere): re-check it, which sends the officer to sign in.
    onSessionExpired(() => void queryClient.invalidateQueries({ queryKey: ['session'] }));
  }, [queryClient]);
  return (
    <I18nProvider initial={locale}>
      <ApiLanguage />
      <QueryClientProvider client={queryClient}>
        {/* A navigation draws the next page in one go: as a transition it is drawn in 5 ms slices
            that wait behind the browser's other work, and no page suspends while it draws. */}
        <RouterProvider router={router} useTransitions={false} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
