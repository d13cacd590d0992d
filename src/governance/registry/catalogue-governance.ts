import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import {
  type AssessmentStage,
  type AssessmentStatus,
  type Executor,
  evaluationRuns,
  governanceAssessments,
  governanceEndorsements,
  type StoredDerivation,
  users,
} from '../../store/index.ts';
import type { CatalogueEntry } from './catalogue-entry.ts';

/**
 * Where an application stands in its governance, as the catalogue lists it beside the entry: its
 * latest submitted assessment (what it derived, and when), who endorsed that assessment's current
 * round, and its bot's latest finished evaluation run.
 */
export interface CatalogueGovernance {
  assessment: {
    stage: AssessmentStage;
    status: AssessmentStatus;
    impact: StoredDerivation['impact'];
    tier: StoredDerivation['tier'];
    oversight: StoredDerivation['oversight'];
    /** When it completed; still in review: when it was submitted. */
    assessedAt: Date;
  } | null;
  endorsedBy: { displayName: string; capacity: string; at: Date }[];
  evaluation: {
    suiteId: string;
    status: 'passed' | 'failed';
    score: number;
    grade: string | null;
    finishedAt: Date;
  } | null;
}

const NONE: CatalogueGovernance = { assessment: null, endorsedBy: [], evaluation: null };

/**
 * The governance summary of each listed entry, keyed by application id: three queries for the
 * whole list (latest assessments, their endorsements, latest evaluation runs), never one per entry.
 *
 * @example const summaries = await catalogueGovernance(db, hits.map((h) => h.entry)); summaries.get(id)?.assessment?.tier
 */
export async function catalogueGovernance(
  db: Executor,
  entries: readonly Pick<CatalogueEntry, 'id' | 'botId'>[],
): Promise<Map<string, CatalogueGovernance>> {
  const summaries = new Map(entries.map((e) => [e.id, { ...NONE, endorsedBy: [] } as CatalogueGovernance]));
  if (!entries.length) return summaries;
  const assessedAt = sql<Date>`coalesce(${governanceAssessments.completedAt}, ${governanceAssessments.submittedAt})`;
  const assessments = await db
    .selectDistinctOn([governanceAssessments.applicationId], {
      id: governanceAssessments.id,
      applicationId: governanceAssessments.applicationId,
      stage: governanceAssessments.stage,
      status: governanceAssessments.status,
      round: governanceAssessments.round,
      derivation: governanceAssessments.derivation,
      completedAt: governanceAssessments.completedAt,
      submittedAt: governanceAssessments.submittedAt,
    })
    .from(governanceAssessments)
    .where(
      and(
        inArray(
          governanceAssessments.applicationId,
          entries.map((e) => e.id),
        ),
        // Submitted at least once: a draft has derived nothing yet.
        isNotNull(governanceAssessments.derivation),
        isNotNull(assessedAt),
      ),
    )
    .orderBy(governanceAssessments.applicationId, desc(assessedAt));
  const endorsements = assessments.length
    ? await db
        .select({
          assessmentId: governanceEndorsements.assessmentId,
          round: governanceEndorsements.round,
          capacity: governanceEndorsements.capacity,
          at: governanceEndorsements.createdAt,
          displayName: users.displayName,
        })
        .from(governanceEndorsements)
        .innerJoin(users, eq(users.id, governanceEndorsements.userId))
        .where(
          and(
            inArray(
              governanceEndorsements.assessmentId,
              assessments.map((a) => a.id),
            ),
            eq(governanceEndorsements.decision, 'endorse'),
          ),
        )
        .orderBy(governanceEndorsements.createdAt)
    : [];
  for (const a of assessments) {
    const summary = summaries.get(a.applicationId);
    const at = a.completedAt ?? a.submittedAt;
    if (!summary || !a.derivation || !at) continue;
    const { impact, tier, oversight } = a.derivation;
    summary.assessment = { stage: a.stage, status: a.status, impact, tier, oversight, assessedAt: at };
    summary.endorsedBy = endorsements
      .filter((e) => e.assessmentId === a.id && e.round === a.round)
      .map(({ displayName, capacity, at }) => ({ displayName, capacity, at }));
  }
  const byBot = new Map(entries.flatMap((e) => (e.botId ? [[e.botId, e.id] as const] : [])));
  if (byBot.size) {
    const runs = await db
      .selectDistinctOn([evaluationRuns.botId], {
        botId: evaluationRuns.botId,
        suiteId: evaluationRuns.suiteId,
        status: evaluationRuns.status,
        score: evaluationRuns.score,
        grade: evaluationRuns.grade,
        finishedAt: evaluationRuns.finishedAt,
      })
      .from(evaluationRuns)
      .where(
        and(
          inArray(evaluationRuns.botId, [...byBot.keys()]),
          inArray(evaluationRuns.status, ['passed', 'failed']),
          isNotNull(evaluationRuns.finishedAt),
        ),
      )
      .orderBy(evaluationRuns.botId, desc(evaluationRuns.finishedAt));
    for (const run of runs) {
      const summary = summaries.get(byBot.get(run.botId) ?? '');
      if (!summary || !run.finishedAt || run.score === null) continue;
      const status = run.status === 'passed' ? 'passed' : 'failed';
      summary.evaluation = {
        suiteId: run.suiteId,
        status,
        score: run.score,
        grade: run.grade,
        finishedAt: run.finishedAt,
      };
    }
  }
  return summaries;
}
