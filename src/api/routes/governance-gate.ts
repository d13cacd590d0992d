import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getApplication, goLiveConditions } from '../../governance/index.ts';
import type { Db } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { errorResponses, idParams } from '../schemas.ts';
import { goLiveConditionSchema } from './go-live-schemas.ts';

const goLiveStatusSchema = z
  .object({
    applicationId: z.string().nullable(),
    botId: z.string().nullable().describe("The application's LionRock bot, if it is one"),
    botVersion: z
      .number()
      .int()
      .nullable()
      .describe('The bot version judged: its latest, the one a publication would publish'),
    ready: z.boolean().describe('Every condition is met: it may be published or moved to live'),
    conditions: z.array(goLiveConditionSchema).describe('Every condition, met or not, in a stable order'),
  })
  .describe('The go-live gate’s verdict');

/** The go-live gate's verdict, as the console's application page and the publish panel show it (issue #16). */
export function governanceGateRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/governance/applications/:id/go-live',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags: ['governance'],
        security: [{ bearer: [] }],
        summary: 'Whether the application may go live: every go-live condition with what was found and what to do',
        description:
          'The same judgement a publication or a move to live makes (docs/governance.md, "Go-live gate"); an ' +
          'application of another department is 404',
        params: idParams,
        response: { 200: goLiveStatusSchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const application = await getApplication(deps.db, principal, request.params.id);
      return goLiveConditions(deps.db, application.id, { principal });
    },
  );
}
