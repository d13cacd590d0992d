import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, BACKGROUND_READ, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

export type CasePage = ApiResponse<'/api/v1/handoff-cases', 'get'>;
export type HandoffCase = CasePage['items'][number];
export type ConversationTurn = ApiResponse<'/api/v1/handoff-cases/{id}/conversation', 'get'>['items'][number];
export type Agent = ApiResponse<'/api/v1/handoff-cases/agents', 'get'>['items'][number];
export type ReferralDepartment = ApiResponse<'/api/v1/handoff-cases/departments', 'get'>['items'][number];
export type TeachResult = ApiResponse<'/api/v1/handoff-cases/{id}/teach', 'post'>;

/** The inbox's views, as the server's list route names them. */
export const VIEWS = ['open', 'overdue', 'mine', 'referred'] as const;
export type View = (typeof VIEWS)[number];

const isView = (value: string | null): value is View => (VIEWS as readonly string[]).includes(value ?? '');

/** The inbox's view and page as the address gives them (`?view=overdue&page=2`); the first page of open cases by default. */
export function inboxView(params: URLSearchParams): { view: View; page: number } {
  const view = params.get('view');
  return {
    view: isView(view) ? view : 'open',
    page: Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0),
  };
}

/** Cases per page: the server filters, sorts by due time and pages; the inbox never loads the whole queue. */
export const PAGE_SIZE = 25;

/** How long a read of the queue counts as current (see casesQuery). */
export const QUEUE_FRESH_MS = 1_000;

const keys = {
  all: ['handoffs'] as const,
  page: (view: View, page: number) => ['handoffs', 'list', view, page] as const,
  one: (id: string) => ['handoffs', 'case', id] as const,
  conversation: (id: string) => ['handoffs', 'conversation', id] as const,
};

/** How often an open inbox reads its page again, while the tab is shown. */
export const QUEUE_WATCH_MS = 30_000;

const readCases = async (view: View, page: number, background = false) =>
  unwrap(
    await api.GET('/api/v1/handoff-cases', {
      params: { query: { status: view, limit: PAGE_SIZE, offset: page * PAGE_SIZE } },
      ...(background ? { headers: BACKGROUND_READ } : {}),
    }),
  );

/**
 * One page of a view of the queue (`GET /api/v1/handoff-cases?status=&limit=&offset=`). While the next
 * page of the same view loads, the page shown stays; another view's cases are never shown under this
 * view's name (the officer would read open cases as "Mine").
 *
 * Citizens add cases whatever the officer does, so the queue is read again each time the inbox opens
 * (the rows from before show meanwhile) unless it was read in the last second — by the menu as the
 * pointer reached it, or put in the page on a first visit — and while it is open (useQueueWatch).
 */
export const casesQuery = (view: View, page: number) =>
  queryOptions({
    queryKey: keys.page(view, page),
    queryFn: () => readCases(view, page),
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === view ? previous : undefined),
    staleTime: QUEUE_FRESH_MS,
  });

/**
 * Keeps the open inbox's page current: read again every {@link QUEUE_WATCH_MS} while the tab is shown,
 * as a background read (the officer's idle timeout runs on: an inbox left open on an empty desk still
 * signs its officer out, which the next read then shows). A failed read leaves the rows shown; the
 * next one tries again.
 */
export function useQueueWatch(view: View, page: number): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const timer = setInterval(() => {
      if (globalThis.document?.visibilityState === 'hidden') return;
      readCases(view, page, true).then(
        (cases) => queryClient.setQueryData(keys.page(view, page), cases),
        () => {},
      );
    }, QUEUE_WATCH_MS);
    return () => clearInterval(timer);
  }, [queryClient, view, page]);
}

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: keys.one(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/handoff-cases/{id}', { params: { path: { id } } })),
  });

/** The conversation the case came from, oldest turn first. */
export const conversationQuery = (id: string) =>
  queryOptions({
    queryKey: keys.conversation(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/handoff-cases/{id}/conversation', { params: { path: { id } } })).items,
  });

/** Who a case may be assigned to: the department's active agents. */
export const agentsQuery = queryOptions({
  queryKey: ['handoffs', 'agents'],
  queryFn: async () => unwrap(await api.GET('/api/v1/handoff-cases/agents')).items,
  staleTime: 60_000,
});

/** Starts the inbox's calls while its code loads (the router calls it on navigation to the inbox). */
export function prefetchInbox(queryClient: QueryClient, params: URLSearchParams): Promise<unknown> {
  const { view, page } = inboxView(params);
  return Promise.all([queryClient.prefetchQuery(casesQuery(view, page)), queryClient.prefetchQuery(agentsQuery)]);
}

/** Where a case may be referred. */
export const referralDepartmentsQuery = queryOptions({
  queryKey: ['handoffs', 'departments'],
  queryFn: async () => unwrap(await api.GET('/api/v1/handoff-cases/departments')).items,
  staleTime: 300_000,
});

export type CaseStep =
  | { action: 'take' }
  | { action: 'close' }
  | { action: 'assign'; body: ApiBody<'/api/v1/handoff-cases/{id}/assign', 'post'> }
  | { action: 'reply'; body: ApiBody<'/api/v1/handoff-cases/{id}/reply', 'post'> }
  | { action: 'refer'; body: ApiBody<'/api/v1/handoff-cases/{id}/refer', 'post'> };

async function postStep(id: string, step: CaseStep): Promise<HandoffCase> {
  const path = { params: { path: { id } } };
  switch (step.action) {
    case 'take':
      return unwrap(await api.POST('/api/v1/handoff-cases/{id}/take', { ...path, body: {} }));
    case 'close':
      return unwrap(await api.POST('/api/v1/handoff-cases/{id}/close', { ...path, body: {} }));
    case 'assign':
      return unwrap(await api.POST('/api/v1/handoff-cases/{id}/assign', { ...path, body: step.body }));
    case 'reply':
      return unwrap(await api.POST('/api/v1/handoff-cases/{id}/reply', { ...path, body: step.body }));
    case 'refer':
      return unwrap(await api.POST('/api/v1/handoff-cases/{id}/refer', { ...path, body: step.body }));
  }
}

/**
 * One step of the 1823 flow on a case; the case, its conversation and the queue are read again after
 * (a queue page no page shows is read when the inbox opens again: casesQuery).
 */
export function useCaseStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: CaseStep) => postStep(id, step),
    onSuccess: (after) => {
      queryClient.setQueryData(keys.one(id), after);
      void queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}

/** "Teach this answer": a knowledge draft from the case's question and reply, for an approver to review. */
export function useTeachAnswer(id: string) {
  return useMutation({
    mutationFn: async (body: ApiBody<'/api/v1/handoff-cases/{id}/teach', 'post'>) =>
      unwrap(await api.POST('/api/v1/handoff-cases/{id}/teach', { params: { path: { id } }, body })),
  });
}
