import { and, asc, eq } from 'drizzle-orm';
import {
  type AssessmentStage,
  aiApplications,
  ASSESSMENT_STAGES,
  type AssessmentStatus,
  type Executor,
  governanceEndorsements,
  type StoredDerivation,
} from '../../store/index.ts';
import { assessmentProblems, shippedTemplates, type TemplateRegistry } from '../assessment/index.ts';
import { type AssessmentProblem, edition, problemsOf } from './assessment-sets.ts';
import { type Assessment, latestPerStage } from './assessments.ts';
import { type EndorserCapacity, missingCapacities, requiredCapacities } from './endorsement-rules.ts';
import { openReassessments, type Reassessment } from './reassessment.ts';
import { reviewDates } from './overdue-reviews.ts';

/** The question of the impact assessment that records the go / no-go decision. */
export const GO_NO_GO_QUESTION = 'Q58';

/** One stage's latest assessment, as the go-live gate and the console read it. */
export interface StageStatus {
  assessmentId: string;
  stage: AssessmentStage;
  status: AssessmentStatus;
  templateId: string;
  templateVersion: string;
  round: number;
  /** Stored on submit; null for a draft never submitted. */
  derivation: StoredDerivation | null;
  /** What keeps it from submission (empty once complete, unless its answers were changed by hand). */
  problems: AssessmentProblem[];
  /** Endorsements given in the current round. */
  endorsements: { capacity: EndorserCapacity; userId: string; at: Date }[];
  /** Capacities the stage needs (null until a derivation says whether the IT board / CIO is needed). */
  requiredEndorsements: EndorserCapacity[] | null;
  missingEndorsements: EndorserCapacity[] | null;
  /** Whether the PCPD checklist is required (personal data used) and answered completely. */
  privacyChecklist: { required: boolean; complete: boolean };
  /** Q58's answer: go, no_go or escalate; null when unanswered. */
  goNoGo: string | null;
  completedAt: Date | null;
}

export interface ApplicationAssessmentStatus {
  applicationId: string;
  stages: Record<AssessmentStage, StageStatus | null>;
  /** Open re-assessment flags, newest first. */
  reassessmentDue: Reassessment[];
  /** When the periodic review falls due (null: no stage completed yet). */
  nextReviewDue: Date | null;
}

/**
 * What the go-live gate reads: each stage's latest assessment with its status, derivation,
 * problems, endorsements present and required, whether the privacy checklist is complete, and the
 * go / no-go answer; plus the open re-assessment flags and the next periodic review. No department
 * check: the caller has made it.
 *
 * @example (await assessmentStatusForApplication(db, appId)).stages.deployment?.missingEndorsements // []
 */
export async function assessmentStatusForApplication(
  db: Executor,
  applicationId: string,
  templates: TemplateRegistry = shippedTemplates(),
): Promise<ApplicationAssessmentStatus> {
  const [application] = await db
    .select({ personalData: aiApplications.personalData })
    .from(aiApplications)
    .where(eq(aiApplications.id, applicationId));
  const personalData = application?.personalData ?? false;
  const stages = Object.fromEntries(ASSESSMENT_STAGES.map((stage) => [stage, null])) as Record<
    AssessmentStage,
    StageStatus | null
  >;
  for (const row of await latestPerStage(db, applicationId)) {
    stages[row.stage] = await stageStatus(db, templates, row, personalData);
  }
  const review = (await reviewDates(db, [applicationId])).get(applicationId);
  return {
    applicationId,
    stages,
    reassessmentDue: await openReassessments(db, applicationId),
    nextReviewDue: review?.nextReviewDue ?? null,
  };
}

/** One assessment's status (see {@link StageStatus}). */
export async function stageStatus(
  db: Executor,
  templates: TemplateRegistry,
  row: Assessment,
  personalData: boolean,
): Promise<StageStatus> {
  const endorsements = (
    await db
      .select()
      .from(governanceEndorsements)
      .where(
        and(
          eq(governanceEndorsements.assessmentId, row.id),
          eq(governanceEndorsements.round, row.round),
          eq(governanceEndorsements.decision, 'endorse'),
        ),
      )
      .orderBy(asc(governanceEndorsements.createdAt), asc(governanceEndorsements.id))
  ).map((e) => ({ capacity: e.capacity, userId: e.userId, at: e.createdAt }));
  const required = row.derivation ? requiredCapacities(row.derivation) : null;
  const privacy = row.privacyAnswers;
  const privacyComplete =
    !personalData ||
    (privacy !== null &&
      assessmentProblems(edition(templates, privacy.templateId, privacy.templateVersion), null, privacy.answers)
        .length === 0);
  return {
    assessmentId: row.id,
    stage: row.stage,
    status: row.status,
    templateId: row.templateId,
    templateVersion: row.templateVersion,
    round: row.round,
    derivation: row.derivation,
    problems: problemsOf(templates, row, personalData),
    endorsements,
    requiredEndorsements: required,
    missingEndorsements: required
      ? missingCapacities(
          required,
          endorsements.map((e) => e.capacity),
        )
      : null,
    privacyChecklist: { required: personalData, complete: privacyComplete },
    goNoGo: row.answers[GO_NO_GO_QUESTION]?.value ?? null,
    completedAt: row.completedAt,
  };
}
