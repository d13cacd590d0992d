import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { AppError, definedOnly, forbidden, notFound, ownChanges, withOwnSetChanges } from '../core/index.ts';
import { appendAudit } from '../audit/index.ts';
import { departments, type Db, type Executor, type Tx } from '../store/index.ts';
import { auditContext, canSeeDepartment, isPlatformAdmin, type Principal, type ServiceContext } from './principal.ts';

export type Department = typeof departments.$inferSelect;

export interface NewDepartment {
  code: string;
  nameEn: string;
  nameZh: string;
  corsOrigins?: string[] | undefined;
  handoffSlaHours?: number | undefined;
}

export interface DepartmentPatch {
  nameEn?: string | undefined;
  nameZh?: string | undefined;
  corsOrigins?: string[] | undefined;
  handoffSlaHours?: number | undefined;
  status?: 'active' | 'archived' | undefined;
}

/**
 * Takes the department's row lock for the rest of `tx`: changes to what a department owns (its
 * settings, allow-list, quotas, guard policies, glossary) are then made one at a time, so the second
 * of two at once is judged against the first, even where the first creates the only row there is.
 */
export async function lockDepartment(tx: Tx, departmentId: string): Promise<void> {
  await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId)).for('update');
}

function ownDepartmentChanges(change: DepartmentPatch, base: DepartmentPatch, stored: Department): DepartmentPatch {
  const { corsOrigins, ...settings } = change;
  const own: DepartmentPatch = ownChanges(settings, {
    base,
    stored,
    what: { en: 'this department', zhHant: '此部門' },
  });
  if (corsOrigins) {
    own.corsOrigins = base.corsOrigins
      ? withOwnSetChanges(stored.corsOrigins, { base: base.corsOrigins, next: corsOrigins })
      : corsOrigins;
  }
  return own;
}

/** Departments the caller may see: all for platform admins, else only its own. */
export async function listDepartments(db: Executor, principal: Principal): Promise<Department[]> {
  const query = db.select().from(departments).orderBy(asc(departments.code));
  if (isPlatformAdmin(principal)) return query;
  if (!principal.departmentId) return [];
  return query.where(eq(departments.id, principal.departmentId));
}

/** One department, or 404 when it does not exist or belongs to someone else. */
export async function getDepartment(db: Executor, principal: Principal, id: string): Promise<Department> {
  const [row] = canSeeDepartment(principal, id)
    ? await db.select().from(departments).where(eq(departments.id, id))
    : [];
  if (!row) throw notFound('Department');
  return row;
}

export async function createDepartment(db: Db, ctx: ServiceContext, input: NewDepartment): Promise<Department> {
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.code, input.code));
    if (taken) {
      throw new AppError(
        'conflict',
        { en: `A department with code "${input.code}" already exists`, zhHant: `已有代碼為「${input.code}」的部門` },
        [
          {
            field: 'body.code',
            code: 'taken',
            message: { en: 'is already used by another department', zhHant: '已被另一個部門使用' },
          },
        ],
      );
    }
    const [row] = await tx
      .insert(departments)
      .values({ id: randomUUID(), ...input, corsOrigins: input.corsOrigins ?? [] })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'department.create',
      entityType: 'department',
      entityId: row.id,
      departmentId: row.id,
      after: row,
    });
    return row;
  });
}

/**
 * Changes a department. With `base` (its settings as the editor read them), only what the editor
 * changed is saved: a setting given as it was read stays as stored, one someone else changed since
 * to another value is refused (409), and the allowed origins, a set, take only the editor's own
 * additions and removals — an origin another administrator withdrew is not put back. A setting the
 * base leaves out is set as given, as without one.
 */
export async function updateDepartment(
  db: Db,
  ctx: ServiceContext,
  id: string,
  change: DepartmentPatch,
  base?: DepartmentPatch,
): Promise<Department> {
  if (change.status !== undefined && !isPlatformAdmin(ctx.principal)) {
    throw forbidden({
      en: 'Only a platform admin may archive or reactivate a department',
      zhHant: '只有平台管理員可封存或重新啟用部門',
    });
  }
  return db.transaction(async (tx) => {
    await lockDepartment(tx, id);
    const before = await getDepartment(tx, ctx.principal, id);
    const patch = base ? ownDepartmentChanges(definedOnly(change), base, before) : definedOnly(change);
    const [after] = await tx
      .update(departments)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(departments.id, id))
      .returning();
    if (!after) throw notFound('Department');
    await appendAudit(tx, auditContext(ctx), {
      action: 'department.update',
      entityType: 'department',
      entityId: id,
      departmentId: id,
      before,
      after,
    });
    return after;
  });
}
