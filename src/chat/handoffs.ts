import { randomBytes, randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type Principal, type ServiceContext } from '../access/index.ts';
import { type AuditEvent, appendAudit } from '../audit/index.ts';
import { AppError, notFound } from '../core/index.ts';
import { chatMessages, type Db, departments, type Executor, handoffCases } from '../store/index.ts';

export type HandoffCase = typeof handoffCases.$inferSelect;
export type HandoffStatus = HandoffCase['status'];
/** The 1823 flow's states, in order. */
export const HANDOFF_STATUSES = handoffCases.status.enumValues;

/** Short, unambiguous (no 0/O, 1/I), easy to read out on the phone. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function newReference(now = new Date()): string {
  const bytes = randomBytes(6);
  const code = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
  // Six date digits, not eight: a run of eight digits reads as a phone number to the masking.
  return `LR-${now.toISOString().slice(2, 10).replaceAll('-', '')}-${code}`;
}

export type NewHandoff = typeof handoffCases.$inferInsert;

/**
 * A case for a question the bot could not answer, and the audit event that records it: the
 * conversation's group commit writes both (see turn-log.ts).
 */
export function prepareHandoff(input: {
  departmentId: string;
  botId: string;
  sessionId: string;
  question: string;
  language: string;
  reason: string;
}): { row: NewHandoff & { id: string; reference: string }; event: AuditEvent } {
  const row = { id: randomUUID(), reference: newReference(), status: 'submitted' as const, ...input };
  return {
    row,
    event: {
      action: 'handoff.submit',
      entityType: 'handoff_case',
      entityId: row.id,
      departmentId: row.departmentId,
      after: { reference: row.reference, botId: row.botId, reason: row.reason, status: row.status },
    },
  };
}

/** The department's queue, oldest first; by default everything not yet closed. */
export async function listHandoffs(
  db: Executor,
  principal: Principal,
  statuses?: HandoffStatus[],
): Promise<HandoffCase[]> {
  const wanted = statuses?.length ? statuses : HANDOFF_STATUSES.filter((status) => status !== 'closed');
  return db
    .select()
    .from(handoffCases)
    .where(and(eq(handoffCases.departmentId, principal.departmentId ?? ''), inArray(handoffCases.status, wanted)))
    .orderBy(asc(handoffCases.createdAt));
}

export async function getHandoff(db: Executor, principal: Principal, id: string): Promise<HandoffCase> {
  const [row] = await db.select().from(handoffCases).where(eq(handoffCases.id, id));
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFound('Handoff case');
  return row;
}

/** What the citizen may see of a case: only with the reference and the session it came from. */
export async function handoffForCitizen(db: Executor, reference: string, sessionId: string) {
  const [row] = await db.select().from(handoffCases).where(eq(handoffCases.reference, reference));
  if (!row || row.sessionId !== sessionId) throw notFound('Handoff case');
  return { reference: row.reference, status: row.status, reply: row.reply };
}

const NEXT: Record<string, HandoffStatus[]> = {
  refer: ['submitted', 'referred'],
  take: ['submitted', 'referred'],
  reply: ['submitted', 'referred', 'in_progress'],
  close: ['submitted', 'referred', 'in_progress', 'replied'],
};

export type HandoffAction =
  | { action: 'refer'; departmentId: string }
  | { action: 'take' }
  | { action: 'reply'; reply: string; entryId?: string | undefined }
  | { action: 'close' };

/**
 * Moves a case along the 1823 flow: refer it to the responsible department, take it, reply (the
 * reply also appears in the citizen's session), close. Each step is audited.
 */
export async function actOnHandoff(db: Db, ctx: ServiceContext, id: string, step: HandoffAction): Promise<HandoffCase> {
  return db.transaction(async (tx) => {
    const before = await getHandoff(tx, ctx.principal, id);
    const allowed = NEXT[step.action] ?? [];
    if (!allowed.includes(before.status)) {
      throw new AppError(
        'conflict',
        `A ${before.status} case cannot be ${step.action === 'take' ? 'taken' : `${step.action}d`}`,
      );
    }
    const now = new Date();
    let patch: Partial<HandoffCase>;
    if (step.action === 'refer') {
      const [target] = await tx
        .select({ id: departments.id })
        .from(departments)
        .where(eq(departments.id, step.departmentId));
      if (!target) {
        throw new AppError('not_found', 'Department not found', [
          { field: 'body.departmentId', code: 'unknown_department', message: 'does not name a department' },
        ]);
      }
      patch = { status: 'referred', departmentId: step.departmentId, assigneeId: null };
    } else if (step.action === 'take') {
      patch = { status: 'in_progress', assigneeId: ctx.principal.id };
    } else if (step.action === 'reply') {
      patch = {
        status: 'replied',
        reply: step.reply,
        repliedAt: now,
        assigneeId: ctx.principal.id,
        resolvedEntryId: step.entryId ?? null,
      };
      if (before.sessionId) {
        await tx.insert(chatMessages).values({
          id: randomUUID(),
          sessionId: before.sessionId,
          botId: before.botId,
          departmentId: before.departmentId,
          role: 'agent',
          text: step.reply,
          language: before.language,
          outcome: 'handoff',
        });
      }
    } else {
      patch = { status: 'closed' };
    }
    const [after] = await tx
      .update(handoffCases)
      .set({ ...patch, updatedAt: now })
      .where(eq(handoffCases.id, id))
      .returning();
    if (!after) throw notFound('Handoff case');
    await appendAudit(tx, auditContext(ctx), {
      action: `handoff.${step.action}`,
      entityType: 'handoff_case',
      entityId: id,
      // Recorded under the department that now holds the case (a referral moves it).
      departmentId: after.departmentId,
      before: { status: before.status, departmentId: before.departmentId },
      after: { status: after.status, departmentId: after.departmentId, resolvedEntryId: after.resolvedEntryId },
    });
    return after;
  });
}
