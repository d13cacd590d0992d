import { randomUUID } from 'node:crypto';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import {
  AppError,
  apiKeyDisplayPrefix,
  forbidden,
  generateApiKey,
  hasPermission,
  hashApiKey,
  notFound,
} from '../core/index.ts';
import { appendAudit } from '../audit/index.ts';
import { apiKeys, type Db, type Executor, type Tx } from '../store/index.ts';
import { auditContext, canSeeDepartment, isPlatformAdmin, type Principal, type ServiceContext } from './principal.ts';
import { isMachineAccount } from './machine-accounts.ts';
import { assertMayManage, getUser } from './users.ts';

/** A key as listed: never its hash. */
export type ApiKeyInfo = Omit<typeof apiKeys.$inferSelect, 'keyHash'>;

export interface NewApiKey {
  name: string;
  /** Whose key; defaults to the caller. Another user's needs `key:manage`. */
  userId?: string | undefined;
  expiresAt?: Date | undefined;
  /** A key chosen by the operator (LIONROCK_ADMIN_KEY); otherwise one is generated. */
  presetKey?: string | undefined;
}

const MAX_LIFETIME_MS = 5 * 366 * 24 * 3600 * 1000;

const publicColumns = {
  id: apiKeys.id,
  userId: apiKeys.userId,
  departmentId: apiKeys.departmentId,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  expiresAt: apiKeys.expiresAt,
  revokedAt: apiKeys.revokedAt,
  createdAt: apiKeys.createdAt,
};

/** Own keys, or (with `key:manage`) the department's keys, optionally for one user. */
export async function listApiKeys(db: Executor, principal: Principal, userId?: string): Promise<ApiKeyInfo[]> {
  const conditions: SQL[] = [];
  if (!hasPermission(principal.roles, 'key:manage')) conditions.push(eq(apiKeys.userId, principal.id));
  else if (!isPlatformAdmin(principal)) conditions.push(eq(apiKeys.departmentId, principal.departmentId ?? ''));
  if (userId) conditions.push(eq(apiKeys.userId, userId));
  return db
    .select(publicColumns)
    .from(apiKeys)
    .where(and(...conditions))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
}

/**
 * Creates a key and returns it in clear exactly once; only its SHA-256 is stored.
 *
 * @example const { key } = await createApiKey(db, ctx, { name: 'ci', defaultLifetimeDays: 90 });
 */
export async function createApiKey(
  db: Db,
  ctx: ServiceContext,
  input: NewApiKey & { defaultLifetimeDays: number },
): Promise<ApiKeyInfo & { key: string }> {
  const now = Date.now();
  const expiresAt = input.expiresAt ?? new Date(now + input.defaultLifetimeDays * 24 * 3600 * 1000);
  if (expiresAt.getTime() <= now || expiresAt.getTime() > now + MAX_LIFETIME_MS) {
    throw new AppError(
      'validation_failed',
      { en: 'The expiry must be in the future and within five years', zhHant: '到期日須為將來日期，並在五年之內' },
      [
        {
          field: 'body.expiresAt',
          code: 'out_of_range',
          message: { en: 'must be in the future and within five years', zhHant: '須為將來日期，並在五年之內' },
        },
      ],
    );
  }
  return db.transaction(async (tx) => {
    const owner = await resolveOwner(tx, ctx.principal, input.userId);
    const key = input.presetKey ?? generateApiKey();
    const [row] = await tx
      .insert(apiKeys)
      .values({
        id: randomUUID(),
        userId: owner.id,
        departmentId: owner.departmentId,
        name: input.name,
        prefix: apiKeyDisplayPrefix(key),
        keyHash: hashApiKey(key),
        expiresAt,
      })
      .returning(publicColumns);
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'api_key.create',
      entityType: 'api_key',
      entityId: row.id,
      departmentId: row.departmentId,
      after: row,
    });
    return { ...row, key };
  });
}

/** Revokes a key at once; 404 if the caller may not see it, 409 if it is already revoked. */
export async function revokeApiKey(db: Db, ctx: ServiceContext, id: string): Promise<ApiKeyInfo> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select(publicColumns).from(apiKeys).where(eq(apiKeys.id, id)).for('update');
    if (!before || !mayTouchKey(ctx.principal, before)) throw notFound('API key');
    if (before.revokedAt)
      throw new AppError('conflict', { en: 'This API key is already revoked', zhHant: '此 API 金鑰已被撤銷' });
    if (before.userId !== ctx.principal.id)
      assertMayManage(ctx.principal, await getUser(tx, ctx.principal, before.userId));
    const [after] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(eq(apiKeys.id, id))
      .returning(publicColumns);
    if (!after) throw notFound('API key');
    await appendAudit(tx, auditContext(ctx), {
      action: 'api_key.revoke',
      entityType: 'api_key',
      entityId: id,
      departmentId: after.departmentId,
      before,
      after,
    });
    return after;
  });
}

/** Finds a key by id or by its displayed prefix (what the CLI accepts). */
export async function findApiKeyId(db: Executor, idOrPrefix: string): Promise<string | null> {
  const byPrefix = await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.prefix, idOrPrefix));
  if (byPrefix.length === 1 && byPrefix[0]) return byPrefix[0].id;
  if (!/^[0-9a-f-]{36}$/i.test(idOrPrefix)) return null;
  const [byId] = await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.id, idOrPrefix));
  return byId?.id ?? null;
}

function mayTouchKey(principal: Principal, key: ApiKeyInfo): boolean {
  if (key.userId === principal.id) return true;
  return hasPermission(principal.roles, 'key:manage') && canSeeDepartment(principal, key.departmentId);
}

async function resolveOwner(tx: Tx, principal: Principal, userId: string | undefined) {
  if (userId === undefined || userId === principal.id) {
    if (!hasPermission(principal.roles, 'key:own'))
      throw forbidden({ en: 'Your role may not create keys for itself', zhHant: '你的角色不可為自己建立金鑰' });
    return getUser(tx, principal, principal.id);
  }
  if (!hasPermission(principal.roles, 'key:manage'))
    throw forbidden({
      en: 'Only an admin may create keys for other users',
      zhHant: '只有管理員可為其他使用者建立金鑰',
    });
  const owner = await getUser(tx, principal, userId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') {
      throw new AppError('not_found', { en: 'User not found', zhHant: '找不到使用者' }, [
        {
          field: 'body.userId',
          code: 'unknown_user',
          message: { en: 'does not name a user you can see', zhHant: '並非你可查看的使用者' },
        },
      ]);
    }
    throw error;
  });
  assertMayManage(principal, owner);
  if (!isPlatformAdmin(principal) && !isMachineAccount(owner)) {
    // Whoever mints a key knows it: a department admin holding an approver's key could approve
    // their own upload as the approver (issue #12, item 9). Only the trust root may bootstrap one.
    throw new AppError(
      'forbidden',
      {
        en: "A person's key can be created only by that person or a platform admin; ask them to create their own",
        zhHant: '個人的金鑰只可由該人或平台管理員建立，請該人自行建立',
      },
      [
        {
          field: 'body.userId',
          code: 'not_yours',
          message: {
            en: 'is a person: only they or a platform admin may create their key',
            zhHant: '是個人帳戶：只有該人或平台管理員可建立其金鑰',
          },
        },
      ],
    );
  }
  return owner;
}
