import type { Role } from '../core/index.ts';
import type { Actor } from '../audit/index.ts';

/** An authenticated caller: a user acting through one API key. */
export interface Principal extends Actor {
  roles: readonly Role[];
  /** The caller's department; null only for the CLI operator, who acts platform-wide. */
  departmentId: string | null;
  /** The key the caller authenticated with (null for the CLI). */
  keyId: string | null;
}

/** Who is acting and on which request: what every service that changes state takes. */
export interface ServiceContext {
  principal: Principal;
  requestId: string | null;
}

/** The operator at the server's shell: platform-wide, recorded in the audit trail as `cli`. */
export const CLI_PRINCIPAL: Principal = { id: 'cli', roles: ['platform_admin'], departmentId: null, keyId: null };

export function isPlatformAdmin(principal: Principal): boolean {
  return principal.roles.includes('platform_admin');
}

/** Whether `principal` may see objects of `departmentId`: its own, or any for platform admins. */
export function canSeeDepartment(principal: Principal, departmentId: string): boolean {
  return isPlatformAdmin(principal) || principal.departmentId === departmentId;
}

/** The audit context of a service call. */
export function auditContext(ctx: ServiceContext) {
  return { actor: ctx.principal, requestId: ctx.requestId };
}
