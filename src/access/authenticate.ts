import { eq } from 'drizzle-orm';
import { API_KEY_PREFIX, hashApiKey } from '../core/index.ts';
import { apiKeys, departments, users, type Executor } from '../store/index.ts';
import type { Principal } from './principal.ts';

export type AuthResult =
  | { ok: true; principal: Principal }
  | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' | 'expired' | 'disabled' };

/**
 * Resolves a bearer key to its principal. A key works only while it is unrevoked and
 * unexpired, its user active and its department active.
 */
export async function authenticate(db: Executor, key: string): Promise<AuthResult> {
  if (key.length < 16 || key.length > 256) return { ok: false, reason: 'malformed' };
  const [row] = await db
    .select({
      keyId: apiKeys.id,
      revokedAt: apiKeys.revokedAt,
      expiresAt: apiKeys.expiresAt,
      userId: users.id,
      roles: users.roles,
      userStatus: users.status,
      departmentId: users.departmentId,
      departmentStatus: departments.status,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(apiKeys.keyHash, hashApiKey(key)));
  if (!row) return { ok: false, reason: key.startsWith(API_KEY_PREFIX) ? 'unknown' : 'malformed' };
  if (row.revokedAt) return { ok: false, reason: 'revoked' };
  if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
  if (row.userStatus !== 'active' || row.departmentStatus !== 'active') return { ok: false, reason: 'disabled' };
  return {
    ok: true,
    principal: { id: row.userId, roles: row.roles, departmentId: row.departmentId, keyId: row.keyId },
  };
}
