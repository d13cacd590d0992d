import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

export type Assessment = ApiResponse<'/api/v1/governance/assessments/{id}', 'get'>;
export type AssessmentStatus = ApiResponse<'/api/v1/governance/applications/{id}/assessment-status', 'get'>;
export type StageStatus = NonNullable<AssessmentStatus['stages']['deployment']>;
export type Stage = StageStatus['stage'];
export type Capacity = StageStatus['endorsements'][number]['capacity'];
export type Template = ApiResponse<'/api/v1/governance/templates/{templateId}/{version}', 'get'>;
export type Question = Template['parts'][number]['sections'][number]['questions'][number];
export type AnswersPatchBody = ApiBody<'/api/v1/governance/assessments/{id}', 'patch'>;
export type QueuedReview = ApiResponse<'/api/v1/governance/review-queue', 'get'>['items'][number];

export const STAGES = ['planning', 'development', 'deployment', 'monitoring'] as const satisfies readonly Stage[];

/** Each stage's latest assessment, endorsements given and missing, re-assessment flags. */
export const assessmentStatusQuery = (applicationId: string) =>
  queryOptions({
    queryKey: ['governance', 'assessment-status', applicationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/governance/applications/{id}/assessment-status', {
          params: { path: { id: applicationId } },
        }),
      ),
  });

export const assessmentQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'assessment', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/governance/assessments/{id}', { params: { path: { id } } })),
  });

/** A template edition; editions never change, so it is read once. */
export const templateQuery = (templateId: string, version: string) =>
  queryOptions({
    queryKey: ['governance', 'template', templateId, version],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/governance/templates/{templateId}/{version}', {
          params: { path: { templateId, version } },
        }),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const reviewQueueQuery = queryOptions({
  queryKey: ['governance', 'review-queue'],
  queryFn: async () => unwrap(await api.GET('/api/v1/governance/review-queue')).items,
});

function useAssessmentSaved() {
  const queryClient = useQueryClient();
  return (assessment: Assessment) => {
    queryClient.setQueryData(assessmentQuery(assessment.id).queryKey, assessment);
    void queryClient.invalidateQueries({ queryKey: ['governance', 'assessment-status'] });
    void queryClient.invalidateQueries({ queryKey: ['governance', 'review-queue'] });
    void queryClient.invalidateQueries({ queryKey: ['governance', 'gate'] });
    void queryClient.invalidateQueries({ queryKey: ['governance', 'applications'] });
  };
}

export function useStartAssessment(applicationId: string) {
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: async (stage: Stage) =>
      unwrap(
        await api.POST('/api/v1/governance/applications/{id}/assessments', {
          params: { path: { id: applicationId } },
          body: { stage },
        }),
      ),
    onSuccess: saved,
  });
}

export function useSaveAnswers(id: string) {
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: async (body: AnswersPatchBody) =>
      unwrap(await api.PATCH('/api/v1/governance/assessments/{id}', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

export function useSubmitAssessment(id: string) {
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/governance/assessments/{id}/submit', { params: { path: { id } }, body: {} })),
    onSuccess: saved,
  });
}

export interface DecisionInput {
  decision: 'endorse' | 'return';
  capacity?: Capacity | undefined;
  comment?: string | undefined;
}

export function useDecide(id: string) {
  const saved = useAssessmentSaved();
  return useMutation({
    mutationFn: async ({ decision, capacity, comment }: DecisionInput) => {
      const body = {
        ...(capacity ? { capacity } : {}),
        ...(comment ? { comment } : {}),
      };
      return decision === 'endorse'
        ? unwrap(await api.POST('/api/v1/governance/assessments/{id}/endorse', { params: { path: { id } }, body }))
        : unwrap(
            await api.POST('/api/v1/governance/assessments/{id}/return', {
              params: { path: { id } },
              body: { ...body, comment: comment ?? '' },
            }),
          );
    },
    onSuccess: saved,
  });
}
