import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notFound } from '../../core/index.ts';
import {
  aiApplications,
  type Db,
  type Executor,
  governanceAssessments,
  governanceReassessments,
  knowledgeSources,
  type ReassessmentKind,
  type Tx,
} from '../../store/index.ts';

export type Reassessment = typeof governanceReassessments.$inferSelect;

/** Why re-assessment falls due: the kind of change, a sentence a person reads, and what changed. */
export interface ReassessmentReason {
  kind: ReassessmentKind;
  reason: string;
  /** Compared with the open flags' detail: the same change reported twice is flagged once. */
  detail?: Record<string, unknown>;
}

/**
 * Flags an application as due for re-assessment (issue #16: a significant change, an incident, a
 * missed periodic review). Idempotent: an open flag of the same kind and detail is returned as it
 * is, unaudited; a new flag is audited as `governance.reassessment.due`. Another department's
 * application is a 404 (the platform itself, acting as `SYSTEM`, may flag any).
 *
 * @example await markReassessmentDue(db, ctx, appId, { kind: 'incident', reason: 'Wrong fee quoted to citizens' })
 */
export async function markReassessmentDue(
  db: Db | Tx,
  ctx: ServiceContext,
  applicationId: string,
  due: ReassessmentReason,
): Promise<{ flag: Reassessment; created: boolean }> {
  return db.transaction(async (tx) => {
    const [application] = await tx
      .select({ id: aiApplications.id, departmentId: aiApplications.departmentId })
      .from(aiApplications)
      .where(eq(aiApplications.id, applicationId));
    if (!application || !canSeeDepartment(ctx.principal, application.departmentId)) throw notFound('Application');
    const detail = due.detail ?? {};
    const [open] = await tx
      .select()
      .from(governanceReassessments)
      .where(
        and(
          eq(governanceReassessments.applicationId, applicationId),
          eq(governanceReassessments.kind, due.kind),
          isNull(governanceReassessments.resolvedAt),
          sql`${governanceReassessments.detail} = ${JSON.stringify(detail)}::jsonb`,
        ),
      )
      .limit(1);
    if (open) return { flag: open, created: false };
    const [flag] = await tx
      .insert(governanceReassessments)
      .values({
        id: randomUUID(),
        applicationId,
        departmentId: application.departmentId,
        kind: due.kind,
        reason: due.reason,
        detail,
        createdBy: ctx.principal.id,
      })
      .returning();
    if (!flag) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'governance.reassessment.due',
      entityType: 'ai_application',
      entityId: applicationId,
      departmentId: application.departmentId,
      after: { id: flag.id, kind: flag.kind, reason: flag.reason, detail },
    });
    return { flag, created: true };
  });
}

/** The open re-assessment flags of an application, newest first. */
export async function openReassessments(db: Executor, applicationId: string): Promise<Reassessment[]> {
  return db
    .select()
    .from(governanceReassessments)
    .where(and(eq(governanceReassessments.applicationId, applicationId), isNull(governanceReassessments.resolvedAt)))
    .orderBy(desc(governanceReassessments.createdAt));
}

/** Closes every open flag of an application: a stage completed after them (inside that completion's transaction). */
export async function resolveReassessments(tx: Tx, applicationId: string, assessmentId: string, at: Date) {
  return tx
    .update(governanceReassessments)
    .set({ resolvedAt: at, resolvedBy: assessmentId })
    .where(and(eq(governanceReassessments.applicationId, applicationId), isNull(governanceReassessments.resolvedAt)))
    .returning({ id: governanceReassessments.id, kind: governanceReassessments.kind });
}

/**
 * Applications that have been assessed (a stage completed): only those can fall due for
 * *re*-assessment; one not yet assessed still awaits its first assessment. Optionally narrowed to
 * a department, or to the applications of some bots.
 */
export async function assessedApplications(
  db: Executor,
  scope: { departmentId?: string; botIds?: readonly string[]; applicationIds?: readonly string[] },
): Promise<{ id: string; departmentId: string; botId: string | null }[]> {
  const conditions = [
    sql`exists (select 1 from ${governanceAssessments} where ${governanceAssessments.applicationId} = ${aiApplications.id} and ${governanceAssessments.status} = 'complete')`,
    ne(aiApplications.status, 'retired'),
  ];
  if (scope.departmentId !== undefined) conditions.push(eq(aiApplications.departmentId, scope.departmentId));
  if (scope.applicationIds !== undefined) {
    if (scope.applicationIds.length === 0) return [];
    conditions.push(inArray(aiApplications.id, [...scope.applicationIds]));
  }
  if (scope.botIds !== undefined) {
    if (scope.botIds.length === 0) return [];
    conditions.push(inArray(aiApplications.botId, [...scope.botIds]));
  }
  return db
    .select({ id: aiApplications.id, departmentId: aiApplications.departmentId, botId: aiApplications.botId })
    .from(aiApplications)
    .where(and(...conditions));
}

/**
 * A guard policy changed: every assessed application it governs falls due — the department's
 * bots for a department policy (`botId` empty), else that bot's application.
 */
export async function onGuardPolicyChanged(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  botId: string,
): Promise<Reassessment[]> {
  const targets = (await assessedApplications(db, botId ? { departmentId, botIds: [botId] } : { departmentId })).filter(
    (application) => application.botId !== null,
  );
  const flagged: Reassessment[] = [];
  for (const application of targets) {
    const { flag, created } = await markReassessmentDue(db, ctx, application.id, {
      kind: 'policy_change',
      reason: botId ? `The guard policy of bot ${botId} changed` : "The department's guard policy changed",
      detail: { botId },
    });
    if (created) flagged.push(flag);
  }
  return flagged;
}

/**
 * A knowledge source version was published: when no other published source of its kind (FAQ,
 * document, open-data catalogue) fed the bots it feeds, that is a new kind of knowledge source for
 * them, and their assessed applications fall due.
 */
export async function onKnowledgePublished(db: Db, ctx: ServiceContext, sourceId: string): Promise<Reassessment[]> {
  const [source] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, sourceId));
  if (!source || source.publishedVersion === null) return [];
  const sameKindBefore = await db
    .select({ id: knowledgeSources.id, botId: knowledgeSources.botId })
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.departmentId, source.departmentId),
        eq(knowledgeSources.kind, source.kind),
        ne(knowledgeSources.id, source.id),
        sql`${knowledgeSources.publishedVersion} is not null`,
        isNull(knowledgeSources.withdrawnAt),
        source.botId === null
          ? sql`true`
          : or(isNull(knowledgeSources.botId), eq(knowledgeSources.botId, source.botId)),
      ),
    );
  const applications = (
    await assessedApplications(
      db,
      source.botId === null ? { departmentId: source.departmentId } : { botIds: [source.botId] },
    )
  ).filter(
    (application) =>
      application.botId !== null &&
      // A bot already fed this kind (by a department-wide source or one of its own) sees nothing new.
      !sameKindBefore.some((other) => other.botId === null || other.botId === application.botId),
  );
  const flagged: Reassessment[] = [];
  for (const application of applications) {
    const { flag, created } = await markReassessmentDue(db, ctx, application.id, {
      kind: 'knowledge_source_type',
      reason: `A new kind of knowledge source (${source.kind}) now feeds the bot: "${source.title}"`,
      detail: { kind: source.kind },
    });
    if (created) flagged.push(flag);
  }
  return flagged;
}

/**
 * The registry changed an application: a model or data source it did not have before is a
 * significant change, and an assessed application falls due.
 */
export async function onApplicationChanged(
  db: Db,
  ctx: ServiceContext,
  before: { id: string; models: readonly { provider: string; model: string }[]; dataSources: readonly string[] },
  after: { models: readonly { provider: string; model: string }[]; dataSources: readonly string[] },
): Promise<Reassessment[]> {
  const key = (m: { provider: string; model: string }) => `${m.provider}/${m.model}`;
  const oldModels = new Set(before.models.map(key));
  const newModels = after.models.filter((m) => !oldModels.has(key(m)));
  const newSources = after.dataSources.filter((s) => !before.dataSources.includes(s));
  if (newModels.length === 0 && newSources.length === 0) return [];
  const [assessed] = await assessedApplications(db, { applicationIds: [before.id] });
  if (!assessed) return [];
  const flagged: Reassessment[] = [];
  if (newModels.length > 0) {
    const { flag } = await markReassessmentDue(db, ctx, before.id, {
      kind: 'model_change',
      reason: `New model: ${newModels.map(key).join(', ')}`,
      detail: { models: newModels.map(key) },
    });
    flagged.push(flag);
  }
  if (newSources.length > 0) {
    const { flag } = await markReassessmentDue(db, ctx, before.id, {
      kind: 'data_source',
      reason: `New data source: ${newSources.join(', ')}`,
      detail: { dataSources: newSources },
    });
    flagged.push(flag);
  }
  return flagged;
}
