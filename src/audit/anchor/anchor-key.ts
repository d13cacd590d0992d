import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The checkpoint signing key: an Ed25519 private key in PEM at `keyFile` (mode 0600), generated on
 * first use, with its public half beside it (`<keyFile>.pub`) for whoever verifies. Ed25519
 * rather than an HMAC: a verifier (an auditor, a witness) holds only the public key and so can
 * check checkpoints without being able to forge them.
 */
export function loadOrCreateAnchorKey(keyFile: string): KeyObject {
  if (existsSync(keyFile)) return createPrivateKey(readFileSync(keyFile, 'utf8'));
  mkdirSync(dirname(keyFile), { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  // 'wx': two first starts racing must not overwrite each other's key.
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(publicKeyFileOf(keyFile), publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
  return privateKey;
}

/**
 * The public key a verifier uses: from a public key file (PEM) if given, else derived from the
 * private key file; null when neither exists (nothing was ever anchored with it).
 */
export function loadAnchorPublicKey(options: {
  publicKeyFile?: string | undefined;
  keyFile: string;
}): KeyObject | null {
  if (options.publicKeyFile) return createPublicKey(readFileSync(options.publicKeyFile, 'utf8'));
  if (existsSync(options.keyFile)) return createPublicKey(createPrivateKey(readFileSync(options.keyFile, 'utf8')));
  return null;
}

export function publicKeyFileOf(keyFile: string): string {
  return `${keyFile}.pub`;
}
