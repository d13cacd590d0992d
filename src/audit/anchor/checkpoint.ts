import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '../../core/index.ts';

/**
 * A signed statement that the audit chain's head was entry `seq` with hash `hash` at time `at`.
 * `kind: 'restore'` marks a restore: the chain was replaced on purpose, so the checkpoints before
 * it describe a history the database no longer holds.
 */
export interface Checkpoint {
  v: 1;
  kind: 'checkpoint' | 'restore';
  seq: number;
  hash: string;
  at: string;
  /** Which key signed: the first 16 hex digits of SHA-256 over the public key (SPKI DER). */
  key: string;
  /** Ed25519 signature over the canonical JSON of every other field, base64url. */
  sig: string;
}

export type UnsignedCheckpoint = Omit<Checkpoint, 'key' | 'sig' | 'v'>;

/** Signs checkpoints with an Ed25519 private key kept outside the database. */
export class CheckpointSigner {
  readonly keyId: string;

  constructor(private readonly privateKey: KeyObject) {
    this.keyId = keyIdOf(createPublicKey(privateKey));
  }

  sign(fields: UnsignedCheckpoint): Checkpoint {
    const body = { v: 1 as const, ...fields, key: this.keyId };
    return { ...body, sig: sign(null, Buffer.from(canonicalJson(body)), this.privateKey).toString('base64url') };
  }
}

/** Checks checkpoints against the public key: signed by its holder and not altered since. */
export class CheckpointVerifier {
  readonly keyId: string;

  constructor(private readonly publicKey: KeyObject) {
    this.keyId = keyIdOf(publicKey);
  }

  valid(checkpoint: Checkpoint): boolean {
    const { sig, ...body } = checkpoint;
    if (body.key !== this.keyId) return false;
    try {
      return verify(null, Buffer.from(canonicalJson(body)), this.publicKey, Buffer.from(sig, 'base64url'));
    } catch {
      return false;
    }
  }
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Parses one line of an anchor file; null when it is not a checkpoint. */
export function parseCheckpoint(line: string): Checkpoint | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const c = value as Partial<Checkpoint> | null;
  if (
    c?.v !== 1 ||
    (c.kind !== 'checkpoint' && c.kind !== 'restore') ||
    !Number.isInteger(c.seq) ||
    typeof c.hash !== 'string' ||
    typeof c.at !== 'string' ||
    typeof c.key !== 'string' ||
    typeof c.sig !== 'string'
  )
    return null;
  return c as Checkpoint;
}
