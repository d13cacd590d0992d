import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, ilike } from 'drizzle-orm';
import { type AuditContext, appendAudit } from '../audit/index.ts';
import { AppError, changedMeanwhileIssue } from '../core/index.ts';
import { type Db, type Executor, guardBlocklist, guardPolicies } from '../store/index.ts';
import { lockDepartment } from '../access/index.ts';
import { effectivePolicy } from './effective-policy.ts';
import { type GuardPolicy, guardPolicySchema, type Stage } from './policy.ts';
import { withOwnPolicyChanges } from './policy-changes.ts';
import { type ScanResult, scanSummary } from './scan.ts';

/**
 * The guard's edge to the database: the blocklist and the per-department / per-bot policies,
 * and the audit entries for non-pass verdicts. Everything else in the guard is pure.
 */

/** Every blocklisted domain, for {@link assessUrl}. */
export async function loadBlocklist(db: Executor): Promise<Set<string>> {
  const rows = await db.select({ domain: guardBlocklist.domain }).from(guardBlocklist);
  return new Set(rows.map((r) => r.domain));
}

/** Adds domains to the blocklist (existing ones are kept); one audit entry with the count, not the list. */
export async function importBlocklist(
  db: Db,
  ctx: AuditContext,
  domains: readonly string[],
  source: string,
): Promise<{ added: number }> {
  return db.transaction(async (tx) => {
    let added = 0;
    for (let i = 0; i < domains.length; i += 500) {
      const chunk = domains.slice(i, i + 500).map((domain) => ({ domain, source, addedBy: ctx.actor.id }));
      if (chunk.length === 0) continue;
      const rows = await tx
        .insert(guardBlocklist)
        .values(chunk)
        .onConflictDoNothing()
        .returning({ d: guardBlocklist.domain });
      added += rows.length;
    }
    await appendAudit(tx, ctx, {
      action: 'guard.blocklist.import',
      entityType: 'guard_blocklist',
      entityId: null,
      departmentId: null,
      after: { source, submitted: domains.length, added },
    });
    return { added };
  });
}

/** One page of the blocklist, alphabetical; `contains` narrows it to domains with that text. */
export async function listBlocklist(
  db: Executor,
  page: { contains?: string | undefined; limit: number; offset: number },
): Promise<{ items: (typeof guardBlocklist.$inferSelect)[]; total: number }> {
  const where = page.contains ? ilike(guardBlocklist.domain, `%${escapeLike(page.contains)}%`) : undefined;
  const [items, [counted]] = await Promise.all([
    db
      .select()
      .from(guardBlocklist)
      .where(where)
      .orderBy(asc(guardBlocklist.domain))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(guardBlocklist).where(where),
  ]);
  return { items, total: Number(counted?.n ?? 0) };
}

/** Removes one domain (a false positive, say); false when it was not listed. Audited. */
export async function removeFromBlocklist(db: Db, ctx: AuditContext, domain: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [removed] = await tx.delete(guardBlocklist).where(eq(guardBlocklist.domain, domain)).returning();
    if (!removed) return false;
    await appendAudit(tx, ctx, {
      action: 'guard.blocklist.remove',
      entityType: 'guard_blocklist',
      entityId: domain,
      departmentId: null,
      before: { domain, source: removed.source },
    });
    return true;
  });
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The stored policy of a department (`botId` omitted) or bot, or null. */
export async function getPolicy(db: Executor, departmentId: string, botId = ''): Promise<GuardPolicy | null> {
  const [row] = await db
    .select({ policy: guardPolicies.policy })
    .from(guardPolicies)
    .where(and(eq(guardPolicies.departmentId, departmentId), eq(guardPolicies.botId, botId)));
  return row ? guardPolicySchema.parse(row.policy) : null;
}

/**
 * The policy in force for a department or bot, read from the database: see {@link effectivePolicy}
 * for the order. `botConfig` is the bot configuration's `guardPolicy`.
 */
export async function resolvePolicy(
  db: Executor,
  departmentId: string,
  botId?: string,
  botConfig?: GuardPolicy | null,
): Promise<GuardPolicy> {
  const department = await getPolicy(db, departmentId);
  const bot = botId ? await getPolicy(db, departmentId, botId) : null;
  return effectivePolicy({ department, botConfig, bot });
}

/**
 * Creates or replaces a department's (or bot's) policy, audited with before and after. With `base`
 * (the policy stored at this level as the editor read it; null: none), only the editor's own
 * changes are made, check by check ({@link withOwnPolicyChanges}): what someone else set since to
 * other checks stays, and a check both changed is refused (409 naming `body.policy.<stage>.<check>`),
 * nothing saved.
 */
export async function putPolicy(
  db: Db,
  ctx: AuditContext,
  departmentId: string,
  botId: string,
  policy: GuardPolicy,
  base?: GuardPolicy | null,
): Promise<GuardPolicy> {
  const next = guardPolicySchema.parse(policy);
  return db.transaction(async (tx) => {
    await lockDepartment(tx, departmentId);
    const before = await getPolicy(tx, departmentId, botId);
    const parsed = base === undefined ? next : ownChanges(base, next, before);
    await tx
      .insert(guardPolicies)
      .values({ id: randomUUID(), departmentId, botId, policy: parsed, updatedBy: ctx.actor.id })
      .onConflictDoUpdate({
        target: [guardPolicies.departmentId, guardPolicies.botId],
        set: { policy: parsed, updatedBy: ctx.actor.id, updatedAt: new Date() },
      });
    await appendAudit(tx, ctx, {
      action: 'guard.policy.put',
      entityType: 'guard_policy',
      entityId: `${departmentId}/${botId}`,
      departmentId,
      before,
      after: parsed,
    });
    return parsed;
  });
}

function ownChanges(base: GuardPolicy | null, next: GuardPolicy, stored: GuardPolicy | null): GuardPolicy {
  const merged = withOwnPolicyChanges({ base: base && guardPolicySchema.parse(base), next, stored });
  if ('policy' in merged) return merged.policy;
  throw new AppError(
    'conflict',
    {
      en: `Someone else changed ${merged.clashes.join(', ')} of this guard policy after you read it: nothing was saved`,
      zhHant: `你讀取此防護政策後，其他人已更改了 ${merged.clashes.join('、')}：未有儲存任何內容`,
    },
    merged.clashes.map((path) => changedMeanwhileIssue(`body.policy.${path}`)),
  );
}

/** Records a non-pass scan or verdict in the audit trail: codes, types, counts and reasons, never the data. */
export async function auditGuardFinding(
  db: Db,
  ctx: AuditContext,
  departmentId: string | null,
  stage: Stage | 'scan',
  result: ScanResult | { issues: unknown },
): Promise<void> {
  const after = 'issues' in result ? { stage, issues: result.issues } : { stage, ...scanSummary(result) };
  await db.transaction(async (tx) => {
    await appendAudit(tx, ctx, {
      action: 'guard.finding',
      entityType: 'guard',
      entityId: null,
      departmentId,
      after,
    });
  });
}
