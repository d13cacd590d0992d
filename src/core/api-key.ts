import { createHash, randomBytes } from 'node:crypto';

/** Every LionRock key starts with this, so leaked keys are easy to spot by secret scanners. */
export const API_KEY_PREFIX = 'lr_';

/** A new random API key: `lr_` + 32 random bytes in base64url (256 bits). */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * The value stored at rest. A fast hash is right here (unlike passwords): keys carry 256 bits of
 * entropy, so there is nothing to brute-force, and lookups stay O(1) by unique index.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The short, non-secret part shown in listings so an officer can tell keys apart. */
export function apiKeyDisplayPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + 8);
}

/** A key supplied by an operator (e.g. LIONROCK_ADMIN_KEY) must be long enough to be a secret. */
export function isAcceptableApiKey(key: string): boolean {
  return key.length >= 24 && /^[\x21-\x7e]+$/.test(key);
}
