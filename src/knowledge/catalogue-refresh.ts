import { and, eq, isNull, like } from 'drizzle-orm';
import { enqueueJob, type JobWorker } from '../jobs/index.ts';
import { type Db, knowledgeSources } from '../store/index.ts';
import { IMPORT_JOB, type ImportJobPayload } from './import-job.ts';

/** The job that re-imports every open-data catalogue source (each as its own import job). */
export const CATALOGUE_REFRESH_JOB = 'knowledge.catalogue_refresh';

/** Once a day: DATA.GOV.HK updates most datasets daily at most. */
export const CATALOGUE_REFRESH_INTERVAL_MS = 24 * 60 * 60 * 1000;

const SEARCH = '/api/3/action/package_search';

/** The catalogue input a source was imported from, read back from its origin (`<base>/api/3/action/package_search?q=<query>`). */
export function catalogueInputOf(origin: string): ImportJobPayload['input'] | null {
  const at = origin.indexOf(SEARCH);
  if (at < 0) return null;
  const query = new URLSearchParams(origin.slice(at + SEARCH.length).replace(/^\?/, '')).get('q') ?? '';
  return { type: 'ckan', baseUrl: origin.slice(0, at), ...(query ? { query } : {}) };
}

/**
 * Queues an import of every catalogue source not withdrawn, as its department's catalogue refresher.
 * Importing is idempotent: an unchanged catalogue writes nothing; a changed one becomes a new draft
 * version that an approver publishes, as any other import (maker-checker holds for refreshes too).
 */
export async function queueCatalogueRefreshes(db: Db): Promise<number> {
  const sources = await db
    .select()
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.kind, 'catalogue'),
        isNull(knowledgeSources.withdrawnAt),
        like(knowledgeSources.origin, `%${SEARCH}%`),
      ),
    );
  let queued = 0;
  for (const source of sources) {
    const input = catalogueInputOf(source.origin);
    if (!input) continue;
    const payload: ImportJobPayload = {
      input,
      target: { departmentId: source.departmentId, botId: source.botId, title: source.title },
      principal: { id: 'catalogue-refresh', roles: ['editor'], departmentId: source.departmentId, keyId: null },
    };
    await enqueueJob(db, {
      kind: IMPORT_JOB,
      departmentId: source.departmentId,
      payload,
      createdBy: 'catalogue-refresh',
    });
    queued += 1;
  }
  return queued;
}

/** Registers the refresh job: it queues one import job per catalogue source. */
export function registerCatalogueRefresh(worker: JobWorker, db: Db): void {
  worker.register(CATALOGUE_REFRESH_JOB, async () => ({ queued: await queueCatalogueRefreshes(db) }));
}

/** Queues the refresh job every `intervalMs` (where jobs run); the worker runs it on any node. */
export function startCatalogueRefresh(
  db: Db,
  onError: (error: unknown) => void,
  intervalMs = CATALOGUE_REFRESH_INTERVAL_MS,
): { stop(): void } {
  const timer = setInterval(() => {
    enqueueJob(db, {
      kind: CATALOGUE_REFRESH_JOB,
      departmentId: null,
      payload: {},
      createdBy: 'catalogue-refresh',
    }).catch(onError);
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
