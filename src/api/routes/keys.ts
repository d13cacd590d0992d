import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiKey, listApiKeys, revokeApiKey } from '../../access/index.ts';
import type { Config } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { apiKeySchema, errorResponses, idParams, idSchema, text, timestamp } from '../schemas.ts';
import { toJson } from '../to-json.ts';

const createBody = z
  .object({
    name: text(100),
    userId: idSchema
      .optional()
      .describe(
        "Whose key; defaults to the caller. Another person's key: platform admins only; a machine account's: key:manage",
      ),
    expiresAt: timestamp.optional().describe('Defaults to the configured key lifetime'),
  })
  .strict();

const tags = ['keys'];
const security = [{ bearer: [] }];

export function keyRoutes(app: FastifyInstance, store: Store, config: Config): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/keys',
    {
      onRequest: authorize('authenticated'),
      schema: {
        tags,
        security,
        summary: "The caller's keys (admins: the department's keys, optionally for one user)",
        querystring: z.object({ userId: idSchema.optional() }).strict(),
        response: { 200: z.object({ items: z.array(apiKeySchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listApiKeys(store.db, requirePrincipal(request), request.query.userId)).map(toJson),
    }),
  );
  api.post(
    '/api/v1/keys',
    {
      onRequest: authorize('authenticated'),
      schema: {
        tags,
        security,
        summary: 'Create an API key; the key is in this response only',
        body: createBody,
        response: { 201: apiKeySchema.extend({ key: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { name, userId, expiresAt } = request.body;
      const created = await createApiKey(store.db, serviceContext(request), {
        name,
        userId,
        expiresAt: expiresAt ? new Date(expiresAt) : undefined,
        defaultLifetimeDays: config.defaultKeyLifetimeDays,
      });
      return reply.code(201).header('cache-control', 'no-store').send(toJson(created));
    },
  );
  api.delete(
    '/api/v1/keys/:id',
    {
      onRequest: authorize('authenticated'),
      schema: {
        tags,
        security,
        summary: 'Revoke an API key at once',
        params: idParams,
        response: { 200: apiKeySchema, ...errorResponses },
      },
    },
    async (request) => toJson(await revokeApiKey(store.db, serviceContext(request), request.params.id)),
  );
}
