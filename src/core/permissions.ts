import type { Role } from './roles.ts';

/**
 * What each role may do. One table, read by the API's authorisation hook and by the
 * authorisation-matrix test, so the two cannot drift apart.
 *
 * Scope is separate from permission: every role except `platform_admin` acts only inside its
 * own department (enforced by the services, which answer 404 for other departments' objects).
 */
/** Every role a person holds (all but `service`, a machine's): who may read what a department has. */
const PEOPLE = [
  'platform_admin',
  'dept_admin',
  'editor',
  'approver',
  'reviewer',
  'auditor',
  'agent',
  'assurance_reviewer',
  'it_board',
] as const satisfies readonly Role[];

export const PERMISSIONS = {
  'department:read': [...PEOPLE, 'service'],
  'department:create': ['platform_admin'],
  'department:update': ['platform_admin', 'dept_admin'],
  'user:read': ['platform_admin', 'dept_admin', 'auditor'],
  'user:manage': ['platform_admin', 'dept_admin'],
  'key:own': PEOPLE,
  'key:manage': ['platform_admin', 'dept_admin'],
  'audit:read': ['platform_admin', 'dept_admin', 'auditor'],
  'guard:scan': [...PEOPLE, 'service'],
  'guard:manage': ['platform_admin', 'dept_admin'],
  'knowledge:read': PEOPLE,
  'knowledge:write': ['platform_admin', 'dept_admin', 'editor'],
  /** Publishing also requires not being the draft's editor (maker-checker, enforced by the service). */
  'knowledge:approve': ['platform_admin', 'dept_admin', 'approver'],
  'bot:read': PEOPLE,
  'bot:manage': ['platform_admin', 'dept_admin', 'editor'],
  'bot:publish': ['platform_admin', 'dept_admin', 'approver'],
  /** Ask a bot's latest draft before it is published: whoever makes or approves drafts. */
  'bot:preview': ['platform_admin', 'dept_admin', 'editor', 'approver'],
  'handoff:work': ['platform_admin', 'dept_admin', 'agent'],
  /** Model gateway (issue #6): providers and allow-lists are platform-wide decisions. */
  'gateway:manage': ['platform_admin'],
  /** Read a department's allow-list and quotas (own department; platform admins: any). */
  'gateway:read': ['platform_admin', 'dept_admin', 'auditor'],
  'gateway:quota': ['platform_admin', 'dept_admin'],
  /** Call a model through the OpenAI-compatible passthrough, as the caller's department. */
  'gateway:call': ['platform_admin', 'dept_admin', 'editor', 'service'],
  'usage:read': ['platform_admin', 'dept_admin', 'auditor'],
  /** Governance (issue #16): the catalogue, assessments, endorsements and evaluations. */
  'governance:read': PEOPLE,
  /** Register applications and answer their assessments (the project team, the preparer). */
  'governance:prepare': ['platform_admin', 'dept_admin', 'editor'],
  /**
   * Endorse or return an assessment stage. The capacity (project owner, assurance reviewer, IT board)
   * comes from the application's owner and the caller's roles; nobody endorses their own work.
   */
  'governance:endorse': ['platform_admin', 'dept_admin', 'editor', 'approver', 'assurance_reviewer', 'it_board'],
  /** Run an evaluation suite against a bot. */
  'evaluation:run': ['platform_admin', 'dept_admin', 'editor', 'approver', 'assurance_reviewer'],
  /** The document assistant (issue #17): the department's workspace documents and tasks, for officers. */
  'assistant:use': ['platform_admin', 'dept_admin', 'editor', 'approver', 'reviewer', 'agent'],
  /** Approve or reject a draft going outside, as the second officer (never one's own request, enforced by the service). */
  'assistant:approve': ['platform_admin', 'dept_admin', 'approver'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** True when any of `roles` grants `permission`. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

/** Every permission `roles` grant, in the table's order: what the console may offer the caller. */
export function grantedPermissions(roles: readonly Role[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => hasPermission(roles, permission));
}
