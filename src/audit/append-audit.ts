import { eq } from 'drizzle-orm';
import { maskPersonalData } from '../core/index.ts';
import { auditHead, auditLog, type Tx } from '../store/index.ts';
import { type AuditContext, type AuditEvent, type ChainedFields, hashEntry } from './audit-entry.ts';

/**
 * Appends one entry to the chain inside the caller's transaction, so the entry exists if and
 * only if the change it records was committed. Locking the head row serialises appenders on
 * every node, which keeps the chain linear under concurrent writes.
 */
export async function appendAudit(tx: Tx, context: AuditContext, event: AuditEvent): Promise<number> {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  if (!head) throw new Error('audit_head row missing: the database was not migrated');
  const fields: ChainedFields = {
    seq: head.seq + 1,
    // Millisecond precision: what JavaScript and both drivers round-trip exactly.
    at: new Date(),
    actorId: context.actor.id,
    actorRole: context.actor.roles.join(','),
    departmentId: event.departmentId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before === undefined ? null : maskPersonalData(event.before),
    after: event.after === undefined ? null : maskPersonalData(event.after),
    requestId: context.requestId,
    prevHash: head.hash,
  };
  const hash = hashEntry(fields);
  await tx.insert(auditLog).values({ ...fields, hash });
  await tx.update(auditHead).set({ seq: fields.seq, hash }).where(eq(auditHead.id, 1));
  return fields.seq;
}
