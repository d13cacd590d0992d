import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type Config } from '../../core/index.ts';
import {
  createGatewayFromConfig,
  createProvider,
  deleteProvider,
  deleteQuota,
  GatewayError,
  type GatewayMessage,
  type GatewayRequest,
  type GatewayResult,
  getAllowlist,
  getProvider,
  listProviders,
  listQuotas,
  type ModelGateway,
  putAllowlist,
  putQuota,
  type QuotaLimits,
  updateProvider,
  usageReport,
} from '../../gateway/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { departmentFilter } from '../department-filter.ts';
import {
  chatCompletionSchema,
  errorResponses,
  idParams,
  idSchema,
  readBase,
  settingBotIdSchema,
  timestamp,
} from '../schemas.ts';
import { toJson } from '../to-json.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The node's model gateway: the only road to a model (chat module, passthrough). */
    gateway: ModelGateway;
  }
}

const providerName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, 'must be 1–63 letters, digits, dots, underscores or hyphens');
const modelName = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting them is the point
  .regex(/^[^\s\u0000-\u001f\u007f]+$/, 'must not contain spaces or control characters');
const baseUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
  .max(500, 'must be at most 500 characters');
const providerFields = {
  baseUrl,
  apiKey: z.string().min(1).max(4096).nullable().optional().describe('Stored encrypted; never returned'),
  models: z.array(modelName).min(1, 'must name at least one model').max(500),
  timeoutMs: z.number().int().min(100).max(600_000).optional(),
  maxRetries: z.number().int().min(0).max(10).optional(),
  status: z.enum(['active', 'disabled']).optional(),
};
const createProviderBody = z.object({ name: providerName, ...providerFields }).strict();
const patchProviderBody = z
  .object({
    ...providerFields,
    baseUrl: baseUrl.optional(),
    models: providerFields.models.optional(),
    base: z
      .object({
        baseUrl: z.string().max(500),
        models: z.array(z.string().max(200)).max(500),
        timeoutMs: z.number().int(),
        maxRetries: z.number().int(),
        status: z.enum(['active', 'disabled']),
      })
      .partial()
      .strict()
      .optional()
      .describe(readBase('The settings')),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, {
    message: 'must change at least one field',
    params: { zhHant: '須最少更改一個欄位' },
  });
const providerSchema = z.object({
  id: z.string(),
  name: z.string(),
  baseUrl: z.string(),
  hasApiKey: z.boolean(),
  models: z.array(z.string()),
  timeoutMs: z.number().int(),
  maxRetries: z.number().int(),
  status: z.enum(['active', 'disabled']),
  createdBy: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const departmentParams = z.object({ departmentId: idSchema }).strict();
const allowlistEntries = z
  .array(z.object({ provider: providerName, model: z.union([z.literal('*'), modelName]) }).strict())
  .max(1000);
const allowlistBody = z
  .object({
    entries: allowlistEntries,
    base: allowlistEntries
      .optional()
      .describe(
        'The list as the editor read it. Given, only its own changes are made: the entries it added are added, those it removed removed, and what someone else added or removed since stays. Omitted: `entries` replaces the list.',
      ),
  })
  .strict();
const allowlistResponse = z.object({
  departmentId: z.string(),
  entries: z.array(
    z.object({
      provider: z.string(),
      model: z.string(),
      providerId: z.string(),
      createdBy: z.string(),
      createdAt: timestamp,
    }),
  ),
});

/** Per-minute and request limits are 32-bit columns; monthly tokens a 64-bit one. */
const limit = z.number().int().min(0).max(2_147_483_647).nullable().optional().describe('Omitted or null: unlimited');
const tokenLimit = z.number().int().min(0).max(1e15).nullable().optional().describe('Omitted or null: unlimited');
const quotaBody = z
  .object({
    botId: settingBotIdSchema.optional().describe('Omit for the department-wide quota'),
    requestsPerMinute: limit,
    tokensPerMinute: limit,
    requestsPerMonth: limit,
    tokensPerMonth: tokenLimit,
    base: z
      .object({ requestsPerMinute: limit, tokensPerMinute: limit, requestsPerMonth: limit, tokensPerMonth: tokenLimit })
      .strict()
      .optional()
      .describe(
        "The scope's limits as the editor read them (all null or omitted: it had no quota). Given, only the limits it changed are set, and one someone else changed since to another value is 409 `changed_meanwhile`, nothing saved. Omitted: the limits given replace the scope's.",
      ),
  })
  .strict();
/** Limits as given, omitted ones unlimited. */
const quotaLimits = (limits: { [K in keyof QuotaLimits]?: number | null | undefined }): QuotaLimits => ({
  requestsPerMinute: limits.requestsPerMinute ?? null,
  tokensPerMinute: limits.tokensPerMinute ?? null,
  requestsPerMonth: limits.requestsPerMonth ?? null,
  tokensPerMonth: limits.tokensPerMonth ?? null,
});
const quotaSchema = z.object({
  departmentId: z.string(),
  botId: z.string().nullable(),
  requestsPerMinute: z.number().int().nullable(),
  tokensPerMinute: z.number().int().nullable(),
  requestsPerMonth: z.number().int().nullable(),
  tokensPerMonth: z.number().int().nullable(),
  updatedBy: z.string(),
  updatedAt: timestamp,
});

const usageQuery = z
  .object({
    departmentId: idSchema.optional().describe('Platform admins: any department; others: their own only'),
    botId: z.string().max(64).optional(),
    provider: z.string().max(63).optional(),
    model: z.string().max(200).optional(),
    from: timestamp.optional().describe('Inclusive; default 30 days before `to`'),
    to: timestamp.optional().describe('Exclusive; default now'),
  })
  .strict();
const usageCounts = {
  calls: z.number().int(),
  ok: z.number().int(),
  refused: z.number().int(),
  errors: z.number().int(),
  promptTokens: z.number().int(),
  completionTokens: z.number().int(),
  totalTokens: z.number().int(),
};
const usageResponse = z.object({
  from: timestamp,
  to: timestamp,
  rows: z.array(
    z.object({
      day: z.string().describe('YYYY-MM-DD, Hong Kong time'),
      departmentId: z.string(),
      botId: z.string().nullable(),
      provider: z.string(),
      model: z.string(),
      ...usageCounts,
      avgLatencyMs: z.number().nullable(),
    }),
  ),
  totals: z.object(usageCounts),
});

const contentPart = z.object({ type: z.literal('text'), text: z.string().max(200_000) });
/** OpenAI's chat request, the parts the gateway honours; other fields clients send are ignored. */
const completionBody = z.object({
  model: z
    .string()
    .max(264)
    .regex(/^[^/\s]+\/\S+$/, 'must be "<provider>/<model>", e.g. "local/qwen2.5"'),
  messages: z
    .array(
      z.object({
        role: z.enum(['system', 'developer', 'user', 'assistant']),
        content: z.union([z.string().max(200_000), z.array(contentPart).min(1).max(100)]),
      }),
    )
    .min(1, 'must hold at least one message')
    .max(500),
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: z.number().int().min(1).max(1_000_000).nullable().optional(),
  max_completion_tokens: z.number().int().min(1).max(1_000_000).nullable().optional(),
  stream: z.boolean().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullable().optional(),
  n: z.literal(1, 'only n = 1 is supported').optional(),
});
const modelsResponse = z.object({
  object: z.literal('list'),
  data: z.array(
    z.object({ id: z.string(), object: z.literal('model'), created: z.number().int(), owned_by: z.string() }),
  ),
});

const tags = ['gateway'];
const security = [{ bearer: [] }];

/**
 * The model gateway's routes: providers, allow-lists, quotas, usage and the OpenAI-compatible
 * passthrough for departments' own applications. Returns (and decorates the app with) the node's
 * {@link ModelGateway}, for the chat module.
 */
export function gatewayRoutes(app: FastifyInstance, store: Store, config: Config): ModelGateway {
  const gateway = createGatewayFromConfig(store, config, (error) =>
    app.log.error({ err: error }, 'Writing a batch of model call records failed; retrying'),
  );
  app.decorate('gateway', gateway);
  // Calls' records are written behind the answers in batches: commit the last batch on shutdown.
  app.addHook('onClose', () => gateway.close());
  const settle = () =>
    gateway.flush().catch((error: unknown) => app.log.error({ err: error }, 'Model call records not written yet'));
  const secretSource = gateway.secrets.source;
  if (secretSource === 'generated') {
    app.log.warn(
      { file: `${config.dataDir}/secret.key` },
      'Generated the secret that encrypts model provider keys (mode 0600); back it up with the data folder',
    );
  } else if (secretSource === 'missing') {
    app.log.error('No secretKey (LIONROCK_SECRET_KEY) set: model providers with API keys cannot be stored or called');
  }

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/gateway/providers',
    {
      onRequest: authorize('gateway:manage'),
      schema: {
        tags,
        security,
        summary: 'Model providers (OpenAI-compatible endpoints)',
        response: { 200: z.object({ items: z.array(providerSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: (await listProviders(store.db)).map(toJson) }),
  );
  api.post(
    '/api/v1/gateway/providers',
    {
      onRequest: authorize('gateway:manage'),
      schema: {
        tags,
        security,
        summary: 'Add a model provider; its API key is stored encrypted and never shown again',
        body: createProviderBody,
        response: { 201: providerSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(toJson(await createProvider(store.db, serviceContext(request), gateway.secrets, request.body))),
  );
  api.get(
    '/api/v1/gateway/providers/:id',
    {
      onRequest: authorize('gateway:manage'),
      schema: {
        tags,
        security,
        summary: 'One model provider',
        params: idParams,
        response: { 200: providerSchema, ...errorResponses },
      },
    },
    async (request) => toJson(await getProvider(store.db, request.params.id)),
  );
  api.patch(
    '/api/v1/gateway/providers/:id',
    {
      onRequest: authorize('gateway:manage'),
      schema: {
        tags,
        security,
        summary: 'Change a model provider (`apiKey: null` removes its key)',
        params: idParams,
        body: patchProviderBody,
        response: { 200: providerSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { base, ...patch } = request.body;
      return toJson(
        await updateProvider(store.db, serviceContext(request), gateway.secrets, request.params.id, patch, base),
      );
    },
  );
  api.delete(
    '/api/v1/gateway/providers/:id',
    {
      onRequest: authorize('gateway:manage'),
      schema: {
        tags,
        security,
        summary: 'Delete a model provider and every allow-list entry naming it (metered calls stay)',
        params: idParams,
        response: { 200: z.object({ id: z.string(), deleted: z.literal(true) }), ...errorResponses },
      },
    },
    async (request) => {
      await deleteProvider(store.db, serviceContext(request), request.params.id);
      return { id: request.params.id, deleted: true as const };
    },
  );

  api.get(
    '/api/v1/gateway/allowlist/:departmentId',
    {
      onRequest: authorize('gateway:read'),
      schema: {
        tags,
        security,
        summary: "A department's model allow-list: the only providers and models it may call",
        params: departmentParams,
        response: { 200: allowlistResponse, ...errorResponses },
      },
    },
    async (request) => ({
      departmentId: request.params.departmentId,
      entries: (await getAllowlist(store.db, requirePrincipal(request), request.params.departmentId)).map(toJson),
    }),
  );
  api.put(
    '/api/v1/gateway/allowlist/:departmentId',
    {
      onRequest: authorize('gateway:manage'),
      schema: {
        tags,
        security,
        summary: "Set a department's model allow-list (model `*`: every model of the provider)",
        params: departmentParams,
        body: allowlistBody,
        response: { 200: allowlistResponse, ...errorResponses },
      },
    },
    async (request) => ({
      departmentId: request.params.departmentId,
      entries: (
        await putAllowlist(
          store.db,
          serviceContext(request),
          request.params.departmentId,
          request.body.entries,
          request.body.base,
        )
      ).map(toJson),
    }),
  );

  api.get(
    '/api/v1/gateway/quotas/:departmentId',
    {
      onRequest: authorize('gateway:read'),
      schema: {
        tags,
        security,
        summary: "A department's model quota and its bots' quotas",
        params: departmentParams,
        response: { 200: z.object({ items: z.array(quotaSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listQuotas(store.db, requirePrincipal(request), request.params.departmentId)).map(toJson),
    }),
  );
  api.put(
    '/api/v1/gateway/quotas/:departmentId',
    {
      onRequest: authorize('gateway:quota'),
      schema: {
        tags,
        security,
        summary: 'Set the model quota of a department or one of its bots (per minute: rate limits; per month: quotas)',
        params: departmentParams,
        body: quotaBody,
        response: { 200: quotaSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { botId: bot, base, ...limits } = request.body;
      return toJson(
        await putQuota(
          store.db,
          serviceContext(request),
          request.params.departmentId,
          bot ?? null,
          quotaLimits(limits),
          // Unlike a PATCH's, a limit left out of this `base` is read (unlimited), not unchecked: the PUT
          // sets all four limits, one left out of the body being unlimited too.
          base && quotaLimits(base),
        ),
      );
    },
  );
  api.delete(
    '/api/v1/gateway/quotas/:departmentId',
    {
      onRequest: authorize('gateway:quota'),
      schema: {
        tags,
        security,
        summary: 'Remove the quota of a department or one of its bots (the scope becomes unlimited)',
        params: departmentParams,
        querystring: z.object({ botId: settingBotIdSchema.optional() }).strict(),
        response: { 200: z.object({ deleted: z.literal(true) }), ...errorResponses },
      },
    },
    async (request) => {
      await deleteQuota(store.db, serviceContext(request), request.params.departmentId, request.query.botId ?? null);
      return { deleted: true as const };
    },
  );

  api.get(
    '/api/v1/usage',
    {
      onRequest: authorize('usage:read'),
      schema: {
        tags,
        security,
        summary: 'Model usage by department, bot, provider/model and day (Hong Kong time)',
        querystring: usageQuery,
        response: { 200: usageResponse, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const q = request.query;
      const from = q.from ? new Date(q.from) : undefined;
      const to = q.to ? new Date(q.to) : undefined;
      if (from && to && from >= to) {
        throw new AppError('validation_failed', { en: '`from` must be before `to`', zhHant: '`from` 須早於 `to`' }, [
          { field: 'querystring.from', code: 'after_to', message: { en: 'must be before to', zhHant: '須早於 to' } },
        ]);
      }
      // This node's latest calls may still be queued for their batch: commit them first.
      await gateway.flush();
      const report = await usageReport(store.db, {
        departmentId: await departmentFilter(store.db, principal, q.departmentId),
        botId: q.botId,
        provider: q.provider,
        model: q.model,
        from,
        to,
      });
      return { ...report, from: report.from.toISOString(), to: report.to.toISOString() };
    },
  );

  api.get(
    '/api/v1/gateway/models',
    {
      onRequest: authorize('gateway:call'),
      schema: {
        tags,
        security,
        summary: 'The models your department may call, OpenAI style (`<provider>/<model>`)',
        response: { 200: modelsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const entries = await getAllowlist(store.db, principal, callerDepartment(principal.departmentId));
      const providers = new Map((await listProviders(store.db)).map((p) => [p.name, p]));
      const ids = new Set<string>();
      for (const entry of entries) {
        const provider = providers.get(entry.provider);
        if (provider?.status !== 'active') continue;
        const models = entry.model === '*' ? provider.models.filter((m) => m !== '*') : [entry.model];
        for (const model of models) ids.add(`${entry.provider}/${model}`);
      }
      return {
        object: 'list' as const,
        data: [...ids].map((id) => ({
          id,
          object: 'model' as const,
          created: 0,
          owned_by: id.slice(0, id.indexOf('/')),
        })),
      };
    },
  );
  api.post(
    '/api/v1/gateway/chat/completions',
    {
      onRequest: authorize('gateway:call'),
      schema: {
        tags,
        security,
        summary: 'OpenAI-compatible chat completion through the gateway (`model`: "<provider>/<model>")',
        description:
          "For departments' own applications. The department's allow-list and quotas apply; the call is metered " +
          'and audited by hashes. With `stream: true` the answer is `text/event-stream` chunks ending in `data: [DONE]`.',
        body: completionBody,
        response: { 200: chatCompletionSchema, ...errorResponses, 502: errorResponses[400], 503: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const body = request.body;
      const slash = body.model.indexOf('/');
      const controller = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      const call: GatewayRequest = {
        departmentId: callerDepartment(principal.departmentId),
        botId: null,
        provider: body.model.slice(0, slash),
        model: body.model.slice(slash + 1),
        messages: body.messages.map(toGatewayMessage),
        temperature: body.temperature,
        maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
        actor: principal,
        requestId: request.id,
        signal: controller.signal,
      };
      const id = `chatcmpl-${randomUUID().replaceAll('-', '')}`;
      const created = Math.floor(Date.now() / 1000);
      // Over HTTP the answer waits for its record (batched with the node's concurrent calls), so an
      // application's call is on record when it sees the answer; in-process callers do not wait.
      if (!body.stream) {
        const result = await withRetryAfter(reply, () => gateway.complete(call)).finally(settle);
        return {
          id,
          object: 'chat.completion' as const,
          created,
          model: body.model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant' as const, content: result.text },
              finish_reason: result.finishReason ?? 'stop',
            },
          ],
          usage: usageOf(result),
        };
      }
      const stream = gateway.stream(call);
      // The first piece decides: a refusal or outage before it is still a plain problem+json answer.
      let next = await withRetryAfter(reply, () => stream.next()).catch(async (error: unknown) => {
        await settle();
        throw error;
      });
      reply.hijack();
      const headers = Object.fromEntries(
        Object.entries(reply.getHeaders()).filter(
          (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
        ),
      );
      reply.raw.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-request-id': request.id,
      });
      const chunk = (delta: Record<string, string>, finish: string | null) =>
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      reply.raw.write(chunk({ role: 'assistant', content: '' }, null));
      try {
        while (!next.done) {
          reply.raw.write(chunk({ content: next.value.delta }, null));
          next = await stream.next();
        }
        reply.raw.write(chunk({}, next.value.finishReason ?? 'stop'));
        if (body.stream_options?.include_usage) {
          reply.raw.write(
            `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: body.model, choices: [], usage: usageOf(next.value) })}\n\n`,
          );
        }
      } catch (error) {
        const code = error instanceof AppError ? error.code : 'internal';
        const message = error instanceof AppError ? error.message : 'The stream failed';
        reply.raw.write(`data: ${JSON.stringify({ error: { message, type: code, code } })}\n\n`);
      }
      await settle();
      reply.raw.end('data: [DONE]\n\n');
      return reply;
    },
  );
  return gateway;
}

function callerDepartment(departmentId: string | null): string {
  if (!departmentId) {
    throw new AppError(
      'validation_failed',
      {
        en: 'Model calls are made for a department; this caller has none',
        zhHant: '模型呼叫須屬於某個部門，但此帳戶不屬於任何部門',
      },
      [
        {
          field: 'headers.authorization',
          code: 'no_department',
          message: { en: 'the key belongs to no department', zhHant: '此金鑰不屬於任何部門' },
        },
      ],
    );
  }
  return departmentId;
}

function toGatewayMessage(message: {
  role: 'system' | 'developer' | 'user' | 'assistant';
  content: string | { type: 'text'; text: string }[];
}): GatewayMessage {
  const content = typeof message.content === 'string' ? message.content : message.content.map((p) => p.text).join('');
  return { role: message.role === 'developer' ? 'system' : message.role, content };
}

function usageOf(result: GatewayResult) {
  return {
    prompt_tokens: result.promptTokens,
    completion_tokens: result.completionTokens,
    total_tokens: result.promptTokens + result.completionTokens,
  };
}

/** Runs a gateway call, putting a refusal's wait into `Retry-After`. */
async function withRetryAfter<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GatewayError && error.retryAfterSeconds !== null) {
      reply.header('retry-after', String(error.retryAfterSeconds));
    }
    throw error;
  }
}
