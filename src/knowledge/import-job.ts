import type { Principal } from '../access/index.ts';
import { type JobWorker, PermanentJobError } from '../jobs/index.ts';
import type { Db } from '../store/index.ts';
import { extractSource, type SourceInput } from './extract-source.ts';
import { ImportError } from './import-error.ts';
import { type ImportTarget, importIntoKnowledge } from './knowledge-service.ts';
import type { SafeFetchOptions } from './safe-fetch.ts';

export const IMPORT_JOB = 'knowledge.import';

/** What a queued import carries: the input (URL or catalogue), the target and who asked. */
export interface ImportJobPayload {
  input: Extract<SourceInput, { type: 'url' | 'ckan' }>;
  target: Omit<ImportTarget, 'chunkOptions'>;
  principal: Principal;
}

/**
 * Runs queued imports (web pages, PDFs by URL, open-data catalogues) on any node. A node that dies
 * mid-import loses its lease and another node runs the job again; importing is idempotent (an
 * unchanged source is a no-op), so a repeated run never duplicates a version.
 */
export function registerImportJobs(worker: JobWorker, db: Db, fetchOptions: SafeFetchOptions): void {
  worker.register(IMPORT_JOB, async ({ job, progress }) => {
    const payload = job.payload as ImportJobPayload;
    try {
      const content = await extractSource(payload.input, {
        ...fetchOptions,
        onProgress: (done, total) => void progress(total ? (0.9 * done) / total : 0, `${done} of ${total} fetched`),
      });
      const result = await importIntoKnowledge(
        db,
        { principal: payload.principal, requestId: `job:${job.id}` },
        content,
        payload.target,
      );
      return {
        outcome: result.outcome,
        sourceId: result.source.id,
        versionId: result.version.id,
        version: result.version.version,
      };
    } catch (error) {
      if (error instanceof ImportError && error.code !== 'fetch_failed')
        throw new PermanentJobError(`${error.code}: ${error.message}`);
      throw error;
    }
  });
}
