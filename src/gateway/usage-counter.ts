import { eq, inArray, lt, sql } from 'drizzle-orm';
import { type Db, type Executor, usageCounters } from '../store/index.ts';

/** What {@link consumeRate} decided. */
export interface RateVerdict {
  ok: boolean;
  /** Requests counted in the window, this one included when admitted. */
  count: number;
  limit: number;
  /** Seconds until the window ends: the `Retry-After` of a refusal. */
  retryAfterSeconds: number;
}

/**
 * Counts one request against `limit` per fixed window of `windowSeconds`, in the database, so the
 * limit holds across every API node. One atomic upsert: a refused request is not counted.
 *
 * @example
 * const verdict = await consumeRate(db, `ask:${botId}:${clientIp}`, 20, 60);
 * if (!verdict.ok) throw new AppError('rate_limited', `retry in ${verdict.retryAfterSeconds} s`);
 */
export async function consumeRate(
  db: Executor,
  key: string,
  limit: number,
  windowSeconds: number,
  now: Date = new Date(),
): Promise<RateVerdict> {
  const windowMs = Math.max(1, Math.round(windowSeconds * 1000));
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const expiresAt = new Date(start + windowMs);
  const retryAfterSeconds = Math.max(1, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000));
  if (limit <= 0) return { ok: false, count: 0, limit, retryAfterSeconds };
  const [row] = await db
    .insert(usageCounters)
    .values({ key: `rate:${key}:${windowMs}:${start}`, requests: 1, tokens: 0, expiresAt })
    .onConflictDoUpdate({
      target: usageCounters.key,
      set: { requests: sql`${usageCounters.requests} + 1` },
      setWhere: sql`${usageCounters.requests} < ${limit}`,
    })
    .returning({ requests: usageCounters.requests });
  maybeSweep(db, now);
  return row
    ? { ok: true, count: Number(row.requests), limit, retryAfterSeconds }
    : { ok: false, count: limit, limit, retryAfterSeconds };
}

/** One counter row to admit a request against: both limits are checked before it is counted. */
export interface CounterLimit {
  key: string;
  expiresAt: Date;
  requests: number | null;
  tokens: number | null;
}

/**
 * Counts `count` requests (1, or a lease's worth) on a quota counter unless that would pass its
 * request limit or its token limit is already reached;
 * returns the counter after counting, or null (and counts nothing) when refused. Tokens are added after the call
 * ({@link addTokens}), so the call that crosses a token limit completes and the next is refused.
 */
export async function admitCounter(
  db: Executor,
  counter: CounterLimit,
  count = 1,
): Promise<{ requests: number; tokens: number } | null> {
  if (counter.requests !== null && counter.requests < count) return null;
  if (counter.tokens !== null && counter.tokens <= 0) return null;
  const conditions = [
    counter.requests === null ? null : sql`${usageCounters.requests} + ${count} <= ${counter.requests}`,
    counter.tokens === null ? null : sql`${usageCounters.tokens} < ${counter.tokens}`,
  ].filter((c) => c !== null);
  const rows = await db
    .insert(usageCounters)
    .values({ key: counter.key, requests: count, tokens: 0, expiresAt: counter.expiresAt })
    .onConflictDoUpdate({
      target: usageCounters.key,
      set: { requests: sql`${usageCounters.requests} + ${count}` },
      ...(conditions.length ? { setWhere: sql.join(conditions, sql` and `) } : {}),
    })
    .returning({ requests: usageCounters.requests, tokens: usageCounters.tokens });
  const [row] = rows;
  return row ? { requests: Number(row.requests), tokens: Number(row.tokens) } : null;
}

/** Gives back requests counted on a counter but never used (an expired quota lease). */
export async function returnRequests(db: Executor, key: string, count: number): Promise<void> {
  if (count <= 0) return;
  await db
    .update(usageCounters)
    .set({ requests: sql`greatest(${usageCounters.requests} - ${count}, 0)` })
    .where(eq(usageCounters.key, key));
}

/** Adds a finished call's tokens to the counters it was admitted on. */
export async function addTokens(db: Executor, keys: readonly string[], tokens: number): Promise<void> {
  if (!keys.length || tokens <= 0) return;
  await db
    .update(usageCounters)
    .set({ tokens: sql`${usageCounters.tokens} + ${tokens}` })
    .where(inArray(usageCounters.key, [...keys]));
}

/** Deletes counters whose window has ended; returns how many. */
export async function sweepUsageCounters(db: Executor, now: Date = new Date()): Promise<number> {
  const rows = await db
    .delete(usageCounters)
    .where(lt(usageCounters.expiresAt, now))
    .returning({ key: usageCounters.key });
  return rows.length;
}

const SWEEP_EVERY_MS = 60_000;
const lastSweep = new WeakMap<object, number>();

/** At most once a minute per node and database, off the request's path. */
export function maybeSweep(db: Db | Executor, now: Date = new Date()): void {
  const last = lastSweep.get(db) ?? 0;
  if (now.getTime() - last < SWEEP_EVERY_MS) return;
  lastSweep.set(db, now.getTime());
  sweepUsageCounters(db, now).catch(() => undefined);
}
