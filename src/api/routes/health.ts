import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/index.ts';
import { isMigrated, type Store } from '../../store/index.ts';

/** Liveness (the process answers) and readiness (the database answers and is migrated). */
export function healthRoutes(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/healthz',
    {
      // Load balancers probe every few seconds: a log line per probe would bury everything else.
      logLevel: 'silent',
      schema: { tags: ['health'], summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
  api.get(
    '/readyz',
    {
      logLevel: 'silent',
      schema: {
        tags: ['health'],
        summary: 'Readiness: database reachable and migrated',
        response: { 200: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => {
      if (!(await isMigrated(store)))
        throw new AppError('not_ready', {
          en: 'The database is unreachable or not migrated',
          zhHant: '無法連接資料庫，或資料庫尚未完成遷移',
        });
      return { status: 'ready' as const, database: store.kind };
    },
  );
}
