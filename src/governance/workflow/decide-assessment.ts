import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { auditContext, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notFound } from '../../core/index.ts';
import { aiApplications, type Db, governanceAssessments, governanceEndorsements } from '../../store/index.ts';
import { type AnswerSetName, LocalizedRefusal } from './assessment-sets.ts';
import { type Assessment, lockAssessment } from './assessments.ts';
import { decideCapacity, type EndorserCapacity, missingCapacities, requiredCapacities } from './endorsement-rules.ts';
import { latestModelIdentity } from './model-identity.ts';
import { resolveReassessments } from './reassessment.ts';
import { refusalError, wrongStatus } from './workflow-errors.ts';

/** A reviewer's comment on one answer: kept on the answer, through returns and resubmissions. */
export interface AnswerComment {
  set?: AnswerSetName | undefined;
  questionId: string;
  comment: string;
}

/** An endorsement, or a return with comments (a return needs a comment). */
export interface Decision {
  decision: 'endorse' | 'return';
  /** The capacity acted in; may be left out when the caller holds exactly one that is still open. */
  capacity?: EndorserCapacity | undefined;
  comment?: string | undefined;
  answerComments?: readonly AnswerComment[] | undefined;
}

/**
 * Endorses an assessment in review, or returns it to draft with comments, in one capacity —
 * project owner (the application's owner), assurance reviewer or IT board / CIO. Nobody acts on an
 * assessment they prepared or submitted; one person gives one capacity per round; the IT board /
 * CIO is needed only for high impact or a high tier. A return ends the round (its comments are
 * kept); the last required endorsement completes the stage, records the model identity the bot's
 * provider last reported, and closes the application's open re-assessment flags. Audited as
 * `governance.assessment.endorse` or `governance.assessment.return` (one entry).
 */
export async function decideAssessment(
  db: Db,
  ctx: ServiceContext,
  id: string,
  decision: Decision,
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const before = await lockAssessment(tx, ctx.principal, id);
    const verb =
      decision.decision === 'endorse' ? { en: 'endorsed', zhHant: '背書' } : { en: 'returned', zhHant: '退回' };
    if (before.status !== 'in_review' || !before.derivation) throw wrongStatus(before.status, verb, 'in_review');
    const [application] = await tx.select().from(aiApplications).where(eq(aiApplications.id, before.applicationId));
    if (!application) throw notFound('Application');
    const required = requiredCapacities(before.derivation);
    const given = await tx
      .select()
      .from(governanceEndorsements)
      .where(and(eq(governanceEndorsements.assessmentId, id), eq(governanceEndorsements.round, before.round)));
    const decided = decideCapacity({
      endorser: ctx.principal,
      ownerId: application.ownerId ?? '',
      preparers: before.preparers,
      required,
      given,
      asked: decision.capacity,
    });
    if (!decided.ok) throw refusalError(decided.refusal);
    if (decision.decision === 'return' && !decision.comment) {
      throw new LocalizedRefusal(
        'validation_failed',
        { en: 'A return says why: write a comment', zhHant: '退回須說明原因：請填寫意見' },
        [
          {
            field: 'body.comment',
            code: 'required',
            message: { en: 'is required to return', zhHant: '退回時必須填寫' },
          },
        ],
      );
    }
    const answers = commented(before, decision.answerComments ?? []);
    const now = new Date();
    await tx.insert(governanceEndorsements).values({
      id: randomUUID(),
      assessmentId: id,
      departmentId: before.departmentId,
      round: before.round,
      userId: ctx.principal.id,
      capacity: decided.capacity,
      decision: decision.decision,
      comment: decision.comment ?? null,
    });
    const endorsed = [
      ...given.filter((g) => g.decision === 'endorse').map((g) => g.capacity),
      ...(decision.decision === 'endorse' ? [decided.capacity] : []),
    ];
    const missing = missingCapacities(required, endorsed);
    const status = decision.decision === 'return' ? 'draft' : missing.length === 0 ? 'complete' : 'in_review';
    const identity =
      status === 'complete' && application.botId ? await latestModelIdentity(tx, application.botId, now) : null;
    const [row] = await tx
      .update(governanceAssessments)
      .set({
        ...answers,
        status,
        ...(status === 'complete' ? { completedAt: now, assessedModels: identity ? [identity] : [] } : {}),
        updatedAt: now,
      })
      .where(eq(governanceAssessments.id, id))
      .returning();
    if (!row) throw notFound('Assessment');
    const resolved = status === 'complete' ? await resolveReassessments(tx, application.id, id, now) : [];
    await appendAudit(tx, auditContext(ctx), {
      action: `governance.assessment.${decision.decision}`,
      entityType: 'governance_assessment',
      entityId: id,
      departmentId: row.departmentId,
      before: { status: before.status },
      after: {
        status,
        round: row.round,
        capacity: decided.capacity,
        comment: decision.comment ?? null,
        answerComments: (decision.answerComments ?? []).map((c) => `${c.set ?? 'answers'}.${c.questionId}`),
        missingEndorsements: decision.decision === 'endorse' ? missing : required,
        ...(resolved.length > 0 ? { reassessmentsResolved: resolved.map((r) => r.id) } : {}),
      },
    });
    return row;
  });
}

/** The answer sets with the reviewer's comments written onto the answers (400 for a question not answered). */
function commented(
  row: Assessment,
  comments: readonly AnswerComment[],
): Pick<Assessment, 'answers' | 'tierAnswers' | 'privacyAnswers'> {
  const answers = structuredClone(row.answers);
  const tierAnswers = row.tierAnswers ? structuredClone(row.tierAnswers) : null;
  const privacyAnswers = row.privacyAnswers ? structuredClone(row.privacyAnswers) : null;
  const sets = { answers, tierAnswers: tierAnswers?.answers, privacyAnswers: privacyAnswers?.answers };
  const issues = comments.flatMap((c, i) => {
    const answer = sets[c.set ?? 'answers']?.[c.questionId];
    if (!answer) {
      return [
        {
          field: `body.answerComments.${i}.questionId`,
          code: 'unanswered',
          message: { en: `${c.questionId} has no answer to comment on`, zhHant: `${c.questionId} 沒有可評論的答案` },
        },
      ];
    }
    answer.reviewerComment = c.comment;
    return [];
  });
  if (issues.length > 0) {
    throw new LocalizedRefusal(
      'validation_failed',
      { en: 'A comment names a question without an answer', zhHant: '有意見所指的問題尚未作答' },
      issues,
    );
  }
  return { answers, tierAnswers, privacyAnswers };
}
