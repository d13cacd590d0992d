import { asc, eq, gt } from 'drizzle-orm';
import { auditHead, auditLog, type Executor } from '../store/index.ts';
import { GENESIS_HASH, hashEntry } from './audit-entry.ts';

export type AuditVerdict =
  | { ok: true; entries: number; headHash: string }
  | {
      ok: false;
      entries: number;
      /** Sequence number of the first entry that is missing, altered or out of place. */
      firstBrokenSeq: number;
      reason: string;
    };

const PAGE = 1000;

/**
 * Walks the whole chain in order and names the first broken entry: a gap in the sequence
 * (deleted row), a hash that does not match the entry's content (edited row), a `prevHash` that
 * does not match its predecessor (reordered or forged row), or a head that disagrees with the
 * last entry (truncated tail).
 */
export async function verifyAudit(db: Executor): Promise<AuditVerdict> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, expectedSeq - 1))
      .orderBy(asc(auditLog.seq))
      .limit(PAGE);
    for (const row of page) {
      if (row.seq !== expectedSeq) {
        return broken(entries, expectedSeq, `entry ${expectedSeq} is missing (next present is ${row.seq})`);
      }
      if (row.prevHash !== prevHash) {
        return broken(entries, row.seq, `entry ${row.seq} does not link to entry ${row.seq - 1}`);
      }
      if (hashEntry(row) !== row.hash) {
        return broken(entries, row.seq, `entry ${row.seq} was altered: its content does not match its hash`);
      }
      prevHash = row.hash;
      expectedSeq += 1;
      entries += 1;
    }
    if (page.length < PAGE) break;
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (!head) return broken(entries, expectedSeq, 'the chain head is missing');
  if (head.seq !== entries || head.hash !== prevHash) {
    return broken(entries, entries + 1, `entries ${entries + 1}..${head.seq} are missing from the end of the chain`);
  }
  return { ok: true, entries, headHash: prevHash };
}

function broken(entries: number, firstBrokenSeq: number, reason: string): AuditVerdict {
  return { ok: false, entries, firstBrokenSeq, reason };
}
