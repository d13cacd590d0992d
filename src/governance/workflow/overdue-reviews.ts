import { and, desc, eq, inArray } from 'drizzle-orm';
import { isPlatformAdmin, type Principal, type ServiceContext } from '../../access/index.ts';
import {
  aiApplications,
  type Db,
  type Executor,
  governanceAssessments,
  governanceSettings,
} from '../../store/index.ts';
import { setApplicationStatus } from '../registry/index.ts';
import { markReassessmentDue } from './reassessment.ts';
import { nextReviewDue } from './review-schedule.ts';

/** A live application past its periodic review. */
export interface OverdueApplication {
  applicationId: string;
  departmentId: string;
  nameEn: string;
  nameZhHant: string;
  /** When its latest stage completed; null: it went live without any completed assessment. */
  lastCompletedAt: Date | null;
  /** When the periodic review fell due; null when it was never assessed. */
  nextReviewDue: Date | null;
}

/**
 * When each application's next periodic review is due, from its latest completed stage (null: no
 * stage completed yet). Optionally narrowed to some applications.
 */
export async function reviewDates(
  db: Executor,
  applicationIds?: readonly string[],
): Promise<Map<string, { completedAt: Date; nextReviewDue: Date }>> {
  if (applicationIds?.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([governanceAssessments.applicationId], {
      applicationId: governanceAssessments.applicationId,
      completedAt: governanceAssessments.completedAt,
      derivation: governanceAssessments.derivation,
    })
    .from(governanceAssessments)
    .where(
      and(
        eq(governanceAssessments.status, 'complete'),
        applicationIds === undefined ? undefined : inArray(governanceAssessments.applicationId, [...applicationIds]),
      ),
    )
    .orderBy(governanceAssessments.applicationId, desc(governanceAssessments.completedAt));
  const dates = new Map<string, { completedAt: Date; nextReviewDue: Date }>();
  for (const row of rows) {
    if (!row.completedAt || !row.derivation) continue;
    dates.set(row.applicationId, {
      completedAt: row.completedAt,
      nextReviewDue: nextReviewDue(row.completedAt, row.derivation),
    });
  }
  return dates;
}

/**
 * Live applications whose periodic review is overdue at `now` (or that went live never assessed),
 * in the caller's department (a platform admin, or the platform itself with `null`: every one).
 */
export async function overdueApplications(
  db: Executor,
  principal: Principal | null,
  now = new Date(),
): Promise<OverdueApplication[]> {
  const scope =
    principal === null || isPlatformAdmin(principal)
      ? eq(aiApplications.status, 'live')
      : and(eq(aiApplications.status, 'live'), eq(aiApplications.departmentId, principal.departmentId ?? ''));
  const live = await db.select().from(aiApplications).where(scope);
  const dates = await reviewDates(
    db,
    live.map((application) => application.id),
  );
  return live.flatMap((application): OverdueApplication[] => {
    const review = dates.get(application.id);
    if (review && review.nextReviewDue.getTime() > now.getTime()) return [];
    return [
      {
        applicationId: application.id,
        departmentId: application.departmentId,
        nameEn: application.nameEn,
        nameZhHant: application.nameZhHant,
        lastCompletedAt: review?.completedAt ?? null,
        nextReviewDue: review?.nextReviewDue ?? null,
      },
    ];
  });
}

/** Whether a department suspends overdue live applications (its governance setting; default off). */
export async function suspendsOverdue(db: Executor, departmentId: string): Promise<boolean> {
  const [row] = await db
    .select({ suspend: governanceSettings.suspendOverdue })
    .from(governanceSettings)
    .where(eq(governanceSettings.departmentId, departmentId));
  return row?.suspend ?? false;
}

/**
 * The periodic-review sweep: every overdue live application is flagged for re-assessment (once per
 * due date), and suspended where its department's policy says so. `ctx` acts platform-wide.
 */
export async function sweepOverdueReviews(
  db: Db,
  ctx: ServiceContext,
  now = new Date(),
): Promise<{ flagged: string[]; suspended: string[] }> {
  const flagged: string[] = [];
  const suspended: string[] = [];
  for (const overdue of await overdueApplications(db, null, now)) {
    const dueAt = overdue.nextReviewDue?.toISOString() ?? null;
    const { created } = await markReassessmentDue(db, ctx, overdue.applicationId, {
      kind: 'schedule',
      reason: dueAt
        ? `The periodic review fell due on ${dueAt.slice(0, 10)}`
        : 'The application is live without a completed assessment',
      detail: { dueAt },
    });
    if (created) flagged.push(overdue.applicationId);
    if (await suspendsOverdue(db, overdue.departmentId)) {
      await setApplicationStatus(db, ctx, overdue.applicationId, 'suspended');
      suspended.push(overdue.applicationId);
    }
  }
  return { flagged, suspended };
}
