import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GatewayError } from './gateway-error.ts';

/** Where the secret came from, so the server can say so at start. */
export type SecretSource = 'config' | 'generated' | 'data-dir' | 'ephemeral' | 'missing';

const FORMAT = 'v1';

/**
 * Encrypts provider API keys with AES-256-GCM (random 96-bit nonce, 128-bit tag). Stored form:
 * `v1.<nonce>.<tag>.<ciphertext>`, base64url. The key is derived from the configured secret with
 * HKDF, so any high-entropy string of 32+ characters works as a secret.
 *
 * @example const box = new SecretBox('a-long-random-secret-of-32-characters-or-more');
 * box.decrypt(box.encrypt('sk-…')) === 'sk-…'
 */
export class SecretBox {
  private readonly key: Buffer | null;

  constructor(
    secret: string | null,
    readonly source: SecretSource = secret ? 'config' : 'missing',
  ) {
    this.key = secret ? Buffer.from(hkdfSync('sha256', secret, 'lionrock', 'model-provider-keys', 32)) : null;
  }

  get available(): boolean {
    return this.key !== null;
  }

  encrypt(plain: string): string {
    const key = this.requireKey();
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [FORMAT, nonce, cipher.getAuthTag(), body]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt(stored: string): string {
    const key = this.requireKey();
    const [format, nonce, tag, body] = stored.split('.');
    if (format !== FORMAT || !nonce || !tag || body === undefined) throw new Error('Unknown encrypted key format');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      // Wrong secret (changed LIONROCK_SECRET_KEY) or a tampered row: never a silent garbage key.
      throw new GatewayError('capability_unavailable', {
        en: 'A stored provider key cannot be decrypted with the configured secretKey (was it changed?)',
        zhHant: '無法以現時設定的 secretKey 解密已儲存的模型供應商金鑰（secretKey 是否曾被更改？）',
      });
    }
  }

  private requireKey(): Buffer {
    if (!this.key) {
      throw new GatewayError('capability_unavailable', {
        en: 'Provider API keys need a secret: set secretKey (LIONROCK_SECRET_KEY, at least 32 characters)',
        zhHant: '儲存模型供應商的 API 金鑰須設定 secretKey（LIONROCK_SECRET_KEY，最少 32 個字元）',
      });
    }
    return this.key;
  }
}

export interface SecretKeyOptions {
  secretKey?: string | undefined;
  /** `pglite` stores a generated secret beside its data; `postgres` requires a configured one. */
  storeKind: 'pglite' | 'postgres';
  /** The PGlite data folder, or null for an in-memory database (tests): a per-process secret. */
  dataDir: string | null;
}

/**
 * The secret for provider keys: the configured one; else on PGlite the one in `<dataDir>/secret.key`,
 * generated on first start with mode 0600; else (PostgreSQL) none, and keyed providers are refused
 * until one is configured — every node must share it, so none may invent its own.
 */
export function resolveSecretBox(options: SecretKeyOptions): SecretBox {
  if (options.secretKey) return new SecretBox(options.secretKey, 'config');
  if (options.storeKind === 'postgres') return new SecretBox(null, 'missing');
  if (options.dataDir === null) return new SecretBox(randomBytes(32).toString('base64url'), 'ephemeral');
  const file = resolve(options.dataDir, 'secret.key');
  if (existsSync(file)) return new SecretBox(readFileSync(file, 'utf8').trim(), 'data-dir');
  mkdirSync(options.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return new SecretBox(secret, 'generated');
}
