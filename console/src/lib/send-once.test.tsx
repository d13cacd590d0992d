// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSendOnce } from './send-once.ts';

afterEach(cleanup);

/** A create request the test answers by hand, and the hook under test on it. */
function sendingForm() {
  const requests: { name: string; answer: (id: string) => void; refuse: () => void }[] = [];
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const form = renderHook(
    () => {
      const create = useMutation({
        mutationFn: (name: string) =>
          new Promise<string>((resolve, reject) =>
            requests.push({ name, answer: resolve, refuse: () => reject(new Error('refused')) }),
          ),
      });
      return { create, send: useSendOnce(create) };
    },
    { wrapper },
  );
  return { requests, form };
}

describe('useSendOnce', () => {
  it('ignores a second press in the same tick: one request, and the first press hears its answer', async () => {
    const { requests, form } = sendingForm();
    const heard: string[] = [];
    act(() => {
      form.result.current.send('laptop', (id) => heard.push(`first ${id}`));
      form.result.current.send('laptop', (id) => heard.push(`second ${id}`));
    });
    await waitFor(() => expect(requests).toHaveLength(1));
    await act(async () => requests[0]?.answer('k-1'));
    await waitFor(() => expect(heard).toEqual(['first k-1']));
    expect(requests.map((request) => request.name)).toEqual(['laptop']);
  });

  it('ignores a press while the request is on its way, after React has drawn the form again', async () => {
    const { requests, form } = sendingForm();
    act(() => form.result.current.send('laptop'));
    await waitFor(() => expect(form.result.current.create.isPending).toBe(true));
    act(() => form.result.current.send('laptop'));
    await act(async () => requests[0]?.answer('k-1'));
    expect(requests).toHaveLength(1);
  });

  it('sends again once the request has failed, so the officer can fix the form and retry', async () => {
    const { requests, form } = sendingForm();
    act(() => form.result.current.send('laptop'));
    await waitFor(() => expect(requests).toHaveLength(1));
    await act(async () => requests[0]?.refuse());
    await waitFor(() => expect(form.result.current.create.isError).toBe(true));
    act(() => form.result.current.send('laptop 2'));
    await waitFor(() => expect(requests.map((request) => request.name)).toEqual(['laptop', 'laptop 2']));
  });

  it('tells a refusal to `refused` (an edit refused as changed meanwhile reads the record again), not to `after`', async () => {
    const { requests, form } = sendingForm();
    const heard: string[] = [];
    act(() =>
      form.result.current.send(
        'laptop',
        (id) => heard.push(`answered ${id}`),
        (error, here) => heard.push(`refused: ${error.message}, here: ${here}`),
      ),
    );
    await waitFor(() => expect(requests).toHaveLength(1));
    await act(async () => requests[0]?.refuse());
    await waitFor(() => expect(heard).toEqual(['refused: refused, here: true']));
  });

  it('sends again once the request has been answered (a second record on purpose)', async () => {
    const { requests, form } = sendingForm();
    const heard: string[] = [];
    act(() => form.result.current.send('laptop', (id) => heard.push(id)));
    await waitFor(() => expect(requests).toHaveLength(1));
    await act(async () => requests[0]?.answer('k-1'));
    await waitFor(() => expect(heard).toEqual(['k-1']));
    act(() => form.result.current.send('desktop', (id) => heard.push(id)));
    await waitFor(() => expect(requests).toHaveLength(2));
    await act(async () => requests[1]?.answer('k-2'));
    await waitFor(() => expect(heard).toEqual(['k-1', 'k-2']));
  });

  it('tells the answer also when the form has gone meanwhile, saying it has gone', async () => {
    const { requests, form } = sendingForm();
    const heard: string[] = [];
    act(() => form.result.current.send('laptop', (id, here) => heard.push(`${id} ${here ? 'here' : 'gone'}`)));
    await waitFor(() => expect(requests).toHaveLength(1));
    form.unmount();
    await act(async () => requests[0]?.answer('k-1'));
    await waitFor(() => expect(heard).toEqual(['k-1 gone']));
  });

  it('says the form is still here when it is', async () => {
    const { requests, form } = sendingForm();
    const heard: boolean[] = [];
    act(() => form.result.current.send('laptop', (_id, here) => heard.push(here)));
    await waitFor(() => expect(requests).toHaveLength(1));
    await act(async () => requests[0]?.answer('k-1'));
    await waitFor(() => expect(heard).toEqual([true]));
  });
});
