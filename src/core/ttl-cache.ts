/**
 * A small per-node cache of values that change rarely and may be a few seconds stale on other
 * nodes (published bot versions, guard policies, the blocklist). Concurrent misses for one key
 * share a single load.
 *
 * @example const bots = new TtlCache<BotView | null>(2000); await bots.get(id, () => loadBot(db, id));
 */
export class TtlCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    const now = this.now();
    if (hit && hit.expires > now) return hit.value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = load();
    const entry = { value, expires: now + this.ttlMs };
    this.entries.set(key, entry);
    // A failed load is not remembered, but a newer load of the same key that replaced it stays.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  /** Forget one key (after a change made on this node), or everything. */
  invalidate(key?: string): void {
    if (key === undefined) this.entries.clear();
    else this.entries.delete(key);
  }
}
