import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  auditContext,
  getDepartment,
  isPlatformAdmin,
  lockDepartment,
  type Principal,
  type ServiceContext,
} from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { AppError, forbidden, type LocalizedIssue, withOwnSetChanges } from '../core/index.ts';
import { type Db, type Executor, modelAllowlist, modelProviders } from '../store/index.ts';
import { changeRouting } from './routing-change.ts';

/** One allow-list entry: a provider (by name) and one of its models, or `*` for all of them. */
export interface AllowlistEntry {
  provider: string;
  model: string;
}

export interface AllowlistRow extends AllowlistEntry {
  providerId: string;
  createdBy: string;
  createdAt: Date;
}

/** A department's allow-list; 404 for a department the caller may not see. */
export async function getAllowlist(db: Executor, principal: Principal, departmentId: string): Promise<AllowlistRow[]> {
  await getDepartment(db, principal, departmentId);
  return readAllowlist(db, departmentId);
}

async function readAllowlist(db: Executor, departmentId: string): Promise<AllowlistRow[]> {
  return db
    .select({
      provider: modelProviders.name,
      model: modelAllowlist.model,
      providerId: modelAllowlist.providerId,
      createdBy: modelAllowlist.createdBy,
      createdAt: modelAllowlist.createdAt,
    })
    .from(modelAllowlist)
    .innerJoin(modelProviders, eq(modelProviders.id, modelAllowlist.providerId))
    .where(eq(modelAllowlist.departmentId, departmentId))
    .orderBy(asc(modelProviders.name), asc(modelAllowlist.model));
}

/** Provider name and model: an entry's identity in a list. */
const entryKey = (entry: AllowlistEntry) => `${entry.provider}\u0000${entry.model}`;

/**
 * Sets a department's allow-list (platform admins only). Each entry must name a configured
 * provider and a model it offers (or `*`); bad entries are reported by position. Without `base`,
 * `entries` replaces the list; with it (the list as the editor read it), only the editor's own
 * additions and removals are made (`withOwnSetChanges`), so two administrators editing the list
 * at once neither put back what the other removed nor drop what the other added. Entries kept keep
 * who added them and when.
 */
export async function putAllowlist(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  entries: readonly AllowlistEntry[],
  base?: readonly AllowlistEntry[],
): Promise<AllowlistRow[]> {
  if (!isPlatformAdmin(ctx.principal))
    throw forbidden({
      en: "Only a platform admin may change a department's allow-list",
      zhHant: '只有平台管理員可更改部門的模型允許清單',
    });
  return changeRouting(db, async (tx) => {
    await getDepartment(tx, ctx.principal, departmentId);
    await lockDepartment(tx, departmentId);
    const providers = await providersOf(tx, entries);
    const before = await readAllowlist(tx, departmentId);
    const wanted = base ? withOwnSetChanges<AllowlistEntry>(before, { base, next: entries }, entryKey) : entries;
    const wantedKeys = new Set(wanted.map(entryKey));
    const gone = before.filter((entry) => !wantedKeys.has(entryKey(entry)));
    const held = new Set(before.map(entryKey));
    const added = [...new Map(wanted.map((entry) => [entryKey(entry), entry])).values()].filter(
      (entry) => !held.has(entryKey(entry)),
    );
    for (const entry of gone) {
      await tx
        .delete(modelAllowlist)
        .where(
          and(
            eq(modelAllowlist.departmentId, departmentId),
            eq(modelAllowlist.providerId, entry.providerId),
            eq(modelAllowlist.model, entry.model),
          ),
        );
    }
    // Only `entries` adds (what is kept was held already), and each of its providers is known.
    const rows = added.flatMap((entry) => {
      const provider = providers.get(entry.provider);
      return provider
        ? [{ departmentId, providerId: provider.id, model: entry.model, createdBy: ctx.principal.id }]
        : [];
    });
    if (rows.length) await tx.insert(modelAllowlist).values(rows);
    const after = await readAllowlist(tx, departmentId);
    const summary = (list: AllowlistRow[]) => list.map((e) => ({ provider: e.provider, model: e.model }));
    await appendAudit(tx, auditContext(ctx), {
      action: 'model_allowlist.replace',
      entityType: 'model_allowlist',
      entityId: departmentId,
      departmentId,
      before: summary(before),
      after: summary(after),
    });
    return after;
  });
}

/**
 * The providers `entries` name, by name. Each entry must name a configured provider and a model it
 * offers (or `*`): 400 naming, by position, each that does not.
 */
async function providersOf(db: Executor, entries: readonly AllowlistEntry[]) {
  const names = [...new Set(entries.map((e) => e.provider))];
  const rows = names.length ? await db.select().from(modelProviders).where(inArray(modelProviders.name, names)) : [];
  const byName = new Map(rows.map((p) => [p.name, p]));
  const issues: LocalizedIssue[] = [];
  entries.forEach((entry, i) => {
    const provider = byName.get(entry.provider);
    if (!provider) {
      issues.push({
        field: `body.entries.${i}.provider`,
        code: 'unknown',
        message: { en: 'is not a configured provider', zhHant: '並非已設定的模型供應商' },
      });
    } else if (entry.model !== '*' && !provider.models.includes(entry.model) && !provider.models.includes('*')) {
      issues.push({
        field: `body.entries.${i}.model`,
        code: 'unknown',
        message: { en: 'is not offered by the provider', zhHant: '並非該模型供應商提供的模型' },
      });
    }
  });
  if (issues.length) {
    throw new AppError(
      'validation_failed',
      {
        en: issues.map((x) => `${x.field}: ${x.message.en}`).join('; '),
        zhHant: `請求內容無效：${issues.map((x) => `${x.field}：${x.message.zhHant}`).join('；')}`,
      },
      issues,
    );
  }
  return byName;
}
