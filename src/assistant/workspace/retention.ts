import { type AnyColumn, and, eq, lt, sql } from 'drizzle-orm';
import { assistantDocuments, assistantPolicies, type Db, jobs } from '../../store/index.ts';
import { ASSISTANT_TASK_JOB } from './assistant-task.ts';
import { DEFAULT_ASSISTANT_POLICY } from './assistant-policy.ts';

/** What one sweep deleted. */
export interface RetentionSweep {
  documents: number;
  results: number;
}

/**
 * Deletes workspace documents and assistant task jobs (their results) older than their
 * department's `retentionDays` (the default for departments without a policy). Jobs still queued
 * or running are left alone. Returns how many of each went.
 *
 * @example await sweepAssistantRetention(db, new Date())
 */
export async function sweepAssistantRetention(db: Db, now: Date): Promise<RetentionSweep> {
  // The retention of the row's own department (the outer table's column, qualified: the subquery has one too).
  const cutoff = (departmentId: AnyColumn) =>
    sql`${now.toISOString()}::timestamptz - make_interval(days => coalesce((select ${assistantPolicies.retentionDays} from ${assistantPolicies} where ${assistantPolicies.departmentId} = ${departmentId}), ${DEFAULT_ASSISTANT_POLICY.retentionDays}))`;
  const documents = await db
    .delete(assistantDocuments)
    .where(lt(assistantDocuments.createdAt, cutoff(assistantDocuments.departmentId)))
    .returning({ id: assistantDocuments.id });
  const results = await db
    .delete(jobs)
    .where(
      and(
        eq(jobs.kind, ASSISTANT_TASK_JOB),
        sql`${jobs.status} in ('succeeded', 'failed')`,
        lt(jobs.createdAt, cutoff(jobs.departmentId)),
      ),
    )
    .returning({ id: jobs.id });
  return { documents: documents.length, results: results.length };
}

/** Runs the sweep now and then hourly (with the node's other sweeps), until stopped. */
export function startAssistantRetention(
  db: Db,
  onError: (error: unknown) => void,
  intervalMs = 3_600_000,
): { stop(): void } {
  const run = () => void sweepAssistantRetention(db, new Date()).catch(onError);
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
