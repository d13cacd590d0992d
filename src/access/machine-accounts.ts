import { and, eq, gt, isNull } from 'drizzle-orm';
import { apiKeys, type Executor } from '../store/index.ts';

/**
 * A machine account holds the `service` role alone: it has no person behind it to impersonate,
 * so its department admin may key it. Any other role makes the user a person.
 */
export function isMachineAccount(user: { roles: readonly string[] }): boolean {
  return user.roles.length > 0 && user.roles.every((role) => role === 'service');
}

/** Whether the user holds a key that is neither revoked nor expired. */
export async function hasLiveKeys(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt), gt(apiKeys.expiresAt, new Date())))
    .limit(1);
  return row !== undefined;
}
