import type { Db } from '../store/index.ts';
import { type AdmittedCounter, admitCall, type ScopedCounter } from './quota-admission.ts';
import { routingGeneration } from './routing-change.ts';
import { returnRequests } from './usage-counter.ts';

export interface QuotaLeaseOptions {
  /** How long reserved requests may wait for calls on this node before they are given back, in ms. Default 1000. */
  leaseMs?: number;
  /** Most requests reserved at once on one counter; 1 counts every call in the database. Default 32. */
  maxLease?: number;
}

/** Requests this node reserved on one counter, and what it knew of the counter then. */
interface Lease {
  /** Reserved and not yet used. */
  left: number;
  /** After this (ms since the epoch) unused requests go back to the counter. */
  until: number;
  /** When the counter's window ends: the lease is forgotten after. */
  windowEnd: number;
  /** The counter's requests and tokens when reserved. */
  requests: number;
  tokens: number;
  /** Tokens of this node's calls admitted since the reservation. */
  localTokens: number;
}

/** A lease is at most this share of the headroom left under a request limit. */
const HEADROOM_SHARE = 8;

/**
 * Quota admission with per-node leases. Far from a limit, one atomic upsert reserves a few requests
 * (at most an eighth of what is left, at most `maxLease`) and the node admits its next calls from
 * them without a round trip; what is not used within `leaseMs` is given back. The database's
 * conditional upsert still decides every reservation, so a request limit is never passed on any
 * number of nodes; near a limit (or with nothing known yet) each call is counted alone, exactly as
 * before. The cost: a node may refuse a little early while other nodes hold unused leases (at most
 * `leaseMs`). Token limits are checked at each reservation; a lease is not used once this node's
 * own tokens bring the counter to half its token limit (docs/gateway.md).
 */
export class QuotaLeases {
  private readonly leases = new Map<string, Lease>();
  private generation: number;
  private lastRelease = 0;
  private readonly leaseMs: number;
  private readonly maxLease: number;

  constructor(
    private readonly db: Db,
    options: QuotaLeaseOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 1000;
    this.maxLease = Math.max(1, options.maxLease ?? 32);
    this.generation = routingGeneration(db);
  }

  /** Admits a call on every counter, or on none (throws the refusal, as `admitCall`). */
  async admit(counters: readonly ScopedCounter[], now: Date): Promise<AdmittedCounter[]> {
    const nowMs = now.getTime();
    this.expire(nowMs);
    const usable = counters.map((c) => this.usable(c, nowMs));
    const missing = counters.filter((_, i) => !usable[i]);
    // Taken now, given back if the database refuses one of the others.
    for (const lease of usable) if (lease) lease.left -= 1;
    let counted: Awaited<ReturnType<typeof admitCall>> = [];
    if (missing.length) {
      try {
        counted = await admitCall(this.db, missing, now, (c) => this.leaseSize(c));
      } catch (error) {
        for (const lease of usable) if (lease) lease.left += 1;
        throw error;
      }
    }
    for (const c of counted) {
      const counter = missing.find((m) => m.key === c.key);
      const old = this.leases.get(c.key);
      if (old && old.left > 0) this.giveBack(c.key, old.left);
      this.leases.set(c.key, {
        left: c.reserved - 1,
        until: nowMs + this.leaseMs,
        windowEnd: counter?.expiresAt.getTime() ?? nowMs,
        requests: c.requests,
        tokens: c.tokens,
        localTokens: 0,
      });
    }
    return counters.map((counter, i) => {
      const lease = usable[i] ?? this.leases.get(counter.key);
      return { key: counter.key, tokens: lease ? lease.tokens + lease.localTokens : 0, tokenLimit: counter.tokens };
    });
  }

  /** Notes a finished call's tokens on the leases it was admitted on. */
  noteTokens(keys: readonly string[], tokens: number): void {
    for (const key of keys) {
      const lease = this.leases.get(key);
      if (lease) lease.localTokens += tokens;
    }
  }

  /** Gives every unused reservation back (the node is shutting down). */
  async release(): Promise<void> {
    const pending = [...this.leases].map(([key, lease]) => returnRequests(this.db, key, lease.left));
    this.leases.clear();
    await Promise.all(pending);
  }

  private usable(counter: ScopedCounter, nowMs: number): Lease | null {
    const lease = this.leases.get(counter.key);
    if (!lease || lease.left <= 0 || lease.until <= nowMs) return null;
    if (counter.tokens !== null && 2 * (lease.tokens + lease.localTokens) >= counter.tokens) return null;
    return lease;
  }

  private leaseSize(counter: ScopedCounter): number {
    const known = this.leases.get(counter.key);
    // Nothing known about this counter yet: count the call alone and learn where it stands.
    if (!known) return 1;
    let size = this.maxLease;
    if (counter.requests !== null) {
      size = Math.min(size, Math.floor((counter.requests - known.requests) / HEADROOM_SHARE));
    }
    if (counter.tokens !== null && 2 * (known.tokens + known.localTokens) >= counter.tokens) size = 1;
    return Math.max(1, size);
  }

  /** Gives back leases past their time, forgets ended windows, drops everything after a quota change. */
  private expire(nowMs: number): void {
    const generation = routingGeneration(this.db);
    if (generation !== this.generation) {
      this.generation = generation;
      for (const [key, lease] of this.leases) this.giveBack(key, lease.left);
      this.leases.clear();
      return;
    }
    if (nowMs - this.lastRelease < this.leaseMs / 4) return;
    this.lastRelease = nowMs;
    for (const [key, lease] of this.leases) {
      if (lease.until > nowMs) continue;
      this.giveBack(key, lease.left);
      lease.left = 0;
      if (lease.windowEnd <= nowMs) this.leases.delete(key);
    }
  }

  private giveBack(key: string, count: number): void {
    if (count > 0) returnRequests(this.db, key, count).catch(() => undefined);
  }
}
