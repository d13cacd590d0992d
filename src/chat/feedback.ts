import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Actor, appendAudit } from '../audit/index.ts';
import { AppError } from '../core/index.ts';
import { chatMessages, type Db, feedback } from '../store/index.ts';

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
      throw new AppError('not_found', { en: 'Answer not found', zhHant: '找不到回答' }, [
        {
          field: 'body.messageId',
          code: 'unknown_message',
          message: { en: 'does not name an answer in this conversation', zhHant: '並非此對話中的回答' },
        },
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
