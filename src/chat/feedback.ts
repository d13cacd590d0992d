import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, gte, sql } from 'drizzle-orm';
import type { Principal } from '../access/index.ts';
import { type Actor, appendAudit } from '../audit/index.ts';
import { AppError } from '../core/index.ts';
import { chatMessages, type Db, type Executor, feedback } from '../store/index.ts';
import { getBot } from './bots.ts';

export const FEEDBACK_REASONS = ['incorrect', 'unclear', 'outdated', 'incomplete', 'not_relevant', 'other'] as const;

export interface FeedbackInput {
  botId: string;
  sessionId: string;
  messageId: string;
  rating: 'up' | 'down';
  reasons?: string[] | undefined;
  comment?: string | undefined;
}

/** Thumbs up or down on one answer; giving it again replaces the earlier rating. */
export async function giveFeedback(
  db: Db,
  actor: Actor,
  requestId: string | null,
  input: FeedbackInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [message] = await tx.select().from(chatMessages).where(eq(chatMessages.id, input.messageId));
    if (
      !message ||
      message.sessionId !== input.sessionId ||
      message.botId !== input.botId ||
      message.role !== 'assistant'
    ) {
      throw new AppError('not_found', 'Answer not found', [
        { field: 'body.messageId', code: 'unknown_message', message: 'does not name an answer in this conversation' },
      ]);
    }
    const values = { rating: input.rating, reasons: input.reasons ?? [], comment: input.comment ?? null };
    const [row] = await tx
      .insert(feedback)
      .values({
        id: randomUUID(),
        messageId: message.id,
        botId: message.botId,
        departmentId: message.departmentId,
        ...values,
      })
      .onConflictDoUpdate({ target: feedback.messageId, set: values })
      .returning();
    await appendAudit(
      tx,
      { actor, requestId },
      {
        action: 'feedback.give',
        entityType: 'feedback',
        entityId: row?.id ?? null,
        departmentId: message.departmentId,
        after: { botId: message.botId, messageId: message.id, rating: input.rating, reasons: values.reasons },
      },
    );
  });
}

/** What a department sees of a bot: questions by outcome, feedback by rating and reason, recent unanswered. */
export async function botAnalytics(db: Executor, principal: Principal, botId: string, since: Date) {
  await getBot(db, principal, botId);
  const outcomes = await db
    .select({ outcome: chatMessages.outcome, n: count() })
    .from(chatMessages)
    .where(and(eq(chatMessages.botId, botId), eq(chatMessages.role, 'assistant'), gte(chatMessages.createdAt, since)))
    .groupBy(chatMessages.outcome);
  const ratings = await db
    .select({ rating: feedback.rating, n: count() })
    .from(feedback)
    .where(and(eq(feedback.botId, botId), gte(feedback.createdAt, since)))
    .groupBy(feedback.rating);
  const reasons = await db
    .select({ reason: sql<string>`jsonb_array_elements_text(${feedback.reasons})`, n: count() })
    .from(feedback)
    .where(and(eq(feedback.botId, botId), gte(feedback.createdAt, since)))
    .groupBy(sql`1`);
  const unanswered = await db
    .select({ text: chatMessages.text, at: chatMessages.createdAt, sessionId: chatMessages.sessionId })
    .from(chatMessages)
    .where(and(eq(chatMessages.botId, botId), eq(chatMessages.role, 'user'), gte(chatMessages.createdAt, since)))
    .orderBy(desc(chatMessages.createdAt))
    .limit(200);
  const fallbackSessions = new Set(
    (
      await db
        .select({ sessionId: chatMessages.sessionId })
        .from(chatMessages)
        .where(
          and(eq(chatMessages.botId, botId), eq(chatMessages.outcome, 'fallback'), gte(chatMessages.createdAt, since)),
        )
    ).map((r) => r.sessionId),
  );
  const byOutcome = Object.fromEntries(outcomes.map((o) => [o.outcome ?? 'unknown', Number(o.n)]));
  return {
    questions: Object.values(byOutcome).reduce((a, b) => a + b, 0),
    outcomes: { answered: byOutcome.answered ?? 0, fallback: byOutcome.fallback ?? 0, blocked: byOutcome.blocked ?? 0 },
    feedback: {
      up: Number(ratings.find((r) => r.rating === 'up')?.n ?? 0),
      down: Number(ratings.find((r) => r.rating === 'down')?.n ?? 0),
      reasons: Object.fromEntries(reasons.map((r) => [r.reason, Number(r.n)])),
    },
    recentUnanswered: unanswered
      .filter((m) => fallbackSessions.has(m.sessionId))
      .slice(0, 20)
      .map((m) => ({ question: m.text, at: m.at.toISOString() })),
  };
}
