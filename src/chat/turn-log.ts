import { sql } from 'drizzle-orm';
import {
  type AuditBatchEntry,
  type AuditHead,
  chainAuditEntries,
  isAuditChainConflict,
  prepareAuditBatch,
} from '../audit/index.ts';
import { chainStatements, chatMessages, chatSessions, type Db, handoffCases, jsonRowsInsert } from '../store/index.ts';
import type { NewHandoff } from './handoffs.ts';

type MessageRow = typeof chatMessages.$inferInsert;

export interface PendingTurn {
  session: {
    id: string;
    botId: string;
    departmentId: string;
    botVersion: number;
    context: Record<string, unknown>;
  };
  messages: MessageRow[];
}

/** What a turn adds that the audit trail must hold: cases it opens and their audit entries. */
export interface DurableWrites {
  handoffs: NewHandoff[];
  audits: AuditBatchEntry[];
}

interface Queued {
  turn: PendingTurn;
  durable?: DurableWrites;
  settle?: { resolve: () => void; reject: (error: unknown) => void };
}

/**
 * Writes conversation turns in batches, one statement for many questions, which is what lets
 * one node answer well over a thousand questions a second on the embedded database.
 *
 * - `add`: an answered turn, written within ~20 ms; the caller does not wait. A node that crashes
 *   loses the answered turns of its last few milliseconds (docs/chat.md).
 * - `commit`: a turn that opens a handoff or carries a guard finding; written within ~2 ms by
 *   group commit, and the caller waits for the commit, so nothing audited is ever lost.
 */
export class TurnLog {
  private queue: Queued[] = [];
  private readonly contexts = new Map<string, Record<string, unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private deadline = Number.POSITIVE_INFINITY;
  private flushing: Promise<void> = Promise.resolve();
  /** The audit chain's head after this log's last write: where the next entries are chained. */
  private auditHead: AuditHead | null = null;

  constructor(
    private readonly db: Db,
    private readonly delayMs = 20,
    private readonly commitDelayMs = 2,
    private readonly maxBatch = 500,
  ) {}

  /** The context of a conversation whose turns are not written yet (a fast follow-up question). */
  pendingContext(sessionId: string): Record<string, unknown> | undefined {
    return this.contexts.get(sessionId);
  }

  add(turn: PendingTurn): void {
    this.enqueue({ turn }, this.delayMs);
  }

  /** Queues the turn with its cases and audit entries; resolves once all are committed (group commit). */
  commit(turn: PendingTurn, durable: DurableWrites): Promise<void> {
    return new Promise((resolve, reject) =>
      this.enqueue({ turn, durable, settle: { resolve, reject } }, this.commitDelayMs),
    );
  }

  /** Writes everything queued; resolves when it is committed. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.deadline = Number.POSITIVE_INFINITY;
    const batch = this.queue;
    this.queue = [];
    if (!batch.length) return this.flushing;
    this.flushing = this.flushing.then(() => this.writeWithRetry(batch));
    return this.flushing;
  }

  private enqueue(item: Queued, delayMs: number): void {
    this.queue.push(item);
    this.contexts.set(item.turn.session.id, item.turn.session.context);
    if (this.queue.length >= this.maxBatch) {
      void this.flush();
      return;
    }
    const due = Date.now() + delayMs;
    if (due >= this.deadline) return;
    if (this.timer) clearTimeout(this.timer);
    this.deadline = due;
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  private async writeWithRetry(batch: Queued[]): Promise<void> {
    try {
      await this.write(batch).catch(() => this.write(batch));
      for (const item of batch) item.settle?.resolve();
    } catch (error) {
      for (const item of batch) item.settle?.reject(error);
    }
    for (const { turn } of batch) {
      if (this.contexts.get(turn.session.id) === turn.session.context) this.contexts.delete(turn.session.id);
    }
  }

  /**
   * One statement for the whole batch (sessions, messages, cases, audit entries); a transaction
   * only when the audit chain moved on since this log's last write.
   */
  private async write(batch: Queued[]): Promise<void> {
    const sessions = new Map<string, PendingTurn['session']>();
    for (const { turn } of batch) sessions.set(turn.session.id, turn.session);
    const writes = [
      jsonRowsInsert(
        chatSessions,
        [...sessions.values()].map(({ id, botId, departmentId, botVersion, context }) => ({
          id,
          botId,
          departmentId,
          botVersion,
          context,
        })),
        sql` on conflict (id) do update set context = excluded.context, last_active_at = now()`,
      ),
      jsonRowsInsert(
        chatMessages,
        batch.flatMap(({ turn }) => turn.messages),
      ),
    ];
    const handoffs = batch.flatMap((item) => item.durable?.handoffs ?? []);
    if (handoffs.length) writes.push(jsonRowsInsert(handoffCases, handoffs));
    const audits = batch.flatMap((item) => item.durable?.audits ?? []);
    if (!audits.length) {
      await this.db.execute(chainStatements(writes));
      return;
    }
    // Chained onto the head this log last wrote: one statement, no lock. Anyone else who appended
    // since makes it fail whole on the audit key; then lock the head and write in a transaction.
    if (this.auditHead) {
      const optimistic = chainAuditEntries(this.auditHead, audits);
      try {
        await this.db.execute(chainStatements([...writes, ...optimistic.statements]));
        this.auditHead = optimistic.head;
        return;
      } catch (error) {
        this.auditHead = null;
        if (!isAuditChainConflict(error)) throw error;
      }
    }
    await this.db.transaction(async (tx) => {
      // One lock of the chain head for the whole batch, entries in the order the turns came.
      const locked = await prepareAuditBatch(tx, audits);
      await tx.execute(chainStatements([...writes, ...locked.statements]));
      this.auditHead = locked.head;
    });
  }
}
