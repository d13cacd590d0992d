import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Short, unambiguous (no 0/O, 1/I), easy to read out on the phone. */
export const READABLE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `length` characters of {@link READABLE_ALPHABET}, uniformly (32 divides 256). */
export function readableCode(length: number): string {
  return Array.from(randomBytes(length), (b) => READABLE_ALPHABET[b % READABLE_ALPHABET.length]).join('');
}

/**
 * The code a citizen is shown once with a new case's reference, to check the reply from any device:
 * 10 characters of 32 (50 bits). Only its hash is stored: with the per-case reference as salt and the
 * public route's rate limit, guessing online is hopeless and a stolen table gives no codes back
 * without ~2^49 hashes per case.
 */
export function newCheckCode(): string {
  return readableCode(10);
}

/** What is stored of a check code. */
export function hashCheckCode(reference: string, code: string): string {
  return createHash('sha256').update(`${reference}:${code.toUpperCase()}`).digest('hex');
}

/** Whether `code` is the case's check code; the comparison takes the same time wherever they differ. */
export function checkCodeMatches(storedHash: string | null, reference: string, code: string): boolean {
  const given = Buffer.from(hashCheckCode(reference, code), 'hex');
  // A case without a code (opened before codes existed) is compared against a hash nothing matches.
  const stored = Buffer.from(storedHash ?? '00'.repeat(32), 'hex');
  return stored.length === given.length && timingSafeEqual(stored, given) && storedHash !== null;
}
