import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiResponse } from '../../../lib/api-types.ts';

/** Issue #18: the open-data catalogue (CKAN, e.g. DATA.GOV.HK) imported into the knowledge base. */
export type SearchHit = ApiResponse<'/api/v1/knowledge/search', 'get'>['hits'][number];
export type KnowledgeSource = ApiResponse<'/api/v1/knowledge/sources', 'get'>['items'][number];

/** The published knowledge search, kept by the server to dataset entries (a catalogue's entries). */
export const openDataSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['data', 'open-data', q],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/knowledge/search', { params: { query: { q, kind: 'dataset', k: 20 } } })).hits,
    enabled: q.trim().length > 0,
  });

/** The department's open-data catalogue sources (knowledge sources of kind catalogue). */
export const catalogueSourcesQuery = queryOptions({
  queryKey: ['data', 'open-data', 'sources'],
  queryFn: async () =>
    unwrap(await api.GET('/api/v1/knowledge/sources')).items.filter((source) => source.kind === 'catalogue'),
});

/** Queues an import of a CKAN catalogue (a new draft version an approver publishes). */
export function useImportCatalogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (baseUrl: string) =>
      unwrap(await api.POST('/api/v1/knowledge/sources', { body: { ckan: { baseUrl } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['data', 'open-data', 'sources'] }),
  });
}
