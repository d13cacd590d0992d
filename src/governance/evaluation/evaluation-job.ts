import type { ConversationDeps } from '../../chat/index.ts';
import type { JobWorker } from '../../jobs/index.ts';
import { EVALUATION_JOB, type EvaluationJobPayload } from './evaluation-runs.ts';
import { runEvaluation } from './run-evaluation.ts';
import { suiteCatalogue } from './suite-catalogue.ts';

/**
 * Runs queued evaluation runs on any node's job worker, through the node's conversation services
 * (the same knowledge index, caches and model gateway the citizen chat uses).
 */
export function registerEvaluationJobs(worker: JobWorker, deps: ConversationDeps): void {
  worker.register(EVALUATION_JOB, async ({ job, progress }) => {
    const payload = job.payload as EvaluationJobPayload;
    return runEvaluation(deps, suiteCatalogue(), payload.runId, payload.actor, (fraction, note) =>
      progress(fraction, note),
    );
  });
}
