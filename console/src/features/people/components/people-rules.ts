import type { ApiKey, Role, User } from '../api/people-api.ts';
import { ROLES } from '../api/people-api.ts';

export type KeyState = 'active' | 'revoked' | 'expired';

/** A key's state as an officer reads it: revoked wins over expired. */
export function keyState(key: Pick<ApiKey, 'revokedAt' | 'expiresAt'>, now: Date = new Date()): KeyState {
  if (key.revokedAt) return 'revoked';
  return new Date(key.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}

/** Only a platform admin may grant the platform admin role (the server refuses it to anyone else). */
export function grantableRoles(isPlatformAdmin: boolean): readonly Role[] {
  return isPlatformAdmin ? ROLES : ROLES.filter((role) => role !== 'platform_admin');
}

/**
 * Whose key the caller may create besides their own: a platform admin anyone active in the
 * department; a department admin only machine accounts (a person's key comes from that person,
 * docs/security.md), never a platform admin's.
 */
export function keyOwnerChoices(users: readonly User[], me: { id: string; isPlatformAdmin: boolean }): User[] {
  return users.filter(
    (user) =>
      user.id !== me.id &&
      user.status === 'active' &&
      (me.isPlatformAdmin || (user.roles.includes('service') && !user.roles.includes('platform_admin'))),
  );
}

/** Whether the caller may change a user's roles or status: not themselves, not a platform admin unless one. */
export function mayManageUser(user: Pick<User, 'id' | 'roles'>, me: { id: string; isPlatformAdmin: boolean }): boolean {
  return user.id !== me.id && (me.isPlatformAdmin || !user.roles.includes('platform_admin'));
}

/**
 * The end of the chosen day in Hong Kong time (a key chosen to expire "on 31 Dec" works all that
 * day), as the ISO instant the server takes; undefined for an empty field (the standard lifetime).
 */
export function expiryFromDate(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return new Date(`${date}T23:59:59.000+08:00`).toISOString();
}

/** A number field's text as whole hours, undefined when empty, NaN when not a whole number. */
export function parseHours(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Whether a failed call needs the general problem box: not when every reason it gives belongs to a
 * field the form shows beside that field.
 */
export function needsProblemBox(error: unknown, shownFields: readonly string[], shownPrefix?: string): boolean {
  if (!error) return false;
  const problem = (error as { problem?: { errors: ReadonlyArray<{ field: string }> } }).problem;
  if (!problem || problem.errors.length === 0) return true;
  return problem.errors.some(
    (issue) => !shownFields.includes(issue.field) && !(shownPrefix && issue.field.startsWith(shownPrefix)),
  );
}
