import { eq } from 'drizzle-orm';
import { type Db, usageCounters } from '../store/index.ts';
import { GatewayError } from './gateway-error.ts';
import type { Quota } from './quotas.ts';
import { admitCounter, type CounterLimit } from './usage-counter.ts';

/** Hong Kong time (UTC+8, no daylight saving): months and days of quotas and reports. */
const HKT_OFFSET_MS = 8 * 3_600_000;

export interface ScopedCounter extends CounterLimit {
  window: 'minute' | 'month';
  scope: string;
}

/** The counter rows a call must pass: per minute and per month, for the department and the bot. */
export function countersFor(limits: readonly Quota[], now: Date): ScopedCounter[] {
  const minute = Math.floor(now.getTime() / 60_000);
  const local = new Date(now.getTime() + HKT_OFFSET_MS);
  const month = `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
  // Kept a day past the month's end (in HKT), so a report at midnight still finds them.
  const monthEnd = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 2) - HKT_OFFSET_MS);
  return limits.flatMap((quota): ScopedCounter[] => {
    const scope = quota.botId === null ? `dept:${quota.departmentId}` : `bot:${quota.departmentId}:${quota.botId}`;
    const holder = quota.botId === null ? 'department' : 'bot';
    const out: ScopedCounter[] = [];
    if (quota.requestsPerMinute !== null || quota.tokensPerMinute !== null) {
      out.push({
        key: `quota:${scope}:minute:${minute}`,
        expiresAt: new Date((minute + 1) * 60_000),
        requests: quota.requestsPerMinute,
        tokens: quota.tokensPerMinute,
        window: 'minute',
        scope: holder,
      });
    }
    if (quota.requestsPerMonth !== null || quota.tokensPerMonth !== null) {
      out.push({
        key: `quota:${scope}:month:${month}`,
        expiresAt: monthEnd,
        requests: quota.requestsPerMonth,
        tokens: quota.tokensPerMonth,
        window: 'month',
        scope: holder,
      });
    }
    return out;
  });
}

/** A counter a call was admitted on: its tokens when admitted, and its token limit (null = none). */
export interface AdmittedCounter {
  key: string;
  tokens: number;
  tokenLimit: number | null;
}

/** What {@link admitCall} counted on one counter: `reserved` requests (the call's and a lease's). */
export interface CountedCounter extends AdmittedCounter {
  reserved: number;
  /** The counter's requests after counting. */
  requests: number;
}

/**
 * Counts the call on every counter in one transaction, or on none: a refusal rolls back the
 * counters already passed. `reserve` may ask for more than one request per counter (a lease for
 * the node's next calls, see `QuotaLeases`); when that would pass the limit, the call is counted
 * alone. Per-minute limits refuse with `rate_limited`, monthly ones with
 * `quota_exceeded`, both with the seconds until the window ends.
 */
export async function admitCall(
  db: Db,
  counters: readonly ScopedCounter[],
  now: Date,
  reserve: (counter: ScopedCounter) => number = () => 1,
): Promise<CountedCounter[]> {
  if (!counters.length) return [];
  const admitted: CountedCounter[] = [];
  await db.transaction(async (tx) => {
    for (const counter of counters) {
      // A lease that no longer fits falls back to counting this call alone, exactly.
      const lease = reserve(counter);
      let reserved = lease;
      let counted = await admitCounter(tx, counter, lease);
      if (!counted && lease > 1) {
        reserved = 1;
        counted = await admitCounter(tx, counter, 1);
      }
      if (counted) {
        admitted.push({ key: counter.key, ...counted, tokenLimit: counter.tokens, reserved });
        continue;
      }
      const [row] = await tx.select().from(usageCounters).where(eq(usageCounters.key, counter.key));
      const what =
        counter.requests !== null && (row ? row.requests >= counter.requests : counter.requests <= 0)
          ? 'requests'
          : 'tokens';
      const retryAfter = Math.max(1, Math.ceil((counter.expiresAt.getTime() - now.getTime()) / 1000));
      throw new GatewayError(
        counter.window === 'minute' ? 'rate_limited' : 'quota_exceeded',
        {
          en: `The ${counter.scope}'s ${what} per ${counter.window} limit is reached`,
          zhHant: `已達${counter.scope === 'bot' ? '機械人' : '部門'}每${counter.window === 'minute' ? '分鐘' : '月'}的${what === 'requests' ? '請求次數' : '詞元（token）'}上限`,
        },
        counter.window === 'minute' ? retryAfter : Math.max(1, retryAfter - 86_400),
      );
    }
  });
  return admitted;
}
