import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { type CasePage, casesQuery, type View } from './handoffs-api.ts';

const pageOf = (reference: string): CasePage =>
  ({ items: [{ reference }], total: 1, limit: 25, offset: 0 }) as unknown as CasePage;

/** The inbox's options as the page uses them, with a server that has not answered yet. */
const waiting = (view: View, page: number) => ({
  ...casesQuery(view, page),
  queryFn: () => new Promise<CasePage>(() => {}),
});

describe('the inbox while a page loads', () => {
  const client = new QueryClient();
  afterEach(() => client.clear());

  const observerShowing = (view: View, page: number) => {
    client.setQueryData(casesQuery(view, page).queryKey, pageOf(`${view}-${page}`));
    const observer = new QueryObserver(client, waiting(view, page));
    const stop = observer.subscribe(() => {});
    return { observer, stop };
  };

  it('keeps the page shown while the next page of the same view loads', () => {
    const { observer, stop } = observerShowing('open', 0);
    observer.setOptions(waiting('open', 1));
    const shown = observer.getCurrentResult();
    expect(shown.isPlaceholderData).toBe(true);
    expect(shown.data?.items[0]?.reference).toBe('open-0');
    stop();
  });

  it('never shows another view’s cases under the view the officer chose', () => {
    const { observer, stop } = observerShowing('open', 0);
    observer.setOptions(waiting('mine', 0));
    const shown = observer.getCurrentResult();
    expect(shown.data).toBeUndefined();
    expect(shown.isPending).toBe(true);
    stop();
  });
});
