import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiResponse } from '../../../lib/api-types.ts';
import { isRefusal } from '../../../lib/problem.ts';

export type KnowledgeSource = ApiResponse<'/api/v1/knowledge/sources', 'get'>['items'][number];
export type SourceDetail = ApiResponse<'/api/v1/knowledge/sources/{id}', 'get'>;
export type VersionSummary = SourceDetail['versions'][number];
export type VersionDetail = ApiResponse<'/api/v1/knowledge/versions/{id}', 'get'>;
export type Job = ApiResponse<'/api/v1/jobs/{id}', 'get'>;
/** A file upload is imported at once (201); a URL or catalogue import is queued as a job (202). */
export type UploadResult = { outcome: 'created' | 'unchanged'; source: KnowledgeSource; version: VersionSummary };

const keys = {
  all: ['knowledge'] as const,
  sources: ['knowledge', 'sources'] as const,
  source: (id: string) => ['knowledge', 'source', id] as const,
  version: (id: string) => ['knowledge', 'version', id] as const,
  job: (id: string) => ['jobs', id] as const,
};

/** Every knowledge query starts with this key: invalidating it refreshes the lists and pages. */
export const knowledgeQueryKey = keys.all;

/** The department's sources (`GET /api/v1/knowledge/sources`). */
export const sourcesQuery = queryOptions({
  queryKey: keys.sources,
  queryFn: async () => unwrap(await api.GET('/api/v1/knowledge/sources')).items,
});

/** One source and its versions, newest first. */
export const sourceQuery = (id: string) =>
  queryOptions({
    queryKey: keys.source(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/knowledge/sources/{id}', { params: { path: { id } } })),
  });

/** A version with its diff, findings and chunks: what an approver reviews. */
export const versionQuery = (id: string) =>
  queryOptions({
    queryKey: keys.version(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/knowledge/versions/{id}', { params: { path: { id } } })),
  });

const JOB_POLL_MS = 1000;

/** An import job, polled every second until it succeeds or fails, or the server refuses it (no such job). */
export const jobQuery = (id: string) =>
  queryOptions({
    queryKey: keys.job(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/jobs/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => {
      if (isRefusal(query.state.error)) return false;
      const status = query.state.data?.status;
      return status === 'succeeded' || status === 'failed' ? false : JOB_POLL_MS;
    },
  });

function useInvalidateKnowledge() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

/** Uploads one file as multipart/form-data: the server extracts, scans and stores it as a draft. */
export function useUploadFile() {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: async ({ file, title }: { file: File; title?: string }) => {
      const form = new FormData();
      if (title) form.append('title', title);
      form.append('file', file, file.name);
      // The route's JSON schema describes URL imports; a multipart body is read by the handler.
      const result = await api.POST('/api/v1/knowledge/sources', { body: null, bodySerializer: () => form });
      return unwrap(result) as UploadResult;
    },
    onSuccess: () => void invalidate(),
  });
}

/** Queues a URL or CKAN import; the answer names the job to poll. */
export function useQueueImport() {
  return useMutation({
    mutationFn: async (
      body: { url: string; title?: string } | { ckan: { baseUrl: string; query?: string }; title?: string },
    ) => {
      const result = unwrap(await api.POST('/api/v1/knowledge/sources', { body }));
      if (!('job' in result)) throw new Error('expected a queued job');
      return result.job;
    },
  });
}

export function useApproveVersion(versionId: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: async (overrideReason?: string) =>
      unwrap(
        await api.POST('/api/v1/knowledge/versions/{id}/approve', {
          params: { path: { id: versionId } },
          body: overrideReason === undefined ? {} : { override: { reason: overrideReason } },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useRejectVersion(versionId: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST('/api/v1/knowledge/versions/{id}/reject', {
          params: { path: { id: versionId } },
          body: { reason },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useRollback(sourceId: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(
        await api.POST('/api/v1/knowledge/sources/{id}/rollback', {
          params: { path: { id: sourceId } },
          body: { version },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useRequestWithdrawal(sourceId: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST('/api/v1/knowledge/sources/{id}/withdrawal', {
          params: { path: { id: sourceId } },
          body: { reason },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useConfirmWithdrawal(sourceId: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/knowledge/sources/{id}/withdrawal/confirm', {
          params: { path: { id: sourceId } },
          body: {},
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

export function useDeclineWithdrawal(sourceId: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST('/api/v1/knowledge/sources/{id}/withdrawal/decline', {
          params: { path: { id: sourceId } },
          body: { reason },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}
