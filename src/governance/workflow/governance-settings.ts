import { eq } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type Principal, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notFound } from '../../core/index.ts';
import { type Db, departments, type Executor, governanceSettings } from '../../store/index.ts';

/** A department's governance policy. */
export interface GovernanceSettings {
  departmentId: string;
  /** Suspend live applications whose periodic review is overdue (default false: only flag them). */
  suspendOverdue: boolean;
}

async function requireDepartment(db: Executor, principal: Principal, departmentId: string): Promise<void> {
  if (!canSeeDepartment(principal, departmentId)) throw notFound('Department');
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
  if (!row) throw notFound('Department');
}

/** The department's governance settings (defaults when it never set them); another department's is a 404. */
export async function getGovernanceSettings(
  db: Executor,
  principal: Principal,
  departmentId: string,
): Promise<GovernanceSettings> {
  await requireDepartment(db, principal, departmentId);
  const [row] = await db.select().from(governanceSettings).where(eq(governanceSettings.departmentId, departmentId));
  return { departmentId, suspendOverdue: row?.suspendOverdue ?? false };
}

/** Sets the department's governance settings, audited as `governance.settings.put` with before and after. */
export async function putGovernanceSettings(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  settings: { suspendOverdue: boolean },
): Promise<GovernanceSettings> {
  return db.transaction(async (tx) => {
    const before = await getGovernanceSettings(tx, ctx.principal, departmentId);
    await tx
      .insert(governanceSettings)
      .values({ departmentId, suspendOverdue: settings.suspendOverdue, updatedBy: ctx.principal.id })
      .onConflictDoUpdate({
        target: governanceSettings.departmentId,
        set: { suspendOverdue: settings.suspendOverdue, updatedBy: ctx.principal.id, updatedAt: new Date() },
      });
    const after = { departmentId, suspendOverdue: settings.suspendOverdue };
    await appendAudit(tx, auditContext(ctx), {
      action: 'governance.settings.put',
      entityType: 'department',
      entityId: departmentId,
      departmentId,
      before,
      after,
    });
    return after;
  });
}
