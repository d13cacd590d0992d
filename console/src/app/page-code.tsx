import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { ProblemMessage } from '../components/index.ts';
import { PageLoading } from './page-loading.tsx';
import { loadedPage, loadPage, onPageArrival, type PageName } from './pages.ts';

/**
 * A page drawn from its code, which is fetched on first visit (the first screen downloads only what
 * it shows). The router's own lazy routes would hold each navigation in a loading state and draw the
 * page being left once more; here a navigation is drawn at once: the page if its code is here
 * (preloaded from the menu, or before the app's first render), else "loading" until it arrives.
 */
export function PageCode({ name }: { name: PageName }) {
  const Page = useSyncExternalStore(onPageArrival, () => loadedPage(name));
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const load = useCallback(() => {
    setFailure(null);
    loadPage(name).catch((error: unknown) => setFailure({ error }));
  }, [name]);
  useEffect(() => {
    if (!Page) load();
  }, [Page, load]);
  if (Page) return <Page />;
  if (failure) {
    return <ProblemMessage error={failure.error} onRetry={load} />;
  }
  return <PageLoading />;
}
