import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import { auditLog, type Executor } from '../store/index.ts';

export interface AuditFilter {
  /** Restrict to one department (always set for callers other than platform admins). */
  departmentId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Return entries with `seq` below this (the previous page's `nextCursor`). */
  before?: number | undefined;
  limit: number;
}

export type AuditRow = typeof auditLog.$inferSelect;

/** Newest first, keyset-paginated on `seq` so paging stays fast on a long trail. */
export async function queryAudit(
  db: Executor,
  filter: AuditFilter,
): Promise<{ items: AuditRow[]; nextCursor: number | null }> {
  const conditions: SQL[] = [];
  if (filter.departmentId) conditions.push(eq(auditLog.departmentId, filter.departmentId));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lte(auditLog.at, filter.to));
  if (filter.before !== undefined) conditions.push(lt(auditLog.seq, filter.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(filter.limit + 1);
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > filter.limit && last ? last.seq : null };
}
