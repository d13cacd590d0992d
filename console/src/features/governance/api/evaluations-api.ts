import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiResponse } from '../../../lib/api-types.ts';

export type Suite = ApiResponse<'/api/v1/evaluations/suites', 'get'>['items'][number];
export type EvaluationRun = ApiResponse<'/api/v1/bots/{botId}/evaluations', 'get'>['items'][number];
export type EvaluationRunWithItems = ApiResponse<'/api/v1/evaluations/{id}', 'get'>;

const FINISHED = new Set(['passed', 'failed', 'error']);
export const isFinished = (run: { status: string }) => FINISHED.has(run.status);

/** The evaluation suites (Moonshot shape), with their names in both languages. */
export const suitesQuery = queryOptions({
  queryKey: ['governance', 'suites'],
  queryFn: async () => unwrap(await api.GET('/api/v1/evaluations/suites')).items,
  staleTime: 5 * 60_000,
});

/** A bot's runs, newest first; refreshed every few seconds while one is queued or running. */
export const botRunsQuery = (botId: string) =>
  queryOptions({
    queryKey: ['governance', 'runs', botId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/bots/{botId}/evaluations', { params: { path: { botId }, query: { limit: 100 } } }))
        .items,
    refetchInterval: (query) => (query.state.data?.some((run) => !isFinished(run)) ? 2_000 : false),
  });

/** One run with its items; refreshed until it finishes. */
export const runQuery = (id: string) =>
  queryOptions({
    queryKey: ['governance', 'run', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/evaluations/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data && !isFinished(query.state.data) ? 2_000 : false),
  });

export function useStartRun(botId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (suiteId: string) =>
      unwrap(
        await api.POST('/api/v1/bots/{botId}/evaluations', {
          params: { path: { botId } },
          body: { suiteId: suiteId as never },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['governance'] }),
  });
}
