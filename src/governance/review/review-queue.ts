import { asc, eq, inArray } from 'drizzle-orm';
import { canSeeDepartment, type Principal } from '../../access/index.ts';
import {
  type AssessmentStage,
  aiApplications,
  type Executor,
  governanceAssessments,
  governanceEndorsements,
} from '../../store/index.ts';
import { capacitiesOf, type EndorserCapacity, requiredCapacities } from '../workflow/index.ts';

/** One assessment waiting for the caller: what a reviewer's queue lists. */
export interface QueuedReview {
  assessmentId: string;
  applicationId: string;
  departmentId: string;
  name: { en: string; zhHant: string };
  stage: AssessmentStage;
  round: number;
  submittedAt: Date | null;
  /** The required capacities still open that the caller holds (more than one: they choose). */
  capacities: EndorserCapacity[];
}

/**
 * The assessments in review, in the departments the caller sees, that still need an endorsement
 * in a capacity the caller holds — leaving out the ones they prepared or submitted (nobody endorses
 * their own work) and the ones they already decided in this round. Oldest submission first.
 *
 * @example (await reviewQueue(db, reviewer))[0]?.capacities // ['assurance_reviewer']
 */
export async function reviewQueue(db: Executor, principal: Principal): Promise<QueuedReview[]> {
  const rows = await db
    .select({ assessment: governanceAssessments, application: aiApplications })
    .from(governanceAssessments)
    .innerJoin(aiApplications, eq(aiApplications.id, governanceAssessments.applicationId))
    .where(eq(governanceAssessments.status, 'in_review'))
    .orderBy(asc(governanceAssessments.submittedAt));
  const visible = rows.filter(({ assessment }) => canSeeDepartment(principal, assessment.departmentId));
  if (visible.length === 0) return [];
  const decisions = await db
    .select()
    .from(governanceEndorsements)
    .where(
      inArray(
        governanceEndorsements.assessmentId,
        visible.map(({ assessment }) => assessment.id),
      ),
    );
  return visible.flatMap(({ assessment, application }) => {
    if (!assessment.derivation || assessment.preparers.includes(principal.id)) return [];
    const round = decisions.filter((d) => d.assessmentId === assessment.id && d.round === assessment.round);
    if (round.some((d) => d.userId === principal.id)) return [];
    const given = new Set(round.filter((d) => d.decision === 'endorse').map((d) => d.capacity));
    const required = requiredCapacities(assessment.derivation);
    const capacities = capacitiesOf(principal, application.ownerId ?? '').filter(
      (capacity) => required.includes(capacity) && !given.has(capacity),
    );
    if (capacities.length === 0) return [];
    return [
      {
        assessmentId: assessment.id,
        applicationId: application.id,
        departmentId: assessment.departmentId,
        name: { en: application.nameEn, zhHant: application.nameZhHant },
        stage: assessment.stage,
        round: assessment.round,
        submittedAt: assessment.submittedAt,
        capacities,
      },
    ];
  });
}
