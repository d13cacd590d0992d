import { eq, sql } from 'drizzle-orm';
import { auditContext, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notFound } from '../../core/index.ts';
import { aiApplications, type Db, governanceAssessments, type StoredDerivation } from '../../store/index.ts';
import { derive, shippedTemplates, type TemplateRegistry } from '../assessment/index.ts';
import { getApplication } from '../registry/index.ts';
import { answeredSets, incompleteAssessment, LocalizedRefusal, problemsOf } from './assessment-sets.ts';
import { type Assessment, lockAssessment } from './assessments.ts';
import { requiredCapacities } from './endorsement-rules.ts';
import { isHighRisk } from './review-schedule.ts';
import { wrongStatus } from './workflow-errors.ts';

/** The catalogue's one-word risk: high for high impact, a high tier or high privacy risk; medium for a limited tier. */
export function riskLevelOf(derivation: StoredDerivation): 'low' | 'medium' | 'high' {
  if (isHighRisk(derivation) || derivation.oversight === 'in-the-loop') return 'high';
  if (derivation.tier === 'limited' || derivation.oversight === 'in-command') return 'medium';
  return 'low';
}

/**
 * Submits a draft for review: refused with 422 listing every problem by question (unanswered,
 * N/A without justification, …) unless `assessmentProblems` finds none in any of its answer sets.
 * On success the derivation (impact, GenAI tier, oversight and the answers that produced them) is
 * stored and copied to the application's impact, tier and risk level; a new review round opens and
 * the submitter joins the preparers. Audited as `governance.assessment.submit` (one entry, the
 * application's risk before and after in it).
 */
export async function submitAssessment(
  db: Db,
  ctx: ServiceContext,
  id: string,
  templates: TemplateRegistry = shippedTemplates(),
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const before = await lockAssessment(tx, ctx.principal, id);
    if (before.status !== 'draft') throw wrongStatus(before.status, { en: 'submitted', zhHant: '提交' }, 'draft');
    const application = await getApplication(tx, ctx.principal, before.applicationId);
    const problems = problemsOf(templates, before, application.personalData);
    if (problems.length > 0) throw incompleteAssessment(problems);
    const derived = derive(answeredSets(templates, before, application.personalData).map((s) => s.set));
    if (!derived.ok) {
      throw new LocalizedRefusal(
        'unprocessable',
        { en: 'The assessment cannot be derived', zhHant: '未能從評估推導結果' },
        derived.issues.map((issue) => ({
          field: `${issue.templateId}.${issue.path.join('.')}`,
          code: issue.code,
          message: issue.message,
        })),
      );
    }
    const derivation: StoredDerivation = {
      impact: derived.value.impact ?? 'low',
      tier: derived.value.tier ?? 'low',
      oversight: derived.value.oversight,
      reasons: derived.value.reasons,
    };
    const now = new Date();
    const [row] = await tx
      .update(governanceAssessments)
      .set({
        status: 'in_review',
        round: before.round + 1,
        derivation,
        submittedBy: ctx.principal.id,
        submittedAt: now,
        preparers: [...new Set([...before.preparers, ctx.principal.id])],
        updatedAt: now,
      })
      .where(eq(governanceAssessments.id, id))
      .returning();
    if (!row) throw notFound('Assessment');
    const risk = { impact: derivation.impact, tier: derivation.tier, riskLevel: riskLevelOf(derivation) };
    // The registry's columns, set here so the submission is one audited step (its entry records both).
    await tx
      .update(aiApplications)
      .set({ ...risk, revision: sql`${aiApplications.revision} + 1`, updatedAt: now })
      .where(eq(aiApplications.id, application.id));
    await appendAudit(tx, auditContext(ctx), {
      action: 'governance.assessment.submit',
      entityType: 'governance_assessment',
      entityId: id,
      departmentId: row.departmentId,
      before: {
        status: before.status,
        application: { impact: application.impact, tier: application.tier, riskLevel: application.riskLevel },
      },
      after: {
        status: row.status,
        round: row.round,
        impact: derivation.impact,
        tier: derivation.tier,
        oversight: derivation.oversight,
        requiredEndorsements: requiredCapacities(derivation),
        application: { id: application.id, ...risk },
      },
    });
    return row;
  });
}
