export type CircuitState = 'closed' | 'open' | 'half_open';

/**
 * One provider's breaker: opens after `failureThreshold` consecutive failed attempts, refuses
 * calls for `cooldownMs`, then lets one trial call through (half-open): its success closes the
 * circuit, its failure opens it again. State is per API node (see docs/gateway.md).
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    private readonly failureThreshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): CircuitState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half_open' : 'open';
  }

  /** Whether an attempt may go now; in half-open state only one trial at a time. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  /** Milliseconds until a trial call will be let through (0 when closed). */
  retryAfterMs(): number {
    return this.openedAt === null ? 0 : Math.max(0, this.openedAt + this.cooldownMs - this.now());
  }

  /** The provider answered (any non-5xx response): it is alive. */
  onSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  /** Network error, timeout or 5xx. */
  onFailure(): void {
    this.failures += 1;
    if (this.trialInFlight || this.failures >= this.failureThreshold) this.openedAt = this.now();
    this.trialInFlight = false;
  }

  /** An attempt ended without telling anything about the provider (the caller went away). */
  release(): void {
    this.trialInFlight = false;
  }
}
