import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../../../lib/api-client.ts';
import { forgetKeptForms } from '../../../lib/kept-form.ts';

/**
 * The browser session (cookie): who is signed in, what their roles allow, and the CSRF token state
 * changes must carry. One call: every signed-in page waits for it.
 */
export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async () => {
    const session = unwrap(await api.GET('/api/v1/session'));
    setCsrfToken(session.csrfToken);
    return session;
  },
  retry: false,
  staleTime: 60_000,
});

/** How this installation lets people sign in: the organisation's OpenID Connect provider, an API key. */
export const signInOptionsQuery = queryOptions({
  queryKey: ['session', 'options'],
  queryFn: async () => unwrap(await api.GET('/api/v1/session/options')),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useKeySignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (apiKey: string) => unwrap(await api.POST('/api/v1/session', { body: { apiKey } })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQuery.queryKey, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      unwrap(await api.DELETE('/api/v1/session'));
    },
    onSettled: () => {
      setCsrfToken(null);
      forgetKeptForms();
      queryClient.clear();
    },
  });
}
