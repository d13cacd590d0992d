import { sql } from 'drizzle-orm';
import {
  appendAudit,
  type AuditBatchEntry,
  type AuditHead,
  chainAuditEntries,
  SYSTEM_ACTOR,
  isAuditChainConflict,
  prepareAuditBatch,
} from '../audit/index.ts';
import { chainStatements, chatMessages, chatSessions, type Db, handoffCases, jsonRowsInsert } from '../store/index.ts';
import { storableText, truncateText } from '../core/index.ts';
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

/** What a conversation with turns still to write is known by: its bot and its latest context. */
export type PendingSession = Pick<PendingTurn['session'], 'botId' | 'context'>;

/** What a turn adds that the audit trail must hold: cases it opens and their audit entries. */
export interface DurableWrites {
  handoffs: NewHandoff[];
  audits: AuditBatchEntry[];
}

/** Told of a turn the database refused, after the rest of its batch was written without it. */
export type LostTurnHandler = (turn: PendingTurn, reason: string) => void;

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
 *
 * A batch the database refuses for its data (one turn holding text it cannot store, say) is split
 * in halves until the refused turn stands alone: every other turn is written, and the lost one is
 * reported to `onLost` and recorded in the audit trail (`chat.turn_not_stored`).
 */
export class TurnLog {
  private queue: Queued[] = [];
  private readonly pending = new Map<string, PendingSession>();
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
    private readonly onLost: LostTurnHandler = () => {},
  ) {}

  /**
   * A conversation whose turns are not written yet (a fast follow-up question): its latest context,
   * and the bot it is with, which only the written row would otherwise tell.
   */
  pendingSession(sessionId: string): PendingSession | undefined {
    return this.pending.get(sessionId);
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
    this.pending.set(item.turn.session.id, { botId: item.turn.session.botId, context: item.turn.session.context });
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
      if (isDataError(error)) await this.isolate(batch, error);
      else for (const item of batch) await this.lose(item, error);
    }
    for (const { turn } of batch) {
      if (this.pending.get(turn.session.id)?.context === turn.session.context) this.pending.delete(turn.session.id);
    }
  }

  /**
   * Writes the halves of a refused batch on their own, in order (the audit chain keeps the turns'
   * order), splitting again whichever half is refused, down to the turn that cannot be written.
   */
  private async isolate(batch: Queued[], error: unknown): Promise<void> {
    const [only] = batch;
    if (batch.length === 1 && only) {
      await this.lose(only, error);
      return;
    }
    const middle = Math.ceil(batch.length / 2);
    for (const half of [batch.slice(0, middle), batch.slice(middle)]) {
      try {
        await this.write(half);
        for (const item of half) item.settle?.resolve();
      } catch (halfError) {
        if (isDataError(halfError)) await this.isolate(half, halfError);
        else for (const item of half) await this.lose(item, halfError);
      }
    }
  }

  /** A turn the database would not take: its caller is told, and the loss goes on the record. */
  private async lose(item: Queued, error: unknown): Promise<void> {
    const reason = databaseReason(error);
    item.settle?.reject(error);
    this.onLost(item.turn, reason);
    const { id, botId, departmentId } = item.turn.session;
    await this.db
      .transaction((tx) =>
        appendAudit(
          tx,
          { actor: SYSTEM_ACTOR, requestId: null },
          {
            action: 'chat.turn_not_stored',
            entityType: 'chat_session',
            entityId: id,
            departmentId,
            after: {
              botId,
              reason,
              messages: item.turn.messages.length,
              handoffs: item.durable?.handoffs.length ?? 0,
              audits: item.durable?.audits.length ?? 0,
            },
          },
        ),
      )
      // The database may be down altogether: `onLost` has been told, which is all that is left.
      .catch(() => {});
    this.auditHead = null;
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

/** True for what the database refused because of the data (SQLSTATE classes 22 and 23), not an outage. */
function isDataError(error: unknown): boolean {
  const code = (((error as { cause?: unknown }).cause ?? error) as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

/** The database's code and message, never the statement or its parameters (other people's text). */
function databaseReason(error: unknown): string {
  const cause = ((error as { cause?: unknown }).cause ?? error) as { code?: unknown; message?: unknown };
  const code = typeof cause.code === 'string' ? `${cause.code}: ` : '';
  const message = typeof cause.message === 'string' ? cause.message : String(error);
  return truncateText(storableText(`${code}${message}`), 300);
}
