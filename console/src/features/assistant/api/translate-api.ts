import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

export type DepartmentGlossary = ApiResponse<'/api/v1/assistant/glossary', 'get'>;
export type ReviewState = ApiResponse<'/api/v1/assistant/jobs/{id}/review', 'post'>;
export type ReviewStep = ApiBody<'/api/v1/assistant/jobs/{id}/review', 'post'>;
export type ReviewSentence = ReviewState['review']['sentences'][number];
export type GlossaryViolation = ReviewSentence['violations'][number];

const keys = {
  glossary: ['assistant', 'glossary'] as const,
  job: (id: string) => ['assistant', 'job', id] as const,
};

export const glossaryQuery = queryOptions({
  queryKey: keys.glossary,
  queryFn: async () => unwrap(await api.GET('/api/v1/assistant/glossary')),
});

/** Upload a new version of the department's glossary (department and platform admins). */
export function useUploadGlossary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (tsv: string) => unwrap(await api.PUT('/api/v1/assistant/glossary', { body: { tsv } })),
    onSuccess: (glossary) => queryClient.setQueryData(keys.glossary, glossary),
  });
}

/** Accept or edit one sentence of a finished translation; the job is read again so its result carries the review. */
export function useReviewSentence(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (step: ReviewStep) =>
      unwrap(await api.POST('/api/v1/assistant/jobs/{id}/review', { params: { path: { id: jobId } }, body: step })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.job(jobId) }),
  });
}
