import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import { isChangedMeanwhile } from '../../../lib/problem.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

export type Provider = ApiResponse<'/api/v1/gateway/providers', 'get'>['items'][number];
export type NewProvider = ApiBody<'/api/v1/gateway/providers', 'post'>;
export type ProviderChange = ApiBody<'/api/v1/gateway/providers/{id}', 'patch'>;
export type AllowlistEntry = ApiBody<'/api/v1/gateway/allowlist/{departmentId}', 'put'>['entries'][number];
export type Allowlist = ApiResponse<'/api/v1/gateway/allowlist/{departmentId}', 'get'>;
export type Quota = ApiResponse<'/api/v1/gateway/quotas/{departmentId}', 'get'>['items'][number];
export type QuotaLimits = ApiBody<'/api/v1/gateway/quotas/{departmentId}', 'put'>;
export type Usage = ApiResponse<'/api/v1/usage', 'get'>;

const DAY_MS = 86_400_000;

/** Model providers: platform admins only (`gateway:manage`). */
export const providersQuery = queryOptions({
  queryKey: ['gateway', 'providers'],
  queryFn: async () => unwrap(await api.GET('/api/v1/gateway/providers')).items,
});

export const allowlistQuery = (departmentId: string) =>
  queryOptions({
    queryKey: ['gateway', 'allowlist', departmentId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/gateway/allowlist/{departmentId}', { params: { path: { departmentId } } })),
  });

export const quotasQuery = (departmentId: string) =>
  queryOptions({
    queryKey: ['gateway', 'quotas', departmentId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/gateway/quotas/{departmentId}', { params: { path: { departmentId } } })).items,
  });

/** The department's model usage over the last `days` days, by day (Hong Kong time). */
export const usageQuery = (departmentId: string, days: number) =>
  queryOptions({
    queryKey: ['gateway', 'usage', departmentId, days],
    queryFn: async () => {
      const from = new Date(Date.now() - days * DAY_MS).toISOString();
      return unwrap(await api.GET('/api/v1/usage', { params: { query: { departmentId, from } } }));
    },
  });

export const departmentsQuery = queryOptions({
  queryKey: ['departments'],
  queryFn: async () => unwrap(await api.GET('/api/v1/departments')).items,
  staleTime: 60_000,
});

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewProvider) => unwrap(await api.POST('/api/v1/gateway/providers', { body })),
    // The list shows the new row with the announcement, not a refetch later.
    onSuccess: (saved) => queryClient.setQueryData(providersQuery.queryKey, (list) => [...(list ?? []), saved]),
  });
}

export function useUpdateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: ProviderChange }) =>
      unwrap(await api.PATCH('/api/v1/gateway/providers/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) =>
      queryClient.setQueryData(providersQuery.queryKey, (list) => list?.map((p) => (p.id === saved.id ? saved : p))),
    // Refused because someone else changed the provider meanwhile: the list shows what they saved.
    onError: (error) => {
      if (isChangedMeanwhile(error)) void queryClient.invalidateQueries({ queryKey: providersQuery.queryKey });
    },
  });
}

export function usePutAllowlist(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    /** `base`: the list as the page read it, so that only this change is made to the list as it is now. */
    mutationFn: async (body: { entries: AllowlistEntry[]; base: AllowlistEntry[] }) =>
      unwrap(await api.PUT('/api/v1/gateway/allowlist/{departmentId}', { params: { path: { departmentId } }, body })),
    onSuccess: (allowlist) => queryClient.setQueryData(allowlistQuery(departmentId).queryKey, allowlist),
  });
}

export function usePutQuota(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    /** `base`: the limits as the page read them, so that only the limits changed here are set. */
    mutationFn: async (body: QuotaLimits) =>
      unwrap(await api.PUT('/api/v1/gateway/quotas/{departmentId}', { params: { path: { departmentId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: quotasQuery(departmentId).queryKey }),
  });
}
