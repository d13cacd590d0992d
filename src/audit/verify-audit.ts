import { asc, eq, gt } from 'drizzle-orm';
import { auditHead, auditLog, type Executor } from '../store/index.ts';
import type { AuditHead } from './append-audit-batch.ts';
import { type ChainedFields, GENESIS_HASH, hashEntry } from './audit-entry.ts';

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
 * last entry (truncated tail). A tail cut off together with a rewound head passes here: only the
 * anchor outside the database (`verifyAnchor`) can tell.
 */
export async function verifyAudit(db: Executor): Promise<AuditVerdict> {
  const walk = new ChainWalk();
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, walk.entries))
      .orderBy(asc(auditLog.seq))
      .limit(PAGE);
    for (const row of page) {
      const broken = walk.next(row);
      if (broken) return broken;
    }
    if (page.length < PAGE) break;
  }
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  return walk.end(head ?? null);
}

/**
 * The same checks over entries held in memory, e.g. a backup's rows (in any order), before
 * anything is restored from it.
 */
export function verifyAuditEntries(
  rows: readonly (ChainedFields & { hash: string })[],
  head: AuditHead | null,
): AuditVerdict {
  const walk = new ChainWalk();
  for (const row of [...rows].sort((a, b) => a.seq - b.seq)) {
    const broken = walk.next(row);
    if (broken) return broken;
  }
  return walk.end(head);
}

/** The chain read in order, one entry at a time. */
class ChainWalk {
  entries = 0;
  private prevHash = GENESIS_HASH;

  next(row: ChainedFields & { hash: string }): AuditVerdict | null {
    const expectedSeq = this.entries + 1;
    if (row.seq !== expectedSeq) {
      return broken(this.entries, expectedSeq, `entry ${expectedSeq} is missing (next present is ${row.seq})`);
    }
    if (row.prevHash !== this.prevHash) {
      return broken(this.entries, row.seq, `entry ${row.seq} does not link to entry ${row.seq - 1}`);
    }
    if (hashEntry(row) !== row.hash) {
      return broken(this.entries, row.seq, `entry ${row.seq} was altered: its content does not match its hash`);
    }
    this.prevHash = row.hash;
    this.entries += 1;
    return null;
  }

  end(head: AuditHead | null): AuditVerdict {
    const { entries, prevHash } = this;
    if (!head) return broken(entries, entries + 1, 'the chain head is missing');
    if (head.seq !== entries || head.hash !== prevHash) {
      return broken(entries, entries + 1, `entries ${entries + 1}..${head.seq} are missing from the end of the chain`);
    }
    return { ok: true, entries, headHash: prevHash };
  }
}

function broken(entries: number, firstBrokenSeq: number, reason: string): AuditVerdict {
  return { ok: false, entries, firstBrokenSeq, reason };
}
