import { apiKeyDisplayPrefix } from '../core/index.ts';

/**
 * How many more failures a client address may have, over all the keys it presents, than it may
 * have with any one key. Random guesses each start differently, so the per-key counter alone would
 * never stop a sprayer; the address-wide ceiling does, without letting one bad key block others.
 */
export const ADDRESS_FAILURE_FACTOR = 10;

/**
 * The part of a presented token failures are counted by: its first characters, as long as the
 * prefix shown in key listings (`lr_` + 8). It is not secret, tells one client's wrong key from
 * another's behind the same proxy, and says nothing about a real key that the listing does not.
 */
export function failurePrefix(token: string): string {
  return apiKeyDisplayPrefix(token);
}

/**
 * Counts failed authentications in a fixed window per client address and key prefix, and per
 * address over all prefixes (at {@link ADDRESS_FAILURE_FACTOR} × the limit). It only ever judges
 * failures: the caller checks the key first, so a valid key or `Bearer public` is never refused
 * here, whoever else failed from the same address.
 *
 * The state is per node on purpose: the hot path needs no database round trip, and generated keys
 * carry 256 bits, so the limit slows noise down rather than guarding the key space.
 *
 * @example if (limiter.blockedFor(ip, failurePrefix(key)) === 0) limiter.recordFailure(ip, failurePrefix(key));
 */
export class AuthFailureLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until this client may fail with this prefix again, or 0 when it is not blocked. */
  blockedFor(address: string, prefix: string): number {
    return Math.max(
      this.wait(keyOf(address, prefix), this.limit),
      this.wait(address, this.limit * ADDRESS_FAILURE_FACTOR),
    );
  }

  recordFailure(address: string, prefix: string): void {
    const now = this.now();
    this.bump(keyOf(address, prefix), now);
    this.bump(address, now);
    if (this.failures.size > 100_000) this.sweep(now);
  }

  private wait(key: string, limit: number): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    const now = this.now();
    if (now >= entry.resetAt) {
      this.failures.delete(key);
      return 0;
    }
    return entry.count >= limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  private bump(key: string, now: number): void {
    const entry = this.failures.get(key);
    if (!entry || now >= entry.resetAt) this.failures.set(key, { count: 1, resetAt: now + this.windowMs });
    else entry.count += 1;
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.failures) if (now >= entry.resetAt) this.failures.delete(key);
  }
}

// A NUL cannot occur in an address, so address-and-prefix keys never collide with address keys.
const keyOf = (address: string, prefix: string) => `${address}\u0000${prefix}`;
