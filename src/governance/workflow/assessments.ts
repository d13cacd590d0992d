import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type Principal, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { changedMeanwhile, notFound } from '../../core/index.ts';
import {
  type AssessmentStage,
  type Db,
  type Executor,
  governanceAssessments,
  governanceEndorsements,
  type StoredAnswer,
  type StoredAnswerSet,
} from '../../store/index.ts';
import { answerProblem, shippedTemplates, type TemplateRegistry, templateQuestions } from '../assessment/index.ts';
import { getApplication } from '../registry/index.ts';
import {
  ANSWER_SETS,
  type AnswerSetName,
  answeredSets,
  changedMeanwhileIssueIn,
  emptySet,
  IMPACT_TEMPLATE,
  type LocalizedIssue,
  LocalizedRefusal,
  newest,
  PRIVACY_TEMPLATE,
  TIER_TEMPLATE,
} from './assessment-sets.ts';
import { stageOpen, wrongStatus } from './workflow-errors.ts';

export type Assessment = typeof governanceAssessments.$inferSelect;
export type Endorsement = typeof governanceEndorsements.$inferSelect;

/** One answer as a preparer sends it: the value and, for N/A, why. Reviewer comments come from reviewers. */
export interface AnswerInput {
  value: string;
  justification?: string | undefined;
}

type AnswerChanges = { [Name in AnswerSetName]?: Record<string, AnswerInput | null> | undefined };

/**
 * A draft's changes: per answer set, question id → answer, or null to clear it; with `base`, what
 * each changed question held when the officer's page showed it (null: unanswered), so that an answer
 * someone else saved since is not overwritten without a word.
 */
export type AnswersPatch = AnswerChanges & { base?: AnswerChanges | undefined };

/**
 * Starts a draft assessment of an application at a stage, on the newest edition of each template
 * (which it keeps for life). One open (draft or in review) assessment per stage: 409 otherwise.
 * Audited as `governance.assessment.start`.
 */
export async function startAssessment(
  db: Db,
  ctx: ServiceContext,
  applicationId: string,
  stage: AssessmentStage,
  templates: TemplateRegistry = shippedTemplates(),
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const application = await getApplication(tx, ctx.principal, applicationId);
    const [open] = await tx
      .select({ id: governanceAssessments.id })
      .from(governanceAssessments)
      .where(
        and(
          eq(governanceAssessments.applicationId, applicationId),
          eq(governanceAssessments.stage, stage),
          inArray(governanceAssessments.status, ['draft', 'in_review']),
        ),
      );
    if (open) throw stageOpen(stage, open.id);
    const impact = newest(templates, IMPACT_TEMPLATE);
    const [row] = await tx
      .insert(governanceAssessments)
      .values({
        id: randomUUID(),
        applicationId,
        departmentId: application.departmentId,
        stage,
        templateId: impact.id,
        templateVersion: impact.version,
        tierAnswers: emptySet(templates, TIER_TEMPLATE),
        privacyAnswers: application.personalData ? emptySet(templates, PRIVACY_TEMPLATE) : null,
        preparers: [ctx.principal.id],
        createdBy: ctx.principal.id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'governance.assessment.start',
      entityType: 'governance_assessment',
      entityId: row.id,
      departmentId: row.departmentId,
      after: { applicationId, stage, templates: templateEditions(row) },
    });
    return row;
  });
}

/** The template editions an assessment is answered on, as `id@version`. */
export function templateEditions(row: Assessment): string[] {
  return [
    `${row.templateId}@${row.templateVersion}`,
    ...[row.tierAnswers, row.privacyAnswers].flatMap((set) =>
      set ? [`${set.templateId}@${set.templateVersion}`] : [],
    ),
  ];
}

/** One assessment of the caller's department (any, for a platform admin); 404 otherwise. */
export async function getAssessment(db: Executor, principal: Principal, id: string): Promise<Assessment> {
  const [row] = await db.select().from(governanceAssessments).where(eq(governanceAssessments.id, id));
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFound('Assessment');
  return row;
}

/** Locks the assessment row for a state change (serialises concurrent endorsements), after the department check. */
export async function lockAssessment(db: Executor, principal: Principal, id: string): Promise<Assessment> {
  const [row] = await db.select().from(governanceAssessments).where(eq(governanceAssessments.id, id)).for('update');
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFound('Assessment');
  return row;
}

/** An application's assessments, by stage then oldest first (404 for another department's application). */
export async function listAssessments(db: Executor, principal: Principal, applicationId: string) {
  await getApplication(db, principal, applicationId);
  return db
    .select()
    .from(governanceAssessments)
    .where(eq(governanceAssessments.applicationId, applicationId))
    .orderBy(asc(governanceAssessments.stage), asc(governanceAssessments.createdAt));
}

/** Every endorsement and return of an assessment, every round, oldest first: returned comments are kept. */
export async function decisionsOf(db: Executor, assessmentId: string): Promise<Endorsement[]> {
  return db
    .select()
    .from(governanceEndorsements)
    .where(eq(governanceEndorsements.assessmentId, assessmentId))
    .orderBy(asc(governanceEndorsements.round), asc(governanceEndorsements.createdAt));
}

/**
 * Saves answers to a draft (partial answers are fine: completeness is checked on submit). Each set
 * is checked against the edition the assessment was made with: a question it does not have, or a
 * value the question does not take, is a 400 naming the field. A reviewer's comment on an answer is
 * kept when the preparer changes the answer. The saver becomes one of the preparers (who may not
 * endorse it). Audited as `governance.assessment.save` with the question ids changed.
 */
export async function saveAnswers(
  db: Db,
  ctx: ServiceContext,
  id: string,
  patch: AnswersPatch,
  templates: TemplateRegistry = shippedTemplates(),
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const before = await lockAssessment(tx, ctx.principal, id);
    if (before.status !== 'draft') throw wrongStatus(before.status, { en: 'changed', zhHant: '修改' }, 'draft');
    const application = await getApplication(tx, ctx.principal, before.applicationId);
    const sets = answeredSets(templates, before, application.personalData || patch.privacyAnswers !== undefined);
    const issues: LocalizedIssue[] = [];
    const next: Record<AnswerSetName, Record<string, StoredAnswer>> = {
      answers: { ...before.answers },
      tierAnswers: { ...(before.tierAnswers?.answers ?? {}) },
      privacyAnswers: { ...(before.privacyAnswers?.answers ?? {}) },
    };
    refuseOverwritingOthers(next, patch);
    const changed: string[] = [];
    for (const name of ANSWER_SETS) {
      const given = patch[name];
      if (given === undefined) continue;
      const template = sets.find((s) => s.name === name)?.set.template;
      const questions = new Map(template ? templateQuestions(template).map((q) => [q.id, q]) : []);
      for (const [questionId, input] of Object.entries(given)) {
        const field = `body.${name}.${questionId}`;
        const question = questions.get(questionId);
        if (!question) {
          const edition = template ? `${template.id}@${template.version}` : name;
          issues.push({
            field,
            code: 'unknown_question',
            message: { en: `is not a question of ${edition}`, zhHant: `不是 ${edition} 的問題` },
          });
          continue;
        }
        changed.push(`${name}.${questionId}`);
        if (input === null) {
          delete next[name][questionId];
          continue;
        }
        const answer: StoredAnswer = { value: input.value };
        if (input.justification !== undefined) answer.justification = input.justification;
        const comment = next[name][questionId]?.reviewerComment;
        if (comment !== undefined) answer.reviewerComment = comment;
        // N/A without a justification may be saved in a draft; submitting refuses it.
        const problem = answerProblem(question, answer);
        if (problem && problem.code !== 'na_needs_justification') {
          issues.push({ field: `${field}.value`, code: problem.code, message: problem.message });
          continue;
        }
        next[name][questionId] = answer;
      }
    }
    if (issues.length > 0) {
      throw new LocalizedRefusal(
        'validation_failed',
        { en: 'Some answers are not valid', zhHant: '部分答案無效' },
        issues,
      );
    }
    const withSet = (set: StoredAnswerSet | null, name: AnswerSetName, id: string): StoredAnswerSet | null =>
      set
        ? { ...set, answers: next[name] }
        : Object.keys(next[name]).length
          ? { ...emptySet(templates, id), answers: next[name] }
          : null;
    const [row] = await tx
      .update(governanceAssessments)
      .set({
        answers: next.answers,
        tierAnswers: withSet(before.tierAnswers, 'tierAnswers', TIER_TEMPLATE),
        privacyAnswers: withSet(before.privacyAnswers, 'privacyAnswers', PRIVACY_TEMPLATE),
        preparers: [...new Set([...before.preparers, ctx.principal.id])],
        updatedAt: new Date(),
      })
      .where(eq(governanceAssessments.id, id))
      .returning();
    if (!row) throw notFound('Assessment');
    await appendAudit(tx, auditContext(ctx), {
      action: 'governance.assessment.save',
      entityType: 'governance_assessment',
      entityId: id,
      departmentId: row.departmentId,
      after: { changed },
    });
    return row;
  });
}

/** Two answers alike as the form reads them: both unanswered, or the same value (and, for N/A, the same reason). */
function sameAnswer(a: AnswerInput | null | undefined, b: AnswerInput | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.value === b.value && (a.value !== 'na' || (a.justification ?? '') === (b.justification ?? ''));
}

/**
 * Refuses the questions whose stored answer changed since `patch.base` (someone else saved one)
 * to something other than this change's own: saving would overwrite theirs without a word.
 */
function refuseOverwritingOthers(stored: Record<AnswerSetName, Record<string, StoredAnswer>>, patch: AnswersPatch) {
  const issues: LocalizedIssue[] = ANSWER_SETS.flatMap((name) => {
    const base = patch.base?.[name] ?? {};
    const next = patch[name] ?? {};
    const asked = Object.keys(next).filter((questionId) => questionId in base);
    return changedMeanwhile(asked, { base, stored: stored[name], next }, sameAnswer).map((questionId) =>
      changedMeanwhileIssueIn(`body.${name}.${questionId}`),
    );
  });
  if (issues.length > 0)
    throw new LocalizedRefusal(
      'conflict',
      {
        en: 'Someone else saved answers to the same questions after you opened the assessment: nothing was saved',
        zhHant: '你開啟評估後，其他人已儲存相同問題的答案：未有儲存任何內容',
      },
      issues,
    );
}

/** The newest assessment of each stage of an application, oldest stage first. */
export async function latestPerStage(db: Executor, applicationId: string): Promise<Assessment[]> {
  return db
    .selectDistinctOn([governanceAssessments.stage])
    .from(governanceAssessments)
    .where(eq(governanceAssessments.applicationId, applicationId))
    .orderBy(governanceAssessments.stage, desc(governanceAssessments.createdAt));
}
