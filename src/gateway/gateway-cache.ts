import { eq } from 'drizzle-orm';
import { type Db, modelAllowlist, modelProviders } from '../store/index.ts';
import { type Quota, quotasForCall } from './quotas.ts';
import { routingGeneration } from './routing-change.ts';

export type ProviderRow = typeof modelProviders.$inferSelect;

interface Entry<T> {
  value: Promise<T>;
  expires: number;
}

/**
 * What admission reads on every call — providers by name, allow-lists by department, quotas by
 * department and bot — kept per node for a short time. Changes made through this process's
 * services (`changeRouting`) clear it at once; changes made on another node reach this one
 * when the entries expire (the TTL, 2 s by default): docs/gateway.md.
 */
export class GatewayCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  /** The routing generation the entries were read in: a change since then empties the cache. */
  private generation: number;

  constructor(private readonly db: Db) {
    this.generation = routingGeneration(db);
  }

  provider(name: string, ttlMs: number): Promise<ProviderRow | null> {
    return this.get(`p\u0000${name}`, ttlMs, async () => {
      const [row] = await this.db.select().from(modelProviders).where(eq(modelProviders.name, name));
      return row ?? null;
    });
  }

  /** The department's allow-list as `<providerId>\0<model>` (model `*` for all of a provider's). */
  allowlist(departmentId: string, ttlMs: number): Promise<ReadonlySet<string>> {
    return this.get(`a\u0000${departmentId}`, ttlMs, async () => {
      const rows = await this.db
        .select({ providerId: modelAllowlist.providerId, model: modelAllowlist.model })
        .from(modelAllowlist)
        .where(eq(modelAllowlist.departmentId, departmentId));
      return new Set(rows.map((r) => `${r.providerId}\u0000${r.model}`));
    });
  }

  quotas(departmentId: string, botId: string | null, ttlMs: number): Promise<Quota[]> {
    return this.get(`q\u0000${departmentId}\u0000${botId ?? ''}`, ttlMs, () =>
      quotasForCall(this.db, departmentId, botId),
    );
  }

  private get<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
    const current = routingGeneration(this.db);
    if (current !== this.generation) {
      this.entries.clear();
      this.generation = current;
    }
    const now = Date.now();
    const hit = this.entries.get(key) as Entry<T> | undefined;
    if (hit && hit.expires > now) return hit.value;
    const value = load();
    if (ttlMs <= 0) return value;
    const generation = this.generation;
    const entry = { value, expires: now + ttlMs };
    this.entries.set(key, entry);
    value.then(
      () => {
        if (generation !== routingGeneration(this.db) && this.entries.get(key) === entry) this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }
}
