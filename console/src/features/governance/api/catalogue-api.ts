import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { paths } from '../../../lib/api-schema';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

export type CatalogueHit = ApiResponse<'/api/v1/governance/catalogue', 'get'>['items'][number];
export type CatalogueEntry = CatalogueHit['entry'];
export type Application = ApiResponse<'/api/v1/governance/applications/{id}', 'get'>;
export type NewApplication = ApiBody<'/api/v1/governance/applications', 'post'>;
export type ReuseRequest = ApiBody<'/api/v1/governance/applications/{id}/reuse', 'post'>;
export type CatalogueFilter = NonNullable<paths['/api/v1/governance/catalogue']['get']['parameters']['query']>;

/** The catalogue: every department's applications, best match first (no words: browse). */
export const catalogueQuery = (filter: CatalogueFilter) =>
  queryOptions({
    queryKey: ['governance', 'catalogue', filter],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/governance/catalogue', { params: { query: { limit: 100, ...filter } } })).items,
  });

/** One catalogue entry (any department's: catalogue fields only). */
export const catalogueEntryQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'catalogue', 'entry', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/governance/catalogue/{id}', { params: { path: { id } } })),
  });

/** The department's applications (the bots link resolves a bot's application from it). */
export const applicationsQuery = queryOptions({
  queryKey: ['governance', 'applications'],
  queryFn: async () => unwrap(await api.GET('/api/v1/governance/applications')).items,
});

/** One application of the caller's department, every field (404 for another department's). */
export const applicationQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'applications', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/governance/applications/{id}', { params: { path: { id } } })),
    retry: false,
  });

/** The department's people, to choose a project owner from. */
export const peopleQuery = queryOptions({
  queryKey: ['governance', 'people'],
  queryFn: async () => unwrap(await api.GET('/api/v1/users')).items,
});

/** The departments the shared catalogue names (any department's), to filter it and name an entry's department. */
export const departmentsQuery = queryOptions({
  queryKey: ['governance', 'departments'],
  queryFn: async () => unwrap(await api.GET('/api/v1/governance/departments')).items,
  staleTime: 5 * 60_000,
});

export function useRegisterApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewApplication) => unwrap(await api.POST('/api/v1/governance/applications', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['governance'] }),
  });
}

export function useRequestReuse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReuseRequest) =>
      unwrap(await api.POST('/api/v1/governance/applications/{id}/reuse', { params: { path: { id } }, body })),
    // Not the reused entry's own queries: its page (another department's) stays as it is.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: applicationsQuery.queryKey, exact: true });
      void queryClient.invalidateQueries({
        queryKey: ['governance', 'catalogue'],
        exact: false,
        predicate: (query) => query.queryKey[2] !== 'entry',
      });
    },
  });
}
