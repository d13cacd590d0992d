import { resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Config } from '../../core/index.ts';
import { auditHead, type Executor } from '../../store/index.ts';
import type { AuditHead } from '../append-audit-batch.ts';
import { loadAnchorPublicKey, loadOrCreateAnchorKey } from './anchor-key.ts';
import { AuditCheckpointer } from './audit-checkpointer.ts';
import { CheckpointSigner } from './checkpoint.ts';
import { FileAnchorSink } from './file-anchor-sink.ts';
import { TeeAnchorSink, witnessSink } from './witness-sinks.ts';
import { type AnchorVerdict, databaseEntryHashes, type EntryHashes, verifyAnchor } from './verify-anchor.ts';

/** Where the anchor lives: the checkpoint file and the signing key, both outside the database. */
export interface AnchorPaths {
  file: string;
  keyFile: string;
  /** A verifier holding only the public key names it here (else it is derived from `keyFile`). */
  publicKeyFile?: string | undefined;
  /** Witnesses that get a copy of every checkpoint: `http(s)://…` services or `udp://host:port` syslog. */
  witnesses?: readonly string[] | undefined;
}

/** The configured paths, by default beside the PGlite data (as `secret.key` is). */
export function anchorPathsFrom(
  config: Pick<Config, 'dataDir' | 'auditAnchorFile' | 'auditAnchorKeyFile' | 'auditAnchorWitnesses'>,
): AnchorPaths {
  return {
    file: resolve(config.auditAnchorFile ?? resolve(config.dataDir, 'audit-anchor.jsonl')),
    keyFile: resolve(config.auditAnchorKeyFile ?? resolve(config.dataDir, 'audit-anchor.key')),
    witnesses: config.auditAnchorWitnesses,
  };
}

/**
 * A checkpointer for the configured anchor, creating its key on first use, knowing its last
 * checkpoint; copies go to the configured witnesses, whose failures are reported to `onWitnessError`.
 */
export async function openCheckpointer(
  db: Executor,
  paths: AnchorPaths,
  onWitnessError: (location: string, error: unknown) => void = (location, error) =>
    console.error(`audit anchor: witness ${location} failed: ${(error as Error).message ?? error}`),
): Promise<AuditCheckpointer> {
  const signer = new CheckpointSigner(loadOrCreateAnchorKey(paths.keyFile));
  const file = new FileAnchorSink(paths.file);
  const sink = new TeeAnchorSink(file, (paths.witnesses ?? []).map(witnessSink), onWitnessError);
  const { checkpoints } = await file.read();
  const own = checkpoints.map((c) => c.checkpoint).filter((c) => c.key === signer.keyId);
  const last = own.reduce<AuditHead | null>((a, c) => (a && a.seq >= c.seq ? a : { seq: c.seq, hash: c.hash }), null);
  return new AuditCheckpointer(db, signer, sink, last);
}

/** What checking the anchor found; `anchored: false` when there is no key to check with. */
export type AnchorCheck = ({ anchored: true } & AnchorVerdict) | { anchored: false; ok: true; reason: string };

/**
 * Checks a chain (the database's, or a backup's through `head` and `hashes`) against the
 * anchor's signed checkpoints.
 */
export async function checkAnchor(
  db: Executor | null,
  paths: AnchorPaths,
  chain?: { head: AuditHead; hashes: EntryHashes; allowAhead: boolean },
): Promise<AnchorCheck> {
  const publicKey = loadAnchorPublicKey(paths);
  if (!publicKey) return { anchored: false, ok: true, reason: `no anchor key at ${paths.keyFile}` };
  const read = await new FileAnchorSink(paths.file).read();
  let target = chain;
  if (!target && db) {
    const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
    target = { head: head ?? { seq: 0, hash: '' }, hashes: databaseEntryHashes(db), allowAhead: false };
  }
  if (!target) throw new Error('checkAnchor needs a database or a chain');
  const verdict = await verifyAnchor(read, publicKey, target.head, target.hashes, { allowAhead: target.allowAhead });
  return { anchored: true, ...verdict };
}
