import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

/** Issue #18: consented data exchange between departments (the CDEG model). */
export type Consent = ApiResponse<'/api/v1/governance/consents/{id}', 'get'>;
export type ConsentRequest = ApiResponse<'/api/v1/governance/consent-requests/{id}', 'get'>;
export type NewConsentRequest = ApiBody<'/api/v1/governance/consent-requests', 'post'>;
export type Party = ApiResponse<'/api/v1/governance/exchange-departments', 'get'>['items'][number];

export const consentsQuery = queryOptions({
  queryKey: ['data', 'consents'],
  queryFn: async () => unwrap(await api.GET('/api/v1/governance/consents')).items,
});

export const consentRequestsQuery = queryOptions({
  queryKey: ['data', 'consent-requests'],
  queryFn: async () => unwrap(await api.GET('/api/v1/governance/consent-requests')).items,
});

/** Every department by name, to name a consent's provider and consumer and to choose whom to ask. */
export const partiesQuery = queryOptions({
  queryKey: ['data', 'exchange-departments'],
  queryFn: async () => unwrap(await api.GET('/api/v1/governance/exchange-departments')).items,
});

/** After a change, both lists are read again: an approval adds a consent, a revocation changes one. */
function useRefreshAfter() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['data', 'consents'] });
    void queryClient.invalidateQueries({ queryKey: ['data', 'consent-requests'] });
  };
}

export function useRevokeConsent(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/api/v1/governance/consents/{id}/revoke', { params: { path: { id } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export function useRequestConsent() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: async (body: NewConsentRequest) =>
      unwrap(await api.POST('/api/v1/governance/consent-requests', { body })),
    onSuccess: refresh,
  });
}

export function useDecideRequest(id: string) {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: async (body: { approve: boolean; note?: string }) =>
      unwrap(await api.POST('/api/v1/governance/consent-requests/{id}/decision', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}
