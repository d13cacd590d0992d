import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

export type PolicyView = ApiResponse<'/api/v1/guard/policy', 'get'>;
export type GuardPolicy = PolicyView['effective'];
export type BlockedDomain = ApiResponse<'/api/v1/guard/blocklist', 'get'>['items'][number];
export type AuditEntry = ApiResponse<'/api/v1/audit', 'get'>['items'][number];

/** `''` is the department-wide policy; otherwise a bot id. */
export const policyQuery = (botId: string) =>
  queryOptions({
    queryKey: ['guard', 'policy', botId],
    queryFn: async () => unwrap(await api.GET('/api/v1/guard/policy', { params: { query: botId ? { botId } : {} } })),
  });

/** The department's bots, for choosing whose policy to see. */
export const botIdsQuery = queryOptions({
  queryKey: ['guard', 'bots'],
  queryFn: async () => unwrap(await api.GET('/api/v1/bots')).items.map((bot) => bot.id),
  staleTime: 60_000,
});

export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApiBody<'/api/v1/guard/policy', 'post'>) =>
      unwrap(await api.POST('/api/v1/guard/policy', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['guard', 'policy'] }),
  });
}

export const VERDICT_COUNT = 20;

/** The latest guard findings: `guard.finding` entries of the audit trail. */
export const verdictsQuery = queryOptions({
  queryKey: ['guard', 'verdicts'],
  queryFn: async () =>
    unwrap(await api.GET('/api/v1/audit', { params: { query: { action: 'guard.finding', limit: VERDICT_COUNT } } }))
      .items,
});

export const BLOCKLIST_PAGE = 50;

export const blocklistQuery = (contains: string) =>
  queryOptions({
    queryKey: ['guard', 'blocklist', contains],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/guard/blocklist', {
          params: { query: { limit: BLOCKLIST_PAGE, ...(contains ? { contains } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useBlockDomains() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApiBody<'/api/v1/guard/blocklist', 'post'>) =>
      unwrap(await api.POST('/api/v1/guard/blocklist', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['guard', 'blocklist'] }),
  });
}

export function useUnblockDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (domain: string) =>
      unwrap(await api.DELETE('/api/v1/guard/blocklist/{domain}', { params: { path: { domain } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['guard', 'blocklist'] }),
  });
}
