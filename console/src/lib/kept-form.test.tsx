// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CurrentUserProvider, type SignedIn } from './current-user.tsx';
import { forgetKeptForms, useKept } from './kept-form.ts';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const as = (id: string) =>
  function SignedInAs({ children }: { children: ReactNode }) {
    const me = { user: { id }, department: {}, permissions: [] } as unknown as SignedIn;
    return <CurrentUserProvider me={me}>{children}</CurrentUserProvider>;
  };

describe('useKept', () => {
  it('gives back what was typed after the page is drawn again (signed in again, reloaded), until it is sent', () => {
    const first = renderHook(() => useKept('reply.c-1', ''), { wrapper: as('u-1') });
    act(() => first.result.current[1]('Please bring your ID card.'));
    first.unmount();
    const again = renderHook(() => useKept('reply.c-1', ''), { wrapper: as('u-1') });
    expect(again.result.current[0]).toBe('Please bring your ID card.');
    act(() => again.result.current[2]());
    expect(again.result.current[0]).toBe('');
    again.unmount();
    expect(renderHook(() => useKept('reply.c-1', ''), { wrapper: as('u-1') }).result.current[0]).toBe('');
  });

  it('starts from the given text, and keeps nothing while the field still holds it', () => {
    const edit = renderHook(() => useKept('draft.d-1.3', 'Version 3'), { wrapper: as('u-1') });
    expect(edit.result.current[0]).toBe('Version 3');
    act(() => edit.result.current[1]('Version 3, edited'));
    expect(Object.values(sessionStorage)).toEqual(['"Version 3, edited"']);
    act(() => edit.result.current[1]('Version 3'));
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps a whole form (a report being written) the same way', () => {
    const empty = { title: '', description: '', suspend: false };
    const report = renderHook(() => useKept('incident-report', empty), { wrapper: as('u-1') });
    act(() => report.result.current[1]((form) => ({ ...form, description: 'The bot quoted a withdrawn fee.' })));
    report.unmount();
    const again = renderHook(() => useKept('incident-report', empty), { wrapper: as('u-1') });
    expect(again.result.current[0]).toEqual({ ...empty, description: 'The bot quoted a withdrawn fee.' });
    act(() => again.result.current[2]());
    expect(again.result.current[0]).toEqual(empty);
    expect(sessionStorage.length).toBe(0);
  });

  it('shows one person’s text to no one else, and forgets it for whoever signs in next', () => {
    const mine = renderHook(() => useKept('reply.c-1', ''), { wrapper: as('u-1') });
    act(() => mine.result.current[1]('Dear citizen'));
    expect(renderHook(() => useKept('reply.c-1', ''), { wrapper: as('u-2') }).result.current[0]).toBe('');
    forgetKeptForms('u-2');
    expect(sessionStorage.length).toBe(0);
    act(() => mine.result.current[1]('Dear citizen, again'));
    forgetKeptForms();
    expect(sessionStorage.length).toBe(0);
  });
});
