import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiResponse } from '../../../lib/api-types.ts';

export type Bom = ApiResponse<'/api/v1/governance/applications/{id}/bom', 'get'>;
export type BomChange = ApiResponse<'/api/v1/governance/applications/{id}/bom/changes', 'get'>['changes'][number];

/** Where the browser downloads the application's AI bill of materials (the session cookie authorises it). */
export const bomDownloadPath = (applicationId: string) =>
  `/api/v1/governance/applications/${encodeURIComponent(applicationId)}/bom`;

/** The application's AI bill of materials (CycloneDX 1.6), as the section's table reads it. */
export const bomQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['governance', 'bom', applicationId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/governance/applications/{id}/bom', { params: { path: { id: applicationId } } })),
  });

/** What changed in it, oldest first. */
export const bomChangesQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['governance', 'bom', applicationId, 'changes'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/governance/applications/{id}/bom/changes', {
          params: { path: { id: applicationId } },
        }),
      ),
  });
