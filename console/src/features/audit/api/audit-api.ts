import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiResponse } from '../../../lib/api-types.ts';
import { type AuditFilter, auditQuery } from './audit-filter.ts';

export type AuditEntry = ApiResponse<'/api/v1/audit', 'get'>['items'][number];
export type ChainVerdict = ApiResponse<'/api/v1/audit/verify', 'get'>;
export type AuditFacets = ApiResponse<'/api/v1/audit/facets', 'get'>;

const PAGE_SIZE = 50;

/** The trail newest first, page by page on the server's `nextCursor` (keyset paging on `seq`). */
export const auditEntriesQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit', 'entries', auditQuery(filter)],
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/audit', {
          params: { query: { ...auditQuery(filter), limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

/**
 * One entry by its number: the page of one entry just below `seq + 1` (the list's cursor), so no
 * extra endpoint is needed. Null when that entry is not one the caller may see.
 */
export const auditEntryQuery = (seq: number) =>
  queryOptions({
    queryKey: ['audit', 'entry', seq],
    queryFn: async () => {
      const page = unwrap(await api.GET('/api/v1/audit', { params: { query: { cursor: seq + 1, limit: 1 } } }));
      const entry = page.items[0];
      return entry && entry.seq === seq ? entry : null;
    },
  });

/** Walks the whole chain on the server; not cached for long: the answer is the point of the page. */
export const chainVerdictQuery = queryOptions({
  queryKey: ['audit', 'verify'],
  queryFn: async () => unwrap(await api.GET('/api/v1/audit/verify')),
  staleTime: 0,
});

/**
 * The actions and entity types the trail holds, with their counts: the search's choices. For the
 * department the caller sees (platform admins: the chosen one, or all).
 */
export const auditFacetsQuery = (departmentId: string | undefined) =>
  queryOptions({
    queryKey: ['audit', 'facets', departmentId ?? ''],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/audit/facets', { params: { query: departmentId ? { departmentId } : {} } })),
  });

/** Who may appear as an actor: the department's people (platform admins: the chosen department's). */
export const actorsQuery = (departmentId: string | undefined) =>
  queryOptions({
    queryKey: ['audit', 'actors', departmentId ?? ''],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/users', { params: { query: departmentId ? { departmentId } : {} } })).items,
  });

export const departmentsQuery = queryOptions({
  queryKey: ['audit', 'departments'],
  queryFn: async () => unwrap(await api.GET('/api/v1/departments')).items,
});
