import { randomUUID } from 'node:crypto';
import { appendAuditBatch } from '../audit/index.ts';
import { type Db, modelCalls } from '../store/index.ts';
import { type CallRecord, callAuditEntry, callRow } from './call-record.ts';
import type { GatewayRequest } from './gateway-types.ts';
import { addTokens } from './usage-counter.ts';

export interface CallRecorderOptions {
  /** How long a record may wait for its batch, in ms. Default 20. */
  flushMs?: number;
  /** Records per transaction; a full batch is written at once. Default 500. */
  maxBatch?: number;
  /** Told about a failed write (the records stay queued and are retried). */
  onError?: (error: unknown) => void;
}

interface PendingCall {
  row: ReturnType<typeof callRow>;
  audit: ReturnType<typeof callAuditEntry>;
  counterKeys: readonly string[];
  tokens: number;
}

/** After a failed write, wait this long before trying again (the database may be restarting). */
const RETRY_MS = 1000;

/**
 * Writes the records of calls that reached the provider behind their answers, in batches: one
 * transaction per ~{@link CallRecorderOptions.flushMs} holds the batch's `model_calls` rows, the
 * tokens added to the quota counters, and the audit entries (one `appendAuditBatch`, so the
 * chain's head is locked once per batch instead of once per call). {@link flush} resolves when
 * everything queued before it is committed; {@link close} flushes and stops. A crash of the
 * process loses the records still queued (at most one batch window): docs/gateway.md.
 */
export class CallRecorder {
  private queue: PendingCall[] = [];
  private timer: NodeJS.Timeout | null = null;
  private tail: Promise<void> = Promise.resolve();
  private closed = false;
  /** Tokens queued and not yet added to each quota counter. */
  private readonly queuedTokens = new Map<string, number>();
  private readonly flushMs: number;
  private readonly maxBatch: number;

  constructor(
    private readonly db: Db,
    private readonly options: CallRecorderOptions = {},
  ) {
    this.flushMs = options.flushMs ?? 20;
    this.maxBatch = options.maxBatch ?? 500;
  }

  /** Queues a call's record; returns the id its `model_calls` row will have. */
  enqueue(req: GatewayRequest, prompt: string, record: CallRecord): string {
    const id = randomUUID();
    const tokens = record.promptTokens + record.completionTokens;
    for (const key of record.counterKeys) this.queuedTokens.set(key, (this.queuedTokens.get(key) ?? 0) + tokens);
    this.queue.push({
      row: callRow(id, req, prompt, record, new Date()),
      audit: callAuditEntry(id, req, prompt, record),
      counterKeys: record.counterKeys,
      tokens,
    });
    // A full batch (or a record arriving after close) is written now; the rest wait for the timer.
    if (this.queue.length >= this.maxBatch || this.closed) this.flushNow();
    else this.schedule(this.flushMs);
    return id;
  }

  /** Tokens queued for a quota counter and not yet committed to it. */
  queuedTokensFor(key: string): number {
    return this.queuedTokens.get(key) ?? 0;
  }

  /** Records queued and not yet committed. */
  get pending(): number {
    return this.queue.length;
  }

  /** Writes everything queued so far; resolves once it is committed. */
  flush(): Promise<void> {
    const run = this.tail.then(() => this.drain());
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Flushes and stops the timer (the node is shutting down). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }

  private schedule(ms: number): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushNow();
    }, ms);
    // Shutdown flushes through close(); a forgotten timer must not keep the process alive.
    this.timer.unref();
  }

  /** Flushes without waiting; a failure is reported and retried after {@link RETRY_MS}. */
  private flushNow(): void {
    this.flush().catch((error: unknown) => {
      this.options.onError?.(error);
      this.schedule(RETRY_MS);
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        await this.write(batch);
        for (const call of batch) {
          for (const key of call.counterKeys) {
            const left = (this.queuedTokens.get(key) ?? 0) - call.tokens;
            if (left > 0) this.queuedTokens.set(key, left);
            else this.queuedTokens.delete(key);
          }
        }
      } catch (error) {
        this.queue.unshift(...batch);
        throw error;
      }
    }
  }

  private async write(batch: readonly PendingCall[]): Promise<void> {
    const tokensByKey = new Map<string, number>();
    for (const call of batch) {
      for (const key of call.counterKeys) tokensByKey.set(key, (tokensByKey.get(key) ?? 0) + call.tokens);
    }
    await this.db.transaction(async (tx) => {
      await tx.insert(modelCalls).values(batch.map((c) => c.row));
      for (const [key, tokens] of tokensByKey) await addTokens(tx, [key], tokens);
      await appendAuditBatch(
        tx,
        batch.map((c) => c.audit),
      );
    });
  }
}
