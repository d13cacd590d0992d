import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canSeeDepartment } from '../../access/index.ts';
import { notFound } from '../../core/index.ts';
import { getJob } from '../../jobs/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { errorResponses, idParams, timestamp } from '../schemas.ts';

/** Background job status: progress, attempts, the result or the error. */
export function jobRoutes(app: FastifyInstance, store: Store): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/jobs/:id',
    {
      onRequest: authorize('authenticated'),
      schema: {
        tags: ['jobs'],
        security: [{ bearer: [] }],
        summary: 'A background job (imports): status, progress, result or error',
        params: idParams,
        response: {
          200: z.object({
            id: z.string(),
            kind: z.string(),
            status: z.enum(['queued', 'running', 'succeeded', 'failed']),
            progress: z.number(),
            progressNote: z.string().nullable(),
            attempts: z.number().int(),
            maxAttempts: z.number().int(),
            error: z.string().nullable(),
            result: z.unknown(),
            createdAt: timestamp,
            updatedAt: timestamp,
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const job = await getJob(store.db, request.params.id);
      if (
        !job ||
        (job.departmentId ? !canSeeDepartment(principal, job.departmentId) : job.createdBy !== principal.id)
      ) {
        throw notFound('Job');
      }
      const { id, kind, status, progress, progressNote, attempts, maxAttempts, error, result, createdAt, updatedAt } =
        job;
      return {
        id,
        kind,
        status,
        progress,
        progressNote,
        attempts,
        maxAttempts,
        error,
        result,
        createdAt: createdAt.toISOString(),
        updatedAt: updatedAt.toISOString(),
      };
    },
  );
}
