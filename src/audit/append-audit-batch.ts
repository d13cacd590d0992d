import { eq, type SQL, sql } from 'drizzle-orm';
import { maskPersonalData } from '../core/index.ts';
import { auditHead, auditLog, chainStatements, jsonRowsInsert, type Tx } from '../store/index.ts';
import { type AuditContext, type AuditEvent, type ChainedFields, hashEntry } from './audit-entry.ts';

/** One entry of a batch: who acted and what they did, as {@link appendAudit} takes them. */
export interface AuditBatchEntry {
  context: AuditContext;
  event: AuditEvent;
}

/**
 * Appends several entries to the chain in the caller's transaction, in the order given: locks
 * the head once, inserts the entries (chained to each other exactly as one-by-one appends would
 * be) and moves the head once. The result verifies with `verifyAudit` like any other stretch of
 * the chain; the saving is one lock and one statement instead of three statements per entry.
 * Returns the entries' sequence numbers.
 *
 * @example
 * await db.transaction((tx) => appendAuditBatch(tx, calls.map((c) => ({ context: c.context, event: c.event }))));
 */
export async function appendAuditBatch(tx: Tx, entries: readonly AuditBatchEntry[]): Promise<number[]> {
  const prepared = await prepareAuditBatch(tx, entries);
  if (prepared.statements.length) await tx.execute(chainStatements(prepared.statements));
  return prepared.seqs;
}

/**
 * The first half of {@link appendAuditBatch}: locks the head and returns the statements that
 * write the entries and move the head, for a caller that runs them together with its own writes
 * in one statement (`chainStatements`). They must run in the same transaction, before it commits.
 */
export async function prepareAuditBatch(
  tx: Tx,
  entries: readonly AuditBatchEntry[],
): Promise<{ statements: SQL[]; seqs: number[] }> {
  if (!entries.length) return { statements: [], seqs: [] };
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
  return {
    statements: [
      jsonRowsInsert(auditLog, rows),
      sql`update ${auditHead} set seq = ${seq}, hash = ${prevHash} where id = 1`,
    ],
    seqs: rows.map((r) => r.seq),
  };
}
