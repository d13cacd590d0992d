import { randomUUID } from 'node:crypto';
import type { Db } from '../store/index.ts';
import { claimJob, completeJob, failJob, type Job, reportProgress } from './job-queue.ts';

/** What a handler may do while it runs: report progress and save a checkpoint to resume from. */
export interface JobContext {
  job: Job;
  progress(fraction: number, note?: string, checkpoint?: unknown): Promise<void>;
}

export type JobHandler = (context: JobContext) => Promise<unknown>;

/** A handler's failure that retrying cannot fix (bad input, refused URL). */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export interface JobWorkerOptions {
  pollMs?: number;
  leaseMs?: number;
}

/**
 * Runs jobs of the kinds it has handlers for, one at a time, on every API node. Polls the jobs
 * table; a job left running by a node that died is taken over when its lease runs out.
 */
export class JobWorker {
  readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly pollMs: number;
  private readonly leaseMs: number;

  constructor(
    private readonly db: Db,
    options: JobWorkerOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 60_000;
  }

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.tick(), this.pollMs);
    this.timer.unref();
  }

  /** Stops polling and waits for the job in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs jobs until none is due; returns how many ran. Exposed so tests need not wait for polls. */
  async drain(): Promise<number> {
    let count = 0;
    while (!this.stopped && (await this.runOne())) count += 1;
    return count;
  }

  private tick(): void {
    if (this.running || this.stopped) return;
    this.running = this.drain()
      .then(() => undefined)
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
      });
  }

  private async runOne(): Promise<boolean> {
    const job = await claimJob(this.db, this.id, [...this.handlers.keys()], this.leaseMs);
    if (!job) return false;
    const handler = this.handlers.get(job.kind);
    if (!handler) return false;
    try {
      const result = await handler({
        job,
        progress: async (fraction, note, checkpoint) => {
          await reportProgress(
            this.db,
            job,
            this.id,
            { fraction, ...(note ? { note } : {}), checkpoint },
            this.leaseMs,
          );
        },
      });
      await completeJob(this.db, job, this.id, result ?? null);
    } catch (error) {
      await failJob(this.db, job, this.id, (error as Error).message, !(error instanceof PermanentJobError));
    }
    return true;
  }
}
