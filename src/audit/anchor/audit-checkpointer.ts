import { eq } from 'drizzle-orm';
import { auditHead, type Executor } from '../../store/index.ts';
import type { AuditHead } from '../append-audit-batch.ts';
import type { AnchorSink } from './anchor-sink.ts';
import type { Checkpoint, CheckpointSigner } from './checkpoint.ts';

/**
 * Writes signed checkpoints of the audit chain's head to a sink outside the database. Not on the
 * request path: a timer reads the one-row head every interval and writes a checkpoint only when
 * the chain has grown, plus once more on `stop()` (shutdown) and after each CLI command. A rewind
 * within one interval is what it cannot see (docs/platform-core.md).
 *
 * @example
 * const checkpointer = new AuditCheckpointer(store.db, signer, sink, await latestCheckpoint(sink));
 * checkpointer.start(10_000, (error) => log.error(error)); … await checkpointer.stop();
 */
export class AuditCheckpointer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Executor,
    private readonly signer: CheckpointSigner,
    readonly sink: AnchorSink,
    private last: AuditHead | null,
  ) {}

  /** Checkpoints the head if it moved past the last checkpoint; never signs a head that went back. */
  checkpoint(): Promise<Checkpoint | null> {
    const next = this.running.then(async () => {
      const head = await readHead(this.db);
      if (!head || head.seq === 0) return null;
      if (this.last && head.seq <= this.last.seq) return null;
      return this.write('checkpoint', head);
    });
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Marks a restore: the chain was replaced on purpose, from this head on. */
  markRestore(): Promise<Checkpoint | null> {
    const next = this.running.then(async () => {
      const head = await readHead(this.db);
      return head ? this.write('restore', head) : null;
    });
    this.running = next.catch(() => undefined);
    return next;
  }

  start(intervalMs: number, onError: (error: unknown) => void): void {
    this.timer = setInterval(() => void this.checkpoint().catch(onError), intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and writes the last checkpoint. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checkpoint();
  }

  private async write(kind: Checkpoint['kind'], head: AuditHead): Promise<Checkpoint> {
    const checkpoint = this.signer.sign({ kind, seq: head.seq, hash: head.hash, at: new Date().toISOString() });
    await this.sink.append(checkpoint);
    this.last = head;
    return checkpoint;
  }
}

async function readHead(db: Executor): Promise<AuditHead | null> {
  const [head] = await db
    .select({ seq: auditHead.seq, hash: auditHead.hash })
    .from(auditHead)
    .where(eq(auditHead.id, 1));
  return head ?? null;
}
