import { asc, eq, inArray } from 'drizzle-orm';
import { auditContext, getDepartment, isPlatformAdmin, type Principal, type ServiceContext } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { AppError, type FieldIssue, forbidden } from '../core/index.ts';
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

/**
 * Replaces a department's allow-list (platform admins only). Each entry must name a configured
 * provider and a model it offers (or `*`); bad entries are reported by position.
 */
export async function putAllowlist(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  entries: readonly AllowlistEntry[],
): Promise<AllowlistRow[]> {
  if (!isPlatformAdmin(ctx.principal)) throw forbidden("Only a platform admin may change a department's allow-list");
  return changeRouting(db, async (tx) => {
    await getDepartment(tx, ctx.principal, departmentId);
    const names = [...new Set(entries.map((e) => e.provider))];
    const providers = names.length
      ? await tx.select().from(modelProviders).where(inArray(modelProviders.name, names))
      : [];
    const byName = new Map(providers.map((p) => [p.name, p]));
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    const rows = entries.flatMap((entry, i) => {
      const provider = byName.get(entry.provider);
      if (!provider) {
        issues.push({ field: `body.entries.${i}.provider`, code: 'unknown', message: 'is not a configured provider' });
        return [];
      }
      if (entry.model !== '*' && !provider.models.includes(entry.model) && !provider.models.includes('*')) {
        issues.push({ field: `body.entries.${i}.model`, code: 'unknown', message: 'is not offered by the provider' });
        return [];
      }
      const id = `${provider.id}\u0000${entry.model}`;
      if (seen.has(id)) return [];
      seen.add(id);
      return [{ departmentId, providerId: provider.id, model: entry.model, createdBy: ctx.principal.id }];
    });
    if (issues.length) {
      throw new AppError('validation_failed', issues.map((x) => `${x.field}: ${x.message}`).join('; '), issues);
    }
    const before = await readAllowlist(tx, departmentId);
    await tx.delete(modelAllowlist).where(eq(modelAllowlist.departmentId, departmentId));
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
