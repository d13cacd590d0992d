import { eq } from 'drizzle-orm';
import { TtlCache } from '../core/index.ts';
import { type Db, modelAllowlist, modelProviders } from '../store/index.ts';
import { type Quota, quotasForCall } from './quotas.ts';
import { routingGeneration } from './routing-change.ts';

export type ProviderRow = typeof modelProviders.$inferSelect;

/**
 * What admission reads on every call — providers by name, allow-lists by department, quotas by
 * department and bot — kept per node for `ttlMs` (0: read the database every time). Changes made
 * through this process's services (`changeRouting`) clear it at once; changes made on another
 * node reach this one when the entries expire: docs/gateway.md.
 */
export class GatewayCache {
  private readonly providers: TtlCache<ProviderRow | null>;
  private readonly allowlists: TtlCache<ReadonlySet<string>>;
  private readonly quotaLists: TtlCache<Quota[]>;
  /** The routing generation the entries were read in: a change since then empties the cache. */
  private generation: number;

  constructor(
    private readonly db: Db,
    ttlMs: number,
  ) {
    this.providers = new TtlCache(ttlMs);
    this.allowlists = new TtlCache(ttlMs);
    this.quotaLists = new TtlCache(ttlMs);
    this.generation = routingGeneration(db);
  }

  provider(name: string): Promise<ProviderRow | null> {
    this.dropIfChanged();
    return this.providers.get(name, async () => {
      const [row] = await this.db.select().from(modelProviders).where(eq(modelProviders.name, name));
      return row ?? null;
    });
  }

  /** The department's allow-list as `<providerId>\0<model>` (model `*` for all of a provider's). */
  allowlist(departmentId: string): Promise<ReadonlySet<string>> {
    this.dropIfChanged();
    return this.allowlists.get(departmentId, async () => {
      const rows = await this.db
        .select({ providerId: modelAllowlist.providerId, model: modelAllowlist.model })
        .from(modelAllowlist)
        .where(eq(modelAllowlist.departmentId, departmentId));
      return new Set(rows.map((r) => `${r.providerId}\u0000${r.model}`));
    });
  }

  quotas(departmentId: string, botId: string | null): Promise<Quota[]> {
    this.dropIfChanged();
    return this.quotaLists.get(`${departmentId}\u0000${botId ?? ''}`, () =>
      quotasForCall(this.db, departmentId, botId),
    );
  }

  /**
   * Empties the cache after a routing change made through this process. Checked before every read,
   * so an entry loaded before the change (even one still loading) is never served after it.
   */
  private dropIfChanged(): void {
    const current = routingGeneration(this.db);
    if (current === this.generation) return;
    this.generation = current;
    this.providers.invalidate();
    this.allowlists.invalidate();
    this.quotaLists.invalidate();
  }
}
