import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/index.ts';

/** Who acted: a user (through an API key) or the platform itself (CLI, seeding, restore). */
export interface Actor {
  id: string;
  /** The roles the actor held, comma-joined in the log (`system` for the platform). */
  roles: readonly string[];
  departmentId: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', roles: ['system'], departmentId: null };

/** What a caller records about one state change. */
export interface AuditEvent {
  /** `<entity>.<verb>`, e.g. `user.create`, `api_key.revoke`. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** Department the changed object belongs to (null for platform-wide changes). */
  departmentId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who acted and on which request: passed from the API or the CLI down to the services. */
export interface AuditContext {
  actor: Actor;
  requestId: string | null;
}

/** The fields of a stored entry that its hash covers. */
export interface ChainedFields {
  seq: number;
  at: Date;
  actorId: string;
  actorRole: string;
  departmentId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the canonical JSON of every field, the previous hash included. */
export function hashEntry(entry: ChainedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        seq: entry.seq,
        at: entry.at,
        actorId: entry.actorId,
        actorRole: entry.actorRole,
        departmentId: entry.departmentId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: entry.before ?? null,
        after: entry.after ?? null,
        requestId: entry.requestId,
        prevHash: entry.prevHash,
      }),
    )
    .digest('hex');
}
