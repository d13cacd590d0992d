import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listPublishedBots, type PublishedBot } from '../../chat/index.ts';
import { AppError, type LocalizedText } from '../../core/index.ts';
import type { Executor } from '../../store/index.ts';
import { openAiErrorResponses } from '../openai-error.ts';

const modelSchema = z.object({
  id: z.string().describe('The bot id: the `model` to send to /v1/chat/completions or /v1/responses'),
  object: z.literal('model'),
  created: z.number().int().describe('When the served version was published (Unix seconds)'),
  owned_by: z.string().describe('The owning department’s code'),
  name: z.object({ zh: z.string(), en: z.string() }).describe('The bot’s name, for a model picker'),
});

const modelListSchema = z.object({ object: z.literal('list'), data: z.array(modelSchema) });

/** Both kinds of caller may use the same bots, so both may list them; see docs/chat.md. */
const security = [{}, { bearer: [] }];

const unknownModelReason = (id: string): LocalizedText => ({
  en: `No published bot "${id}"`,
  zhHant: `沒有已發布的聊天機械人「${id}」`,
});

/**
 * The model listing of the OpenAI API, so chat front ends (Open WebUI, LibreChat, LobeChat,
 * Chatbox) can connect and fill their model picker (issue #13, item 8). A model is a published
 * bot; every caller sees the same list, because chat serves exactly the published bots to
 * anyone, with a key or without (a draft is tried through the bot preview under /api).
 */
export function openAiModelRoutes(app: FastifyInstance, db: Executor): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/v1/models',
    {
      schema: {
        tags: ['openai-compatible'],
        security,
        summary: 'OpenAI-compatible model list: the published bots',
        response: { 200: modelListSchema, ...openAiErrorResponses },
      },
    },
    async () => ({ object: 'list' as const, data: (await listPublishedBots(db)).map(toModel) }),
  );
  typed.get(
    '/v1/models/:model',
    {
      schema: {
        tags: ['openai-compatible'],
        security,
        summary: 'One published bot as an OpenAI model',
        params: z.object({ model: z.string().min(1).max(200).describe('The bot id, e.g. demo-1823') }),
        response: { 200: modelSchema, ...openAiErrorResponses },
      },
    },
    async (request) => {
      const [bot] = await listPublishedBots(db, request.params.model);
      if (!bot) throw unknownModel(request.params.model, 'params.model');
      return toModel(bot);
    },
  );
}

/** The refusal for a `model` that names no published bot, naming it in both languages (the reader gets theirs). */
export function unknownModel(id: string, field: string): AppError {
  const message = unknownModelReason(id);
  return new AppError('not_found', message, [{ field, code: 'unknown_model', message }]);
}

function toModel(bot: PublishedBot) {
  return {
    id: bot.id,
    object: 'model' as const,
    created: Math.floor(bot.publishedAt.getTime() / 1000),
    owned_by: bot.departmentCode,
    name: bot.name,
  };
}
