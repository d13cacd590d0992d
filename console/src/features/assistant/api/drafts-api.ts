import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';
import { ProblemError, toProblem } from '../../../lib/problem.ts';

export type DraftTemplate = ApiResponse<'/api/v1/assistant/draft-templates', 'get'>['items'][number];
export type DraftSummary = ApiResponse<'/api/v1/assistant/drafts', 'get'>['items'][number];
export type DraftDetail = ApiResponse<'/api/v1/assistant/drafts/{id}', 'get'>;
export type DraftVersion = DraftDetail['versions'][number];
export type DraftIssueReport = ApiResponse<'/api/v1/assistant/drafts/{id}/issues', 'get'>;
export type DraftIssue = DraftIssueReport['issues'][number];
export type NewDraftBody = ApiBody<'/api/v1/assistant/drafts', 'post'>;
export type RegenerateBody = ApiBody<'/api/v1/assistant/drafts/{id}/regenerate', 'post'>;
export type Bilingual = { en: string; zh: string };

/**
 * A refused draft step (409): the problem, and the server's reason in both languages, so the page
 * shows it in the officer's language whatever the problem's own wording.
 */
export class DraftRefusedError extends ProblemError {
  readonly reason: Bilingual | null;
  constructor(status: number, body: unknown) {
    super(toProblem(status, body));
    const reason = (body as { reason?: Bilingual } | null)?.reason;
    this.reason = reason && typeof reason.en === 'string' && typeof reason.zh === 'string' ? reason : null;
  }
}

/** `unwrap`, keeping a 409's bilingual reason. */
function unwrapDraft<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.status === 409) throw new DraftRefusedError(409, result.error);
  return unwrap(result);
}

const keys = {
  templates: ['assistant', 'draft-templates'] as const,
  drafts: ['assistant', 'drafts'] as const,
  draft: (id: string) => ['assistant', 'drafts', id] as const,
  issues: (id: string, version: number) => ['assistant', 'drafts', id, 'issues', version] as const,
};

export const draftTemplatesQuery = queryOptions({
  queryKey: keys.templates,
  queryFn: async () => unwrap(await api.GET('/api/v1/assistant/draft-templates')).items,
  staleTime: 300_000,
});

export const draftsQuery = queryOptions({
  queryKey: keys.drafts,
  queryFn: async () => unwrap(await api.GET('/api/v1/assistant/drafts')).items,
});

export const draftQuery = (id: string) =>
  queryOptions({
    queryKey: keys.draft(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/assistant/drafts/{id}', { params: { path: { id } } })),
  });

/** The issue report of one version: its text (the offsets count in it), counts per kind, each issue. */
export const draftIssuesQuery = (id: string, version: number) =>
  queryOptions({
    queryKey: keys.issues(id, version),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/assistant/drafts/{id}/issues', {
          params: { path: { id }, query: { version } },
        }),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useCreateDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewDraftBody) => unwrap(await api.POST('/api/v1/assistant/drafts', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.drafts }),
  });
}

/** A draft step's mutation: the answer (the whole draft) replaces the cached draft. */
function useDraftStep<V>(id: string, step: (variables: V) => Promise<DraftDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: step,
    onSuccess: (draft) => {
      queryClient.setQueryData(keys.draft(id), draft);
      void queryClient.invalidateQueries({ queryKey: keys.drafts, exact: true });
    },
  });
}

export function useEditDraft(id: string) {
  return useDraftStep(id, async (body: { text: string; baseVersion: number }) =>
    unwrapDraft(await api.POST('/api/v1/assistant/drafts/{id}/versions', { params: { path: { id } }, body })),
  );
}

export function useRegenerateDraft(id: string) {
  return useDraftStep(id, async (body: RegenerateBody) =>
    unwrapDraft(await api.POST('/api/v1/assistant/drafts/{id}/regenerate', { params: { path: { id } }, body })),
  );
}

export function useRequestApproval(id: string) {
  return useDraftStep(id, async () =>
    unwrapDraft(await api.POST('/api/v1/assistant/drafts/{id}/approval-request', { params: { path: { id } } })),
  );
}

export function useDecideApproval(id: string) {
  return useDraftStep(id, async (body: { decision: 'approve' | 'reject'; comment?: string }) =>
    unwrapDraft(await api.POST('/api/v1/assistant/drafts/{id}/approval', { params: { path: { id } }, body })),
  );
}

export function useFinaliseDraft(id: string) {
  return useDraftStep(id, async () =>
    unwrapDraft(await api.POST('/api/v1/assistant/drafts/{id}/finalise', { params: { path: { id } } })),
  );
}
