/**
 * Counts failed authentications per client address in a fixed window and refuses the address
 * once it passes the limit, which makes guessing keys by brute force pointless.
 *
 * The state is per node on purpose: a key guesser spread over N nodes gets N × limit tries per
 * window out of a 2^256 space, and the hot path needs no database round trip.
 */
export class AuthFailureLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the address may try again, or 0 when it is not blocked. */
  blockedFor(address: string): number {
    const entry = this.failures.get(address);
    if (!entry) return 0;
    const now = this.now();
    if (now >= entry.resetAt) {
      this.failures.delete(address);
      return 0;
    }
    return entry.count >= this.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  recordFailure(address: string): void {
    const now = this.now();
    const entry = this.failures.get(address);
    if (!entry || now >= entry.resetAt) this.failures.set(address, { count: 1, resetAt: now + this.windowMs });
    else entry.count += 1;
    if (this.failures.size > 100_000) this.sweep(now);
  }

  private sweep(now: number): void {
    for (const [address, entry] of this.failures) if (now >= entry.resetAt) this.failures.delete(address);
  }
}
