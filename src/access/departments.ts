import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { AppError, definedOnly, forbidden, notFound } from '../core/index.ts';
import { appendAudit } from '../audit/index.ts';
import { departments, type Db, type Executor } from '../store/index.ts';
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
      throw new AppError('conflict', `A department with code "${input.code}" already exists`, [
        { field: 'body.code', code: 'taken', message: 'is already used by another department' },
      ]);
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

export async function updateDepartment(
  db: Db,
  ctx: ServiceContext,
  id: string,
  patch: DepartmentPatch,
): Promise<Department> {
  if (patch.status !== undefined && !isPlatformAdmin(ctx.principal)) {
    throw forbidden('Only a platform admin may archive or reactivate a department');
  }
  return db.transaction(async (tx) => {
    const before = await getDepartment(tx, ctx.principal, id);
    const [after] = await tx
      .update(departments)
      .set({ ...definedOnly(patch), updatedAt: new Date() })
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
