import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAllowlist } from '../../gateway/index.ts';
import type { Executor } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { errorResponses, idSchema } from '../schemas.ts';

/**
 * The models an officer may name for an assistant task or draft: the department's allow-list,
 * readable with `assistant:use` (the gateway's own allow-list route needs `gateway:read`, which
 * editors and agents lack). Model `*` means any model of that provider.
 */
export function assistantModelRoutes(app: FastifyInstance, db: Executor): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/assistant/models',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags: ['assistant'],
        security: [{ bearer: [] }],
        summary: 'The models the department may use for assistant tasks (its gateway allow-list; `*`: any model)',
        querystring: z.object({ departmentId: idSchema.optional() }).strict(),
        response: {
          200: z.object({ items: z.array(z.object({ provider: z.string(), model: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const departmentId = request.query.departmentId ?? principal.departmentId;
      if (!departmentId) return { items: [] };
      const entries = await getAllowlist(db, principal, departmentId);
      return { items: entries.map(({ provider, model }) => ({ provider, model })) };
    },
  );
}
