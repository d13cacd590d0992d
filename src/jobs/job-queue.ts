import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import { type Db, type Executor, jobs } from '../store/index.ts';

export type Job = typeof jobs.$inferSelect;

export interface NewJob {
  kind: string;
  departmentId: string | null;
  payload: unknown;
  createdBy: string;
  maxAttempts?: number;
}

/** Queues a job inside the caller's transaction (so it exists only if the request's change commits). */
export async function enqueueJob(db: Executor, job: NewJob): Promise<Job> {
  const [row] = await db
    .insert(jobs)
    .values({ id: randomUUID(), status: 'queued', ...job, maxAttempts: job.maxAttempts ?? 3 })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Claims the oldest runnable job for `workerId` with a lease. A job is runnable when queued and
 * due, or running with an expired lease (its node died): that job resumes from its checkpoint.
 * `SKIP LOCKED` lets any number of nodes claim concurrently without waiting on each other.
 */
export async function claimJob(
  db: Db,
  workerId: string,
  kinds: readonly string[],
  leaseMs: number,
): Promise<Job | null> {
  if (!kinds.length) return null;
  return db.transaction(async (tx) => {
    const now = new Date();
    const [candidate] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          inArray(jobs.kind, [...kinds]),
          or(
            and(eq(jobs.status, 'queued'), lte(jobs.runAfter, now)),
            and(eq(jobs.status, 'running'), lt(jobs.leaseUntil, now)),
          ),
        ),
      )
      .orderBy(asc(jobs.runAfter))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!candidate) return null;
    const [job] = await tx
      .update(jobs)
      .set({
        status: 'running',
        lockedBy: workerId,
        leaseUntil: new Date(now.getTime() + leaseMs),
        attempts: sql`${jobs.attempts} + 1`,
        updatedAt: now,
      })
      .where(eq(jobs.id, candidate.id))
      .returning();
    return job ?? null;
  });
}

/** Records progress and a checkpoint, and extends the lease; false if the job was taken from us. */
export async function reportProgress(
  db: Executor,
  job: Job,
  workerId: string,
  progress: { fraction: number; note?: string; checkpoint?: unknown },
  leaseMs: number,
): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({
      progress: Math.max(0, Math.min(1, progress.fraction)),
      progressNote: progress.note ?? null,
      ...(progress.checkpoint === undefined ? {} : { checkpoint: progress.checkpoint }),
      leaseUntil: new Date(Date.now() + leaseMs),
      updatedAt: new Date(),
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export async function completeJob(db: Executor, job: Job, workerId: string, result: unknown): Promise<void> {
  await db
    .update(jobs)
    .set({ status: 'succeeded', progress: 1, result, leaseUntil: null, error: null, updatedAt: new Date() })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
}

/** A failed attempt: retried with exponential backoff until `maxAttempts`, then failed for good. */
export async function failJob(
  db: Executor,
  job: Job,
  workerId: string,
  error: string,
  retryable: boolean,
): Promise<void> {
  const final = !retryable || job.attempts >= job.maxAttempts;
  const backoffMs = 2 ** job.attempts * 1000;
  await db
    .update(jobs)
    .set({
      status: final ? 'failed' : 'queued',
      error,
      leaseUntil: null,
      runAfter: new Date(Date.now() + (final ? 0 : backoffMs)),
      updatedAt: new Date(),
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
}

export async function getJob(db: Executor, id: string): Promise<Job | null> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
}
