import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type Principal, type ServiceContext } from '../access/index.ts';
import { type AuditEvent, appendAudit } from '../audit/index.ts';
import { AppError, forbidden, hasPermission, issueMessage, type LocalizedText, notFound } from '../core/index.ts';
import { chatMessages, type Db, departments, type Executor, handoffCases, users } from '../store/index.ts';
import { checkCodeMatches, hashCheckCode, newCheckCode, readableCode } from './handoff-check-code.ts';

export type HandoffCase = typeof handoffCases.$inferSelect;
export type HandoffStatus = HandoffCase['status'];
/** The 1823 flow's states, in order. */
export const HANDOFF_STATUSES = handoffCases.status.enumValues;
/** Views of the queue besides a single state: not closed, past due, assigned to me, referred to or by us. */
export const HANDOFF_VIEWS = ['open', 'overdue', 'mine', 'referred'] as const;
export type HandoffFilter = HandoffStatus | (typeof HANDOFF_VIEWS)[number];
/** Why a case was opened. */
export type HandoffReason = 'citizen_request' | 'accepted_offer';
/** Hours to reply when a department has not set its own (two working days, kept simple). */
export const DEFAULT_SLA_HOURS = 48;

export function newReference(now = new Date()): string {
  // Six date digits, not eight: a run of eight digits reads as a phone number to the masking.
  return `LR-${now.toISOString().slice(2, 10).replaceAll('-', '')}-${readableCode(6)}`;
}

export type NewHandoff = typeof handoffCases.$inferInsert;

/**
 * A case for a question the citizen wants a person to answer, and the audit event that records it:
 * the conversation's group commit writes both (see turn-log.ts). The check code is returned once,
 * for the citizen; only its hash is kept. `contactEncrypted` is already sealed (handoff-contact.ts).
 */
export function prepareHandoff(
  input: {
    departmentId: string;
    botId: string;
    sessionId: string;
    question: string;
    language: string;
    reason: HandoffReason;
    slaHours: number;
    contactEncrypted: string | null;
  },
  now = new Date(),
): { row: NewHandoff & { id: string; reference: string }; event: AuditEvent; checkCode: string } {
  const { slaHours, ...fields } = input;
  const reference = newReference(now);
  const checkCode = newCheckCode();
  const row = {
    id: randomUUID(),
    reference,
    status: 'submitted' as const,
    ...fields,
    checkCodeHash: hashCheckCode(reference, checkCode),
    // The due-by time counts from the same instant the case records as its opening.
    createdAt: now,
    dueAt: dueFrom(now, slaHours),
  };
  return {
    row,
    checkCode,
    event: {
      action: 'handoff.submit',
      entityType: 'handoff_case',
      entityId: row.id,
      departmentId: row.departmentId,
      after: {
        reference,
        botId: row.botId,
        reason: row.reason,
        status: row.status,
        dueAt: row.dueAt.toISOString(),
        // Whether the citizen left contact details, never the details.
        contact: row.contactEncrypted ? 'given' : 'none',
      },
    },
  };
}

function dueFrom(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * 3_600_000);
}

/** The department's reply time for new and referred cases. */
export async function departmentSlaHours(db: Executor, departmentId: string): Promise<number> {
  const [row] = await db
    .select({ hours: departments.handoffSlaHours })
    .from(departments)
    .where(eq(departments.id, departmentId));
  return row?.hours ?? DEFAULT_SLA_HOURS;
}

/** What a caller may do with a case: handle it (its department) or only read it (a department that referred it). */
export type HandoffAccess = 'handle' | 'read';

export function handoffAccess(principal: Principal, row: HandoffCase): HandoffAccess | null {
  if (canSeeDepartment(principal, row.departmentId)) return 'handle';
  if (principal.departmentId && row.referredFrom.includes(principal.departmentId)) return 'read';
  return null;
}

const OPEN = HANDOFF_STATUSES.filter((status) => status !== 'closed');
/** States in which a reply is still owed: the due-by time counts. */
const AWAITING = ['submitted', 'referred', 'in_progress'] as const;

/**
 * Which cases a filter selects for the caller: by default everything of the department not yet
 * closed; or one state; or a view — `overdue` (no reply by the due-by time), `mine` (assigned to
 * the caller), `referred` (referred to the department and waiting, or referred by it elsewhere).
 */
export function handoffFilterWhere(principal: Principal, filter: HandoffFilter, now: Date): SQL | undefined {
  const own = eq(handoffCases.departmentId, principal.departmentId ?? '');
  const referredByUs = sql`${handoffCases.referredFrom} @> ${JSON.stringify([principal.departmentId ?? ''])}::jsonb`;
  return filter === 'open'
    ? and(own, inArray(handoffCases.status, OPEN))
    : filter === 'overdue'
      ? and(
          own,
          inArray(handoffCases.status, [...AWAITING]),
          isNotNull(handoffCases.dueAt),
          lt(handoffCases.dueAt, now),
        )
      : filter === 'mine'
        ? and(own, eq(handoffCases.assigneeId, principal.id), inArray(handoffCases.status, OPEN))
        : filter === 'referred'
          ? or(and(own, eq(handoffCases.status, 'referred')), and(referredByUs, inArray(handoffCases.status, OPEN)))
          : and(own, eq(handoffCases.status, filter));
}

/** The department's queue for a filter (see {@link handoffFilterWhere}), oldest first. */
export async function listHandoffs(
  db: Executor,
  principal: Principal,
  filter: HandoffFilter = 'open',
  now = new Date(),
): Promise<(HandoffCase & { access: HandoffAccess })[]> {
  const rows = await db
    .select()
    .from(handoffCases)
    .where(handoffFilterWhere(principal, filter, now))
    .orderBy(asc(handoffCases.createdAt));
  return rows.map((row) => ({ ...row, access: handoffAccess(principal, row) ?? 'read' }));
}

/** One case the caller may handle, or read because its department referred it; else 404. */
export async function getHandoff(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<HandoffCase & { access: HandoffAccess }> {
  const [row] = await db.select().from(handoffCases).where(eq(handoffCases.id, id));
  const access = row ? handoffAccess(principal, row) : null;
  if (!row || !access) throw notFound('Handoff case');
  return { ...row, access };
}

/**
 * What the citizen may see of a case: with the reference and either the check code shown when it
 * opened (any device, any time) or the session it came from. A wrong code is the same 404 as an
 * unknown reference.
 */
export async function handoffForCitizen(
  db: Executor,
  reference: string,
  proof: { code: string } | { sessionId: string },
) {
  const [row] = await db.select().from(handoffCases).where(eq(handoffCases.reference, reference));
  const shown =
    'code' in proof
      ? checkCodeMatches(row?.checkCodeHash ?? null, reference, proof.code) && row !== undefined
      : row?.sessionId === proof.sessionId;
  if (!row || !shown) throw notFound('Handoff case');
  return { reference: row.reference, status: row.status, reply: row.reply, repliedAt: row.repliedAt };
}

const NEXT: Record<string, HandoffStatus[]> = {
  refer: ['submitted', 'referred'],
  take: ['submitted', 'referred'],
  assign: ['submitted', 'referred', 'in_progress'],
  reply: ['submitted', 'referred', 'in_progress'],
  close: ['submitted', 'referred', 'in_progress', 'replied'],
};

/** What a step is called in a refusal ("Cannot reply to the case" / 「未能回覆此個案」). */
const STEP_NAME: Record<HandoffAction['action'], LocalizedText> = {
  refer: { en: 'refer', zhHant: '轉介' },
  take: { en: 'take', zhHant: '接手' },
  assign: { en: 'assign', zhHant: '指派' },
  reply: { en: 'reply to', zhHant: '回覆' },
  close: { en: 'close', zhHant: '結束' },
};

/** A case's status as an officer reads it in Chinese. */
const STATUS_ZH: Record<HandoffStatus, string> = {
  submitted: '已提交',
  referred: '已轉介',
  in_progress: '處理中',
  replied: '已回覆',
  closed: '已結案',
};

/** The states a step can find a case already in: issue codes, worded in both languages by the catalogue. */
const MOVED_PAST: Partial<Record<HandoffStatus, string>> = {
  in_progress: 'case_in_progress',
  replied: 'case_replied',
  closed: 'case_closed',
};

/**
 * The refusal of a step the case has moved past — usually another officer was first, on a page
 * opened before: what state it is in now, so the officer's console can say so and show it again.
 */
function movedPast(action: HandoffAction['action'], status: HandoffStatus): AppError {
  const code = MOVED_PAST[status];
  const message = code
    ? { en: issueMessage(code, {}, 'en'), zhHant: issueMessage(code, {}, 'zh-Hant') }
    : { en: `is ${status}`, zhHant: `狀態為「${STATUS_ZH[status]}」` };
  const step = STEP_NAME[action];
  return new AppError(
    'conflict',
    { en: `Cannot ${step.en} the case: it ${message.en}`, zhHant: `未能${step.zhHant}此個案：個案${message.zhHant}` },
    [{ field: 'status', code: code ?? 'case_status', message }],
  );
}

export type HandoffAction =
  | { action: 'refer'; departmentId: string }
  | { action: 'take' }
  | { action: 'assign'; assigneeId: string }
  | { action: 'reply'; reply: string; entryId?: string | undefined }
  | { action: 'close' };

/**
 * Moves a case along the 1823 flow: refer it to the responsible department (which gets its own
 * due-by time; the referring one keeps read-only sight), take it or assign it to an agent of the
 * department, reply (the reply also appears in the citizen's session), close. Each step is audited.
 */
export async function actOnHandoff(db: Db, ctx: ServiceContext, id: string, step: HandoffAction): Promise<HandoffCase> {
  return db.transaction(async (tx) => {
    const before = await getHandoff(tx, ctx.principal, id);
    if (before.access !== 'handle')
      throw forbidden({
        en: 'Your department referred this case: it may read it, not act on it',
        zhHant: '此個案由你的部門轉介：你的部門只可查閱，不可處理',
      });
    const allowed = NEXT[step.action] ?? [];
    if (!allowed.includes(before.status)) throw movedPast(step.action, before.status);
    const now = new Date();
    let patch: Partial<HandoffCase>;
    if (step.action === 'refer') {
      const [target] = await tx
        .select({ id: departments.id })
        .from(departments)
        .where(eq(departments.id, step.departmentId));
      if (!target) {
        throw new AppError('not_found', { en: 'Department not found', zhHant: '找不到部門' }, [
          {
            field: 'body.departmentId',
            code: 'unknown_department',
            message: { en: 'does not name a department', zhHant: '並非已知的部門' },
          },
        ]);
      }
      patch = {
        status: 'referred',
        departmentId: step.departmentId,
        assigneeId: null,
        referredFrom: [...new Set([...before.referredFrom, before.departmentId])].filter(
          (department) => department !== step.departmentId,
        ),
        dueAt: new Date(now.getTime() + (await departmentSlaHours(tx, step.departmentId)) * 3_600_000),
      };
    } else if (step.action === 'take') {
      patch = { status: 'in_progress', assigneeId: ctx.principal.id };
    } else if (step.action === 'assign') {
      await requireAgent(tx, before.departmentId, step.assigneeId);
      patch = { status: 'in_progress', assigneeId: step.assigneeId };
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
      patch = { status: 'closed', closedAt: now };
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
      before: { status: before.status, departmentId: before.departmentId, assigneeId: before.assigneeId },
      after: {
        status: after.status,
        departmentId: after.departmentId,
        assigneeId: after.assigneeId,
        dueAt: after.dueAt?.toISOString() ?? null,
        resolvedEntryId: after.resolvedEntryId,
      },
    });
    return after;
  });
}

/** An active user of the department who may work cases; else 400 naming the field. */
async function requireAgent(db: Executor, departmentId: string, userId: string): Promise<void> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.departmentId, departmentId)));
  if (user?.status !== 'active' || !hasPermission(user.roles, 'handoff:work')) {
    throw new AppError(
      'validation_failed',
      {
        en: 'The assignee must be an active agent of the department holding the case',
        zhHant: '獲指派者須為負責此個案部門的現職職員',
      },
      [
        {
          field: 'body.assigneeId',
          code: 'not_an_agent',
          message: { en: 'does not name an active agent of this department', zhHant: '並非此部門的現職職員' },
        },
      ],
    );
  }
}
