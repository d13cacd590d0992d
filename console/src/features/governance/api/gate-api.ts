import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiResponse } from '../../../lib/api-types.ts';

export type GoLiveStatus = ApiResponse<'/api/v1/governance/applications/{id}/go-live', 'get'>;

/** The go-live gate's verdict on an application: every condition, met or not, with what to do. */
export const goLiveQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['governance', 'gate', applicationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/governance/applications/{id}/go-live', { params: { path: { id: applicationId } } }),
      ),
  });
