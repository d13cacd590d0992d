import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { auditContext, getDepartment, lockDepartment, type Principal, type ServiceContext } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { notFound, ownChanges } from '../core/index.ts';
import { type Db, type Executor, quotas } from '../store/index.ts';
import { changeRouting } from './routing-change.ts';

/** Limits of one scope; null = unlimited. */
export interface QuotaLimits {
  requestsPerMinute: number | null;
  tokensPerMinute: number | null;
  requestsPerMonth: number | null;
  tokensPerMonth: number | null;
}

export interface Quota extends QuotaLimits {
  departmentId: string;
  /** null for the department-wide quota. */
  botId: string | null;
  updatedBy: string;
  updatedAt: Date;
}

type QuotaRow = typeof quotas.$inferSelect;

function toQuota(row: QuotaRow): Quota {
  const { id: _id, botId, ...rest } = row;
  return { ...rest, botId: botId === '' ? null : botId };
}

/** The department's quota and its bots' quotas; 404 for a department the caller may not see. */
export async function listQuotas(db: Executor, principal: Principal, departmentId: string): Promise<Quota[]> {
  await getDepartment(db, principal, departmentId);
  const rows = await db.select().from(quotas).where(eq(quotas.departmentId, departmentId)).orderBy(asc(quotas.botId));
  return rows.map(toQuota);
}

/** The quotas a call is held to: the department's and (when calling for a bot) the bot's. */
export async function quotasForCall(db: Executor, departmentId: string, botId: string | null): Promise<Quota[]> {
  const rows = await db
    .select()
    .from(quotas)
    .where(and(eq(quotas.departmentId, departmentId), inArray(quotas.botId, botId ? ['', botId] : [''])));
  return rows.map(toQuota);
}

/** A scope's limits as stored (none: unlimited). */
const toLimits = (row: QuotaRow | undefined): QuotaLimits => ({
  requestsPerMinute: row?.requestsPerMinute ?? null,
  tokensPerMinute: row?.tokensPerMinute ?? null,
  requestsPerMonth: row?.requestsPerMonth ?? null,
  tokensPerMonth: row?.tokensPerMonth ?? null,
});

/**
 * Sets (creates or replaces) the quota of a department or one of its bots. With `base` (its limits
 * as the editor read them; all null when it had none), only the limits the editor changed are set.
 */
export async function putQuota(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  botId: string | null,
  limits: QuotaLimits,
  base?: QuotaLimits,
): Promise<Quota> {
  return changeRouting(db, async (tx) => {
    await getDepartment(tx, ctx.principal, departmentId);
    // One change of a department's quotas at a time: a scope with no quota yet has no row to lock.
    await lockDepartment(tx, departmentId);
    const scope = and(eq(quotas.departmentId, departmentId), eq(quotas.botId, botId ?? ''));
    const [before] = await tx.select().from(quotas).where(scope).for('update');
    const stored = toLimits(before);
    const set = base
      ? { ...stored, ...ownChanges(limits, { base, stored, what: { en: 'this quota', zhHant: '此配額' } }) }
      : limits;
    const values = { ...set, updatedBy: ctx.principal.id, updatedAt: new Date() };
    const [row] = before
      ? await tx.update(quotas).set(values).where(scope).returning()
      : await tx
          .insert(quotas)
          .values({ id: randomUUID(), departmentId, botId: botId ?? '', ...values })
          .returning();
    if (!row) throw new Error('quota write returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'quota.set',
      entityType: 'quota',
      entityId: row.id,
      departmentId,
      before: before ? toQuota(before) : null,
      after: toQuota(row),
    });
    return toQuota(row);
  });
}

/** Removes a quota (the scope becomes unlimited); 404 when there is none. */
export async function deleteQuota(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  botId: string | null,
): Promise<void> {
  await changeRouting(db, async (tx) => {
    await getDepartment(tx, ctx.principal, departmentId);
    const [before] = await tx
      .delete(quotas)
      .where(and(eq(quotas.departmentId, departmentId), eq(quotas.botId, botId ?? '')))
      .returning();
    if (!before) throw notFound('Quota');
    await appendAudit(tx, auditContext(ctx), {
      action: 'quota.delete',
      entityType: 'quota',
      entityId: before.id,
      departmentId,
      before: toQuota(before),
    });
  });
}
