import type { Tx } from '../store/index.ts';
import { appendAuditBatch } from './append-audit-batch.ts';
import type { AuditContext, AuditEvent } from './audit-entry.ts';

/**
 * Appends one entry to the chain inside the caller's transaction, so the entry exists if and
 * only if the change it records was committed. Locking the head row serialises appenders on
 * every node, which keeps the chain linear under concurrent writes. (A batch of one: see
 * {@link appendAuditBatch}.)
 */
export async function appendAudit(tx: Tx, context: AuditContext, event: AuditEvent): Promise<number> {
  const [seq] = await appendAuditBatch(tx, [{ context, event }]);
  if (seq === undefined) throw new Error('audit append wrote no entry');
  return seq;
}
