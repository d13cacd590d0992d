import { useEffect, useState, useSyncExternalStore } from 'react';
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
  // Whose code failed: a navigation to another page while this one failed does not show its failure.
  const [failure, setFailure] = useState<{ name: PageName; error: unknown } | null>(null);
  useEffect(() => {
    if (!Page) loadPage(name).catch((error: unknown) => setFailure({ name, error }));
  }, [Page, name]);
  if (Page) return <Page />;
  if (failure?.name === name) {
    // The browser remembers a module it could not fetch for as long as the document lives (Chromium
    // 150 does): importing it again fails at once, without asking the server. A fresh document
    // fetches it anew; the officer loses nothing, having left the page before this one already.
    return <ProblemMessage error={failure.error} onRetry={() => window.location.reload()} />;
  }
  return <PageLoading />;
}
