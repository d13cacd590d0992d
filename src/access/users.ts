import { randomUUID } from 'node:crypto';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import {
  AppError,
  canonicalJson,
  changedMeanwhileIssue,
  definedOnly,
  forbidden,
  notFound,
  ownChanges,
  type Role,
  unknownDepartment,
  withOwnSetChanges,
} from '../core/index.ts';
import { appendAudit } from '../audit/index.ts';
import { departments, users, type Db, type Executor, type Tx } from '../store/index.ts';
import { hasLiveKeys, isMachineAccount } from './machine-accounts.ts';
import { auditContext, canSeeDepartment, isPlatformAdmin, type Principal, type ServiceContext } from './principal.ts';

export type User = typeof users.$inferSelect;

export interface NewUser {
  /** Defaults to the caller's department. */
  departmentId?: string | undefined;
  displayName: string;
  email?: string | null | undefined;
  roles: Role[];
}

export interface UserPatch {
  displayName?: string | undefined;
  email?: string | null | undefined;
  roles?: Role[] | undefined;
  status?: 'active' | 'disabled' | undefined;
}

/** A user's fields as an editor read them: what `updateUser` compares a change with. */
export type UserBase = {
  [Field in keyof UserPatch]?: Field extends 'roles' ? readonly Role[] | undefined : UserPatch[Field];
};

export async function listUsers(db: Executor, principal: Principal, departmentId?: string): Promise<User[]> {
  const conditions: SQL[] = [];
  if (!isPlatformAdmin(principal)) {
    if (!principal.departmentId) return [];
    conditions.push(eq(users.departmentId, principal.departmentId));
  }
  if (departmentId) conditions.push(eq(users.departmentId, departmentId));
  return db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.createdAt), asc(users.id));
}

/** One user, or 404 when it does not exist or is in another department. */
export async function getUser(db: Executor, principal: Principal, id: string): Promise<User> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFound('User');
  return row;
}

export async function createUser(db: Db, ctx: ServiceContext, input: NewUser): Promise<User> {
  const departmentId = input.departmentId ?? ctx.principal.departmentId;
  if (!departmentId) {
    throw new AppError('validation_failed', { en: 'departmentId is required', zhHant: '必須填寫 departmentId' }, [
      {
        field: 'body.departmentId',
        code: 'required',
        message: { en: 'is required for platform-wide callers', zhHant: '全平台帳戶必須填寫' },
      },
    ]);
  }
  assertMayGrant(ctx.principal, input.roles);
  return db.transaction(async (tx) => {
    await assertDepartmentVisible(tx, ctx.principal, departmentId);
    await assertEmailFree(tx, input.email ?? null, null);
    const [row] = await tx
      .insert(users)
      .values({
        id: randomUUID(),
        departmentId,
        displayName: input.displayName,
        email: input.email ?? null,
        roles: input.roles,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      departmentId,
      after: row,
    });
    return row;
  });
}

/**
 * Changes a user. With `base` (what the editor read), a name, e-mail or status given as it was read
 * is not the editor's change and stays as stored, and one someone else has changed since to another
 * value is refused (409 naming it), nothing saved; `roles` is applied as the editor's own additions
 * and removals to the roles the user has now, so another administrator's change meanwhile holds, and
 * one that would leave no role is refused. A field the base leaves out is set as given, as without one.
 */
export async function updateUser(
  db: Db,
  ctx: ServiceContext,
  id: string,
  change: UserPatch,
  base: UserBase = {},
): Promise<User> {
  if (change.roles) assertMayGrant(ctx.principal, change.roles);
  return db.transaction(async (tx) => {
    // One change of a user at a time, so the second of two at once is applied to the first.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, id)).for('update');
    const before = await getUser(tx, ctx.principal, id);
    assertMayManage(ctx.principal, before);
    const patch = ownUserChanges(definedOnly(change), base, before);
    if (patch.roles?.length === 0) {
      throw new AppError(
        'conflict',
        {
          en: 'Someone else removed the other roles meanwhile: the user would have none',
          zhHant: '其他人已同時移除了其餘角色：此使用者將沒有任何角色',
        },
        [changedMeanwhileIssue('body.roles')],
      );
    }
    if (before.id === ctx.principal.id && (patch.status === 'disabled' || patch.roles)) {
      throw new AppError('conflict', {
        en: 'You cannot disable yourself or change your own roles; ask another admin',
        zhHant: '你不可停用自己的帳戶或更改自己的角色，請由另一名管理員處理',
      });
    }
    if (patch.email !== undefined) await assertEmailFree(tx, patch.email, id);
    if (
      patch.roles &&
      isMachineAccount(before) &&
      !isMachineAccount({ roles: patch.roles }) &&
      (await hasLiveKeys(tx, id))
    ) {
      // Its keys were made by an admin, who knows them: as a person's keys they would let the admin act as them.
      throw new AppError(
        'conflict',
        {
          en: 'A machine account with live keys cannot become a person; revoke its keys first',
          zhHant: '仍有有效金鑰的機器帳戶不可轉為個人帳戶，請先撤銷其金鑰',
        },
        [
          {
            field: 'body.roles',
            code: 'machine_keys',
            message: {
              en: 'would turn a keyed machine account into a person',
              zhHant: '會把持有金鑰的機器帳戶轉為個人帳戶',
            },
          },
        ],
      );
    }
    const [after] = await tx
      .update(users)
      .set({ ...definedOnly(patch), updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    if (!after) throw notFound('User');
    await appendAudit(tx, auditContext(ctx), {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      departmentId: after.departmentId,
      before,
      after,
    });
    return after;
  });
}

/** The change as the editor means it, applied to the user as stored now (see `updateUser`). */
function ownUserChanges(change: UserPatch, base: UserBase, stored: User): UserPatch {
  const { roles, ...fields } = change;
  const own: UserPatch = ownChanges(fields, { base, stored, what: { en: 'this person', zhHant: '此人員' } });
  if (roles && !base.roles) own.roles = roles;
  if (roles && base.roles) {
    const merged = withOwnSetChanges(stored.roles, { base: base.roles, next: roles });
    // Roles sent as read are not the editor's change (so a person may still change their own name).
    if (canonicalJson([...merged].sort()) !== canonicalJson([...stored.roles].sort())) own.roles = merged;
  }
  return own;
}

/** Only a platform admin may create or promote platform admins. */
function assertMayGrant(principal: Principal, roles: readonly Role[]): void {
  if (roles.includes('platform_admin') && !isPlatformAdmin(principal)) {
    throw forbidden({
      en: 'Only a platform admin may grant the platform_admin role',
      zhHant: '只有平台管理員可授予 platform_admin 角色',
    });
  }
}

/** A department admin manages its department's users, but not the platform admins among them. */
export function assertMayManage(principal: Principal, target: User): void {
  if (target.roles.includes('platform_admin') && !isPlatformAdmin(principal)) {
    throw forbidden({
      en: 'Only a platform admin may manage a platform admin',
      zhHant: '只有平台管理員可管理平台管理員',
    });
  }
}

async function assertDepartmentVisible(tx: Tx, principal: Principal, departmentId: string): Promise<void> {
  const [row] = await tx
    .select({ status: departments.status })
    .from(departments)
    .where(eq(departments.id, departmentId));
  if (!row || !canSeeDepartment(principal, departmentId)) {
    // 404, as for any other department's object: the answer must not reveal that it exists.
    throw unknownDepartment();
  }
}

async function assertEmailFree(tx: Tx, email: string | null, selfId: string | null): Promise<void> {
  if (!email) return;
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (row && row.id !== selfId) {
    throw new AppError(
      'conflict',
      { en: 'That e-mail address is already used by another user', zhHant: '此電郵地址已被另一名使用者使用' },
      [
        {
          field: 'body.email',
          code: 'taken',
          message: { en: 'is already used by another user', zhHant: '已被另一名使用者使用' },
        },
      ],
    );
  }
}
