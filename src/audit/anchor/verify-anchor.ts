import type { KeyObject } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { auditLog, type Executor } from '../../store/index.ts';
import type { AuditHead } from '../append-audit-batch.ts';
import type { AnchorRead } from './anchor-sink.ts';
import { CheckpointVerifier } from './checkpoint.ts';

export type AnchorVerdict =
  | { ok: true; checkpoints: number; latest: { seq: number; at: string } | null }
  | {
      ok: false;
      checkpoints: number;
      /** `signature`: a forged or altered checkpoint; `truncated`: the head went back behind a
       * checkpoint; `rewritten`: an entry differs from what a checkpoint recorded. */
      problem: 'unreadable' | 'signature' | 'truncated' | 'rewritten';
      /** The first entry the problem concerns (or the checkpoint's seq for a bad signature). */
      seq: number;
      reason: string;
    };

/** Hashes of the entries at some sequence numbers (absent: no such entry). */
export type EntryHashes = (seqs: readonly number[]) => Promise<Map<number, string>>;

/**
 * Checks a chain against its checkpoints: every checkpoint is signed by `publicKey`; since the
 * last restore marker, the head is not behind any checkpoint (else entries were cut off the end
 * and the head rewound) and every checkpointed entry still has the hash it had.
 * `allowAhead` (a backup checked before a restore): checkpoints past the head are expected.
 */
export async function verifyAnchor(
  read: AnchorRead,
  publicKey: KeyObject,
  head: AuditHead,
  hashes: EntryHashes,
  options: { allowAhead?: boolean } = {},
): Promise<AnchorVerdict> {
  const count = read.checkpoints.length;
  const firstUnreadable = read.unreadable[0];
  if (firstUnreadable !== undefined) {
    return fail(count, 'unreadable', 0, `line ${firstUnreadable} of the anchor is not a checkpoint: it was altered`);
  }
  const verifier = new CheckpointVerifier(publicKey);
  for (const { line, checkpoint } of read.checkpoints) {
    if (!verifier.valid(checkpoint)) {
      return fail(
        count,
        'signature',
        checkpoint.seq,
        `the checkpoint on line ${line} (entry ${checkpoint.seq}) does not carry a valid signature of the anchor key: it was forged or altered`,
      );
    }
  }
  let from = 0;
  read.checkpoints.forEach(({ checkpoint }, i) => {
    if (checkpoint.kind === 'restore') from = i;
  });
  const current = read.checkpoints.slice(from).map((c) => c.checkpoint);
  const latest = current.reduce<(typeof current)[number] | null>((a, c) => (a && a.seq >= c.seq ? a : c), null);
  if (latest && latest.seq > head.seq && !options.allowAhead) {
    return fail(
      count,
      'truncated',
      head.seq + 1,
      `the chain ends at entry ${head.seq} but a checkpoint signed at ${latest.at} records entry ${latest.seq}: ` +
        `entries ${head.seq + 1}..${latest.seq} were removed and the head rewound`,
    );
  }
  const checked = current.filter((c) => c.seq <= head.seq);
  const stored = await hashes([...new Set(checked.map((c) => c.seq))]);
  const differing = checked.filter((c) => stored.get(c.seq) !== c.hash).sort((a, b) => a.seq - b.seq)[0];
  if (differing) {
    return fail(
      count,
      'rewritten',
      differing.seq,
      `entry ${differing.seq} is not the one a checkpoint signed at ${differing.at} recorded: the chain was rewritten up to it`,
    );
  }
  return { ok: true, checkpoints: count, latest: latest ? { seq: latest.seq, at: latest.at } : null };
}

/** {@link EntryHashes} from the database. */
export function databaseEntryHashes(db: Executor): EntryHashes {
  return async (seqs) => {
    const out = new Map<number, string>();
    for (let i = 0; i < seqs.length; i += 1000) {
      const rows = await db
        .select({ seq: auditLog.seq, hash: auditLog.hash })
        .from(auditLog)
        .where(inArray(auditLog.seq, seqs.slice(i, i + 1000)));
      for (const row of rows) out.set(row.seq, row.hash);
    }
    return out;
  };
}

function fail(
  checkpoints: number,
  problem: Extract<AnchorVerdict, { ok: false }>['problem'],
  seq: number,
  reason: string,
): AnchorVerdict {
  return { ok: false, checkpoints, problem, seq, reason };
}
