import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { type CasePage, casesQuery, QUEUE_FRESH_MS, type View } from './handoffs-api.ts';

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

describe('the inbox when the officer opens it', () => {
  const client = new QueryClient();
  afterEach(() => client.clear());

  /** Opens the inbox on a queue read `age` ms ago; whether it asks the server again. */
  const readsAgain = (age: number) => {
    client.setQueryData(casesQuery('open', 0).queryKey, pageOf('before'), { updatedAt: Date.now() - age });
    let asked = false;
    const observer = new QueryObserver(client, {
      ...casesQuery('open', 0),
      queryFn: () => {
        asked = true;
        return new Promise<CasePage>(() => {});
      },
    });
    const stop = observer.subscribe(() => {});
    stop();
    return asked;
  };

  it('reads the queue again: citizens may have opened cases since it was last read', () => {
    expect(readsAgain(5_000)).toBe(true);
  });

  it('keeps a read from the last moment (the menu started it, or the page brought it on a first visit)', () => {
    expect(readsAgain(QUEUE_FRESH_MS / 4)).toBe(false);
  });
});
