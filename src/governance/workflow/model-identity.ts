import { and, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { auditContext, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import {
  aiApplications,
  type Db,
  type Executor,
  governanceAssessments,
  type ModelIdentity,
  modelCalls,
} from '../../store/index.ts';
import { markReassessmentDue, type Reassessment } from './reassessment.ts';

const sameIdentity = (a: ModelIdentity, b: ModelIdentity) => a.model === b.model && a.fingerprint === b.fingerprint;

/**
 * The model identity the provider last reported for a bot's answered calls, up to `until`: what a
 * stage records as assessed when it completes. Null when the bot has made no call that said.
 */
export async function latestModelIdentity(db: Executor, botId: string, until: Date): Promise<ModelIdentity | null> {
  const [row] = await db
    .select({ model: modelCalls.reportedModel, fingerprint: modelCalls.systemFingerprint })
    .from(modelCalls)
    .where(
      and(
        eq(modelCalls.botId, botId),
        eq(modelCalls.status, 'ok'),
        isNotNull(modelCalls.reportedModel),
        sql`${modelCalls.createdAt} <= ${until.toISOString()}`,
      ),
    )
    .orderBy(desc(modelCalls.createdAt))
    .limit(1);
  return row?.model ? { model: row.model, fingerprint: row.fingerprint } : null;
}

/**
 * Compares what providers reported for each assessed bot since its latest completed stage with the
 * identity that stage recorded (issue #16: "a provider answering with a different model identity or
 * fingerprint than the one assessed"). A different one makes re-assessment due, once per identity.
 * A stage completed before the bot ever called a model has no identity yet: the first one reported
 * afterwards becomes its baseline (audited as `governance.model.baseline`).
 */
export async function detectModelChanges(db: Db, ctx: ServiceContext): Promise<Reassessment[]> {
  // The latest completed stage of each bot application (DISTINCT ON keeps the first row per application).
  const latest = await db
    .selectDistinctOn([governanceAssessments.applicationId], {
      assessmentId: governanceAssessments.id,
      applicationId: governanceAssessments.applicationId,
      departmentId: governanceAssessments.departmentId,
      completedAt: governanceAssessments.completedAt,
      assessedModels: governanceAssessments.assessedModels,
      botId: aiApplications.botId,
    })
    .from(governanceAssessments)
    .innerJoin(aiApplications, eq(aiApplications.id, governanceAssessments.applicationId))
    .where(
      and(
        eq(governanceAssessments.status, 'complete'),
        isNotNull(aiApplications.botId),
        sql`${aiApplications.status} <> 'retired'`,
      ),
    )
    .orderBy(governanceAssessments.applicationId, desc(governanceAssessments.completedAt));
  const flagged: Reassessment[] = [];
  for (const stage of latest) {
    if (stage.botId === null || stage.completedAt === null) continue;
    const seen = await db
      .selectDistinct({ model: modelCalls.reportedModel, fingerprint: modelCalls.systemFingerprint })
      .from(modelCalls)
      .where(
        and(
          eq(modelCalls.botId, stage.botId),
          eq(modelCalls.status, 'ok'),
          isNotNull(modelCalls.reportedModel),
          gt(modelCalls.createdAt, stage.completedAt),
        ),
      );
    const reported = seen.flatMap((row) => (row.model ? [{ model: row.model, fingerprint: row.fingerprint }] : []));
    let assessed = stage.assessedModels ?? [];
    if (assessed.length === 0) {
      const [first] = reported;
      if (!first) continue;
      assessed = [first];
      await db.transaction(async (tx) => {
        await tx
          .update(governanceAssessments)
          .set({ assessedModels: assessed })
          .where(eq(governanceAssessments.id, stage.assessmentId));
        await appendAudit(tx, auditContext(ctx), {
          action: 'governance.model.baseline',
          entityType: 'governance_assessment',
          entityId: stage.assessmentId,
          departmentId: stage.departmentId,
          after: { botId: stage.botId, assessedModels: assessed },
        });
      });
    }
    for (const identity of reported) {
      if (assessed.some((known) => sameIdentity(known, identity))) continue;
      const { flag, created } = await markReassessmentDue(db, ctx, stage.applicationId, {
        kind: 'model_change',
        reason:
          `The provider answered bot ${stage.botId} as ${identity.model}` +
          `${identity.fingerprint ? ` (fingerprint ${identity.fingerprint})` : ''}, not the assessed ` +
          assessed.map((m) => `${m.model}${m.fingerprint ? ` (${m.fingerprint})` : ''}`).join(', '),
        detail: { model: identity.model, fingerprint: identity.fingerprint },
      });
      if (created) flagged.push(flag);
    }
  }
  return flagged;
}
