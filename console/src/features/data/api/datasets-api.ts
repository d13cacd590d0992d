import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

/** Issue #18: the departmental data catalogue and what the lineage view names. */
export type Dataset = ApiResponse<'/api/v1/governance/datasets/{id}', 'get'>;
export type NewDataset = ApiBody<'/api/v1/governance/datasets', 'post'>;
export type DatasetChange = ApiBody<'/api/v1/governance/datasets/{id}', 'patch'>;
export type Classification = Dataset['classification'];

export const CLASSIFICATIONS = [
  'public',
  'internal',
  'restricted',
  'confidential',
] as const satisfies readonly Classification[];

/** The catalogue, filtered by classification and personal data on the server. */
export const datasetsQuery = (filter: { classification?: Classification; personalData?: 'true' | 'false' }) =>
  queryOptions({
    queryKey: ['data', 'datasets', filter],
    queryFn: async () => unwrap(await api.GET('/api/v1/governance/datasets', { params: { query: filter } })).items,
  });

export const datasetQuery = (id: string) =>
  queryOptions({
    queryKey: ['data', 'datasets', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/governance/datasets/{id}', { params: { path: { id } } })),
    retry: false,
  });

/** The department's AI applications, to name and choose the ones that use a dataset. */
export const applicationsQuery = queryOptions({
  queryKey: ['data', 'applications'],
  queryFn: async () => unwrap(await api.GET('/api/v1/governance/applications')).items,
});

/** The department's knowledge sources, to name the ones linked to a dataset. */
export const sourcesQuery = queryOptions({
  queryKey: ['data', 'knowledge-sources'],
  queryFn: async () => unwrap(await api.GET('/api/v1/knowledge/sources')).items,
});

export function useCreateDataset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewDataset) => unwrap(await api.POST('/api/v1/governance/datasets', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['data', 'datasets'] }),
  });
}

export function useUpdateDataset(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DatasetChange) =>
      unwrap(await api.PATCH('/api/v1/governance/datasets/{id}', { params: { path: { id } }, body })),
    onSuccess: (data) => {
      queryClient.setQueryData(datasetQuery(id).queryKey, data);
      void queryClient.invalidateQueries({ queryKey: ['data', 'datasets'] });
    },
  });
}
