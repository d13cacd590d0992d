import { sql } from 'drizzle-orm';
import { chatMessages, chatSessions, type Db } from '../store/index.ts';

type MessageRow = typeof chatMessages.$inferInsert;

export interface PendingTurn {
  session: {
    id: string;
    isNew: boolean;
    botId: string;
    departmentId: string;
    botVersion: number;
    context: Record<string, unknown>;
  };
  messages: MessageRow[];
}

/**
 * Writes answered turns to the conversation log in batches: one transaction per ~20 ms instead of
 * one per question, which is what lets one node answer thousands of questions a second on the
 * embedded database. Turns that change anything else (a handoff, a guard finding) are written at
 * once by the caller, never through here. The cost, documented in docs/chat.md: a node that
 * crashes loses the turns of its last few milliseconds, and another node sees a brand-new
 * conversation only after the flush.
 */
export class TurnLog {
  private queue: PendingTurn[] = [];
  private readonly contexts = new Map<string, Record<string, unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly delayMs = 20,
    private readonly maxBatch = 500,
  ) {}

  /** The context of a conversation whose turns are not written yet (a fast follow-up question). */
  pendingContext(sessionId: string): Record<string, unknown> | undefined {
    return this.contexts.get(sessionId);
  }

  add(turn: PendingTurn): void {
    this.queue.push(turn);
    this.contexts.set(turn.session.id, turn.session.context);
    if (this.queue.length >= this.maxBatch) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes everything queued; resolves when it is committed. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    if (!batch.length) return this.flushing;
    this.flushing = this.flushing.then(() => this.write(batch)).catch(() => this.write(batch).catch(() => undefined));
    return this.flushing;
  }

  private async write(batch: PendingTurn[]): Promise<void> {
    const sessions = new Map<string, PendingTurn['session']>();
    for (const turn of batch) {
      const known = sessions.get(turn.session.id);
      sessions.set(turn.session.id, { ...turn.session, isNew: (known?.isNew ?? false) || turn.session.isNew });
    }
    await this.db.transaction(async (tx) => {
      await tx
        .insert(chatSessions)
        .values(
          [...sessions.values()].map(({ id, botId, departmentId, botVersion, context }) => ({
            id,
            botId,
            departmentId,
            botVersion,
            context,
          })),
        )
        .onConflictDoUpdate({
          target: chatSessions.id,
          set: { context: sql`excluded.context`, lastActiveAt: sql`now()` },
        });
      await tx.insert(chatMessages).values(batch.flatMap((turn) => turn.messages));
    });
    for (const turn of batch) {
      if (this.contexts.get(turn.session.id) === turn.session.context) this.contexts.delete(turn.session.id);
    }
  }
}
