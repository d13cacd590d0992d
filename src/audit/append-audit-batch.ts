import { eq } from 'drizzle-orm';
import { maskPersonalData } from '../core/index.ts';
import { auditHead, auditLog, type Tx } from '../store/index.ts';
import { type AuditContext, type AuditEvent, type ChainedFields, hashEntry } from './audit-entry.ts';

/** One entry of a batch: who acted and what they did, as {@link appendAudit} takes them. */
export interface AuditBatchEntry {
  context: AuditContext;
  event: AuditEvent;
}

/** Rows per insert statement: keeps the statement's parameters well under PostgreSQL's 65 535. */
const ROWS_PER_INSERT = 500;

/**
 * Appends several entries to the chain in the caller's transaction, in the order given: locks
 * the head once, inserts the entries (chained to each other exactly as one-by-one appends would
 * be) and moves the head once. The result verifies with `verifyAudit` like any other stretch of
 * the chain; the saving is one lock, one head update and a few multi-row inserts instead of
 * three statements per entry. Returns the entries' sequence numbers.
 *
 * @example
 * await db.transaction((tx) => appendAuditBatch(tx, calls.map((c) => ({ context: c.context, event: c.event }))));
 */
export async function appendAuditBatch(tx: Tx, entries: readonly AuditBatchEntry[]): Promise<number[]> {
  if (!entries.length) return [];
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  if (!head) throw new Error('audit_head row missing: the database was not migrated');
  // Millisecond precision: what JavaScript and both drivers round-trip exactly.
  const at = new Date();
  let seq = head.seq;
  let prevHash = head.hash;
  const rows = entries.map(({ context, event }) => {
    seq += 1;
    const fields: ChainedFields = {
      seq,
      at,
      actorId: context.actor.id,
      actorRole: context.actor.roles.join(','),
      departmentId: event.departmentId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before === undefined ? null : maskPersonalData(event.before),
      after: event.after === undefined ? null : maskPersonalData(event.after),
      requestId: context.requestId,
      prevHash,
    };
    const hash = hashEntry(fields);
    prevHash = hash;
    return { ...fields, hash };
  });
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await tx.insert(auditLog).values(rows.slice(i, i + ROWS_PER_INSERT));
  }
  await tx.update(auditHead).set({ seq, hash: prevHash }).where(eq(auditHead.id, 1));
  return rows.map((r) => r.seq);
}
