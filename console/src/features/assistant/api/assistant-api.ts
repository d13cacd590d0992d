import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';
import { isRefusal } from '../../../lib/problem.ts';

export type WorkspaceDocument = ApiResponse<'/api/v1/assistant/documents', 'get'>['items'][number];
export type AssistantJob = ApiResponse<'/api/v1/assistant/jobs', 'get'>['items'][number];
export type AssistantJobDetail = ApiResponse<'/api/v1/assistant/jobs/{id}', 'get'>;
export type TaskBody = ApiBody<'/api/v1/assistant/jobs', 'post'>;
export type AllowedModel = ApiResponse<'/api/v1/assistant/models', 'get'>['items'][number];

const keys = {
  all: ['assistant'] as const,
  documents: ['assistant', 'documents'] as const,
  jobs: ['assistant', 'jobs'] as const,
  job: (id: string) => ['assistant', 'job', id] as const,
  models: ['assistant', 'models'] as const,
};

export const documentsQuery = queryOptions({
  queryKey: keys.documents,
  queryFn: async () => unwrap(await api.GET('/api/v1/assistant/documents')).items,
});

/** The department's tasks; refreshed while one of them is still running. */
export const jobsQuery = queryOptions({
  queryKey: keys.jobs,
  queryFn: async () => unwrap(await api.GET('/api/v1/assistant/jobs')).items,
  refetchInterval: (query) =>
    query.state.data?.some((job) => job.status === 'queued' || job.status === 'running') ? 1_500 : false,
});

/**
 * One task, polled until it ends (the worker reports progress per document, model call or block of
 * lines), or until the server refuses it: an address with no task was asked for every second.
 */
export const jobQuery = (id: string) =>
  queryOptions({
    queryKey: keys.job(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/assistant/jobs/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => {
      if (isRefusal(query.state.error)) return false;
      const status = query.state.data?.status;
      return status === 'succeeded' || status === 'failed' ? false : 1_000;
    },
  });

export const modelsQuery = queryOptions({
  queryKey: keys.models,
  queryFn: async () => unwrap(await api.GET('/api/v1/assistant/models')).items,
  staleTime: 60_000,
});

export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      // A multipart body is read by the handler; the route's JSON schema sees none.
      return unwrap(await api.POST('/api/v1/assistant/documents', { body: null, bodySerializer: () => form }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.documents }),
  });
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE('/api/v1/assistant/documents/{id}', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.documents }),
  });
}

export function useStartTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: TaskBody) => unwrap(await api.POST('/api/v1/assistant/jobs', { body })).job,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.jobs }),
  });
}

export type MinutesEdit = ApiBody<'/api/v1/assistant/jobs/{id}/minutes', 'put'>;

/** Saves the officer's corrected minutes; the task's result (and its export) then shows them. */
export function useEditMinutes(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: MinutesEdit) =>
      unwrap(await api.PUT('/api/v1/assistant/jobs/{id}/minutes', { params: { path: { id: jobId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.job(jobId) }),
  });
}
