import { z } from 'zod';

/**
 * The closed set of roles a user or machine key may hold (issue #2, brief "Who uses it").
 * `service` marks a machine account; anonymous citizens hold no role at all.
 */
export const ROLES = [
  'platform_admin',
  'dept_admin',
  'editor',
  'approver',
  'reviewer',
  'auditor',
  'agent',
  'service',
  /** Project assurance team: endorses an AI application's assessments (issue #16). */
  'assurance_reviewer',
  /** IT board / CIO: the endorsement high-impact or high-tier applications need (issue #16). */
  'it_board',
] as const;

export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES);
