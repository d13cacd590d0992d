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
  if (!entries.length) return [];
  const prepared = await prepareAuditBatch(tx, entries);
  await tx.execute(chainStatements(prepared.statements));
  return prepared.seqs;
}

/** The chain's head: the last entry's sequence number and hash. */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** Entries chained onto a head, as statements, plus the head they leave. */
export interface PreparedAudit {
  statements: SQL[];
  seqs: number[];
  head: AuditHead;
}

/**
 * The first half of {@link appendAuditBatch}: locks the head and returns the statements that
 * write the entries and move the head, for a caller that runs them together with its own writes
 * in one statement (`chainStatements`). They must run in the same transaction, before it commits.
 */
export async function prepareAuditBatch(tx: Tx, entries: readonly AuditBatchEntry[]): Promise<PreparedAudit> {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for('update');
  if (!head) throw new Error('audit_head row missing: the database was not migrated');
  return chainAuditEntries(head, entries);
}

/**
 * Entries chained onto a head the caller already knows (optimistic append, no lock, no
 * transaction needed): if the chain has moved on since, the first entry's sequence number is
 * taken and the statement fails on the primary key ({@link isAuditChainConflict}) with nothing
 * written; the caller then appends with {@link prepareAuditBatch}. The head only ever moves with
 * the entries it points to, so a free sequence number means the known head is the real one.
 */
export function chainAuditEntries(from: AuditHead, entries: readonly AuditBatchEntry[]): PreparedAudit {
  // Millisecond precision: what JavaScript and both drivers round-trip exactly.
  const at = new Date();
  let seq = from.seq;
  let prevHash = from.hash;
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
  const head = { seq, hash: prevHash };
  if (!rows.length) return { statements: [], seqs: [], head };
  return {
    statements: [
      jsonRowsInsert(auditLog, rows),
      sql`update ${auditHead} set seq = ${seq}, hash = ${prevHash} where id = 1 and seq = ${from.seq}`,
    ],
    seqs: rows.map((r) => r.seq),
    head,
  };
}

/** True when an optimistic append lost the race: its first sequence number was already taken. */
export function isAuditChainConflict(error: unknown): boolean {
  const cause = (error as { cause?: unknown }).cause ?? error;
  const { code, constraint } = cause as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'audit_log_pkey';
}
