import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import { isChangedMeanwhile, problemIssues } from '../../../lib/problem.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

/** Issue #18: an application's transparency notice and the department's incident register. */
export type NoticeWorkspace = ApiResponse<'/api/v1/governance/applications/{id}/transparency', 'get'>;
export type NoticeWords = ApiBody<'/api/v1/governance/applications/{id}/transparency', 'put'>;
export type Incident = ApiResponse<'/api/v1/governance/incidents/{id}', 'get'>;
export type IncidentSummary = ApiResponse<'/api/v1/governance/incidents', 'get'>['items'][number];
export type NewIncident = ApiBody<'/api/v1/governance/incidents', 'post'>;
export type TimelineEntry = ApiBody<'/api/v1/governance/incidents/{id}/timeline', 'post'>;

export const INCIDENT_STEPS = ['define', 'monitor', 'report', 'contain', 'investigate', 'recover'] as const;
export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

export const noticeQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['governance', 'transparency', applicationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/governance/applications/{id}/transparency', { params: { path: { id: applicationId } } }),
      ),
  });

/** Refused because someone else saved meanwhile: the notice is read as it is now, to show their words. */
const readAgainIfOthersSaved = (queryClient: QueryClient, applicationId: string) => (error: unknown) => {
  if (isChangedMeanwhile(error) || problemIssues(error).some((issue) => issue.code === 'draft_changed'))
    void queryClient.invalidateQueries({ queryKey: noticeQuery(applicationId).queryKey });
};

export function useSaveNotice(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NoticeWords) =>
      unwrap(
        await api.PUT('/api/v1/governance/applications/{id}/transparency', {
          params: { path: { id: applicationId } },
          body,
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(noticeQuery(applicationId).queryKey, data),
    onError: readAgainIfOthersSaved(queryClient, applicationId),
  });
}

export function usePublishNotice(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    /** The draft as the page showed it: one saved since is refused, not published unread. */
    mutationFn: async (seen: { version: number; updatedAt: string }) =>
      unwrap(
        await api.POST('/api/v1/governance/applications/{id}/transparency/publish', {
          params: { path: { id: applicationId } },
          body: seen,
        }),
      ),
    onSuccess: (data) => queryClient.setQueryData(noticeQuery(applicationId).queryKey, data),
    onError: readAgainIfOthersSaved(queryClient, applicationId),
  });
}

export const incidentsQuery = queryOptions({
  queryKey: ['governance', 'incidents'],
  queryFn: async () => unwrap(await api.GET('/api/v1/governance/incidents', {})).items,
});

export const incidentQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'incidents', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/governance/incidents/{id}', { params: { path: { id } } })),
  });

export function useReportIncident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewIncident) => unwrap(await api.POST('/api/v1/governance/incidents', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['governance'] }),
  });
}

type IncidentAction = 'timeline' | 'confirm' | 'dismiss' | 'close';

/** One of an incident's actions; the incident as it then stands replaces the cached one. */
export function useIncidentAction(id: string, action: IncidentAction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { note?: string; step?: TimelineEntry['step']; suspend?: boolean }) => {
      const params = { params: { path: { id } } };
      switch (action) {
        case 'timeline':
          return unwrap(
            await api.POST('/api/v1/governance/incidents/{id}/timeline', {
              ...params,
              body: { note: body.note ?? '', ...(body.step ? { step: body.step } : {}) },
            }),
          );
        case 'confirm':
          return unwrap(
            await api.POST('/api/v1/governance/incidents/{id}/confirm', {
              ...params,
              body: { ...(body.note ? { note: body.note } : {}), ...(body.suspend ? { suspend: true } : {}) },
            }),
          );
        case 'dismiss':
          return unwrap(
            await api.POST('/api/v1/governance/incidents/{id}/dismiss', { ...params, body: { note: body.note ?? '' } }),
          );
        case 'close':
          return unwrap(
            await api.POST('/api/v1/governance/incidents/{id}/close', { ...params, body: { note: body.note ?? '' } }),
          );
      }
    },
    onSuccess: (data) => {
      queryClient.setQueryData(incidentQuery(id).queryKey, data);
      void queryClient.invalidateQueries({ queryKey: ['governance'] });
    },
  });
}
