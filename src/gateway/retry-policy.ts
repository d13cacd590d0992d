import { setTimeout as sleep } from 'node:timers/promises';
import type { CircuitBreaker } from './circuit-breaker.ts';
import { GatewayError } from './gateway-error.ts';

/** How failed attempts are retried. */
export interface RetryPolicy {
  maxRetries: number;
  /** First retry delay; doubles per retry, with jitter. */
  baseMs: number;
  /** Longest wait; a Retry-After beyond it is not waited for. */
  maxDelayMs: number;
}

/** One failed attempt, classified: whether to retry, and whether it says the provider is down. */
export class AttemptFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    /** Network error, timeout or 5xx: counts towards opening the circuit. */
    readonly outage: boolean,
    readonly status: number | null = null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'AttemptFailure';
  }
}

/** Counts attempts as they happen, so a failure can still be metered with its attempt count. */
export interface AttemptTally {
  attempts: number;
}

/**
 * Runs `attempt` until it succeeds, retrying retryable failures with exponential backoff (full
 * jitter between half and all of the delay) or the provider's Retry-After, within the provider's
 * circuit breaker. Throws {@link GatewayError}: `circuit_open` when no attempt could be made,
 * `rate_limited` when the provider kept answering 429, else `provider_unavailable`.
 */
export async function withRetries<T>(
  policy: RetryPolicy,
  breaker: CircuitBreaker,
  tally: AttemptTally,
  attempt: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  let last: AttemptFailure | null = null;
  for (let retry = 0; retry <= policy.maxRetries; retry += 1) {
    if (!breaker.tryAcquire()) {
      const after = Math.ceil(breaker.retryAfterMs() / 1000);
      if (tally.attempts === 0) {
        throw new GatewayError(
          'circuit_open',
          {
            en: 'The provider failed repeatedly and is paused; try again later',
            zhHant: '模型供應商多次失敗，已暫停使用，請稍後再試',
          },
          after,
        );
      }
      break;
    }
    tally.attempts += 1;
    try {
      const result = await attempt();
      breaker.onSuccess();
      return result;
    } catch (error) {
      if (signal?.aborted) {
        breaker.release();
        throw error;
      }
      if (!(error instanceof AttemptFailure)) {
        breaker.onSuccess();
        throw error;
      }
      if (error.outage) breaker.onFailure();
      else breaker.onSuccess();
      last = error;
      if (!error.retryable || retry === policy.maxRetries) break;
      const backoff = policy.baseMs * 2 ** retry * (0.5 + Math.random() / 2);
      const wait = error.retryAfterMs ?? Math.min(backoff, policy.maxDelayMs);
      if (wait > policy.maxDelayMs) break;
      await sleep(wait, undefined, signal ? { signal } : undefined);
    }
  }
  if (last && !last.retryable && !last.outage) {
    throw new GatewayError('upstream_failed', {
      en: `The provider refused the request: ${last.message}`,
      zhHant: `模型供應商拒絕了此請求：${last.message}`,
    });
  }
  if (last?.status === 429) {
    const after = last.retryAfterMs === null ? null : Math.ceil(last.retryAfterMs / 1000);
    throw new GatewayError(
      'rate_limited',
      { en: 'The provider is rate limiting calls; try again later', zhHant: '模型供應商正限制請求次數，請稍後再試' },
      after,
    );
  }
  throw new GatewayError('provider_unavailable', {
    en: `The provider failed after ${tally.attempts} attempt${tally.attempts === 1 ? '' : 's'}${last ? `: ${last.message}` : ''}`,
    zhHant: `模型供應商嘗試 ${tally.attempts} 次後仍然失敗${last ? `：${last.message}` : ''}`,
  });
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
