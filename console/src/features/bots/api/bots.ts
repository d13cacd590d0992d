import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';

export type BotSummary = ApiResponse<'/api/v1/bots', 'get'>['items'][number];
export type BotView = ApiResponse<'/api/v1/bots/{botId}', 'get'>;
export type BotConfig = BotView['latest']['config'];
export type BotConfigPatch = ApiBody<'/api/v1/bots/{botId}', 'patch'>;
export type NewBot = ApiBody<'/api/v1/bots', 'post'>;
export type Preview = ApiResponse<'/api/v1/bots/{botId}/preview', 'post'>;
export type KnowledgeSource = ApiResponse<'/api/v1/knowledge/sources', 'get'>['items'][number];

/** The department's bots, with names and their latest version's status. */
export const botsQuery = queryOptions({
  queryKey: ['bots'],
  queryFn: async () => unwrap(await api.GET('/api/v1/bots')).items,
});

/** One bot with its published and latest versions. */
export const botQuery = (botId: string) =>
  queryOptions({
    queryKey: ['bots', botId],
    queryFn: async () => unwrap(await api.GET('/api/v1/bots/{botId}', { params: { path: { botId } } })),
  });

/** The department's knowledge sources, which a bot may be limited to. */
export const sourcesQuery = queryOptions({
  queryKey: ['knowledge', 'sources'],
  queryFn: async () => unwrap(await api.GET('/api/v1/knowledge/sources')).items,
});

function useBotSaved() {
  const queryClient = useQueryClient();
  return (view: BotView) => {
    queryClient.setQueryData(botQuery(view.id).queryKey, view);
    void queryClient.invalidateQueries({ queryKey: botsQuery.queryKey, exact: true });
  };
}

export function useCreateBot() {
  const saved = useBotSaved();
  return useMutation({
    mutationFn: async (body: NewBot) => unwrap(await api.POST('/api/v1/bots', { body })),
    onSuccess: saved,
  });
}

/** A change: the fields given replace the current ones in a new draft version. */
export function useUpdateBot(botId: string) {
  const saved = useBotSaved();
  return useMutation({
    mutationFn: async (body: BotConfigPatch) =>
      unwrap(await api.PATCH('/api/v1/bots/{botId}', { params: { path: { botId } }, body })),
    onSuccess: saved,
  });
}

/** Publishes `version`, the one the officer was shown: refused if someone saved another since. */
export function usePublishBot(botId: string) {
  const saved = useBotSaved();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(await api.POST('/api/v1/bots/{botId}/publish', { params: { path: { botId } }, body: { version } })),
    onSuccess: saved,
  });
}

export function useUnpublishBot(botId: string) {
  const saved = useBotSaved();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/bots/{botId}/unpublish', { params: { path: { botId } } })),
    onSuccess: saved,
  });
}

/** Asks the bot's latest version; nothing is recorded, so nothing is cached either. */
export function usePreview(botId: string) {
  return useMutation({
    mutationFn: async (question: string) =>
      unwrap(await api.POST('/api/v1/bots/{botId}/preview', { params: { path: { botId } }, body: { question } })),
  });
}
