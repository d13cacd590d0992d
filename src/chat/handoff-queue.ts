import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { Principal } from '../access/index.ts';
import { hasPermission } from '../core/index.ts';
import { chatMessages, departments, type Executor, handoffCases, users } from '../store/index.ts';
import {
  getHandoff,
  type HandoffAccess,
  type HandoffCase,
  type HandoffFilter,
  handoffAccess,
  handoffFilterWhere,
} from './handoffs.ts';

/** One page of the queue, and how many cases the filter selects in all. */
export interface HandoffPage {
  items: (HandoffCase & { access: HandoffAccess })[];
  total: number;
}

/**
 * A page of the queue for a filter, the case due soonest first (cases without a due-by time last,
 * then oldest first): the database filters, sorts and pages, so the inbox stays fast with thousands
 * of cases.
 *
 * @example await pageHandoffs(db, principal, 'overdue', { limit: 25, offset: 0 })
 */
export async function pageHandoffs(
  db: Executor,
  principal: Principal,
  filter: HandoffFilter,
  page: { limit: number; offset: number },
  now = new Date(),
): Promise<HandoffPage> {
  const where = handoffFilterWhere(principal, filter, now);
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(handoffCases)
      .where(where)
      .orderBy(sql`${handoffCases.dueAt} asc nulls last`, asc(handoffCases.createdAt), asc(handoffCases.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(handoffCases).where(where),
  ]);
  return {
    items: rows.map((row) => ({ ...row, access: handoffAccess(principal, row) ?? 'read' })),
    total: Number(totals[0]?.n ?? 0),
  };
}

export type ConversationTurn = Pick<
  typeof chatMessages.$inferSelect,
  'id' | 'role' | 'text' | 'language' | 'outcome' | 'createdAt'
>;

/** The order of turns written in the same instant: the citizen's question before the answer to it. */
const ROLE_ORDER = sql`case ${chatMessages.role} when 'user' then 0 when 'assistant' then 1 else 2 end`;

/**
 * The conversation a case came from, in order: the citizen's turns (as stored, personal data
 * masked), the bot's answers and the agents' replies. Empty for a case opened without a session.
 * Whoever may read the case may read it; anyone else gets the case's 404.
 */
export async function handoffConversation(db: Executor, principal: Principal, id: string): Promise<ConversationTurn[]> {
  const handoff = await getHandoff(db, principal, id);
  if (!handoff.sessionId) return [];
  return db
    .select({
      id: chatMessages.id,
      role: chatMessages.role,
      text: chatMessages.text,
      language: chatMessages.language,
      outcome: chatMessages.outcome,
      createdAt: chatMessages.createdAt,
    })
    .from(chatMessages)
    .where(eq(chatMessages.sessionId, handoff.sessionId))
    .orderBy(asc(chatMessages.createdAt), ROLE_ORDER, asc(chatMessages.id));
}

/** The people a case of the caller's department may be assigned to: its active users who work cases. */
export async function handoffAgents(
  db: Executor,
  principal: Principal,
): Promise<{ id: string; displayName: string }[]> {
  if (!principal.departmentId) return [];
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, roles: users.roles })
    .from(users)
    .where(and(eq(users.departmentId, principal.departmentId), eq(users.status, 'active')))
    .orderBy(asc(users.displayName));
  return rows
    .filter((row) => hasPermission(row.roles, 'handoff:work'))
    .map(({ id, displayName }) => ({ id, displayName }));
}

/**
 * The departments a case may be referred to: every other active department. Their names are the
 * public directory an 1823 agent refers by; nothing else about them is shown.
 */
export async function referralDepartments(
  db: Executor,
  principal: Principal,
): Promise<{ id: string; code: string; nameEn: string; nameZh: string }[]> {
  return db
    .select({ id: departments.id, code: departments.code, nameEn: departments.nameEn, nameZh: departments.nameZh })
    .from(departments)
    .where(
      and(
        eq(departments.status, 'active'),
        principal.departmentId ? ne(departments.id, principal.departmentId) : undefined,
      ),
    )
    .orderBy(asc(departments.code));
}
