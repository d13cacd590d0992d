import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type Principal, type ServiceContext } from '../../access/index.ts';
import { type Actor, appendAudit } from '../../audit/index.ts';
import { AppError, notFound } from '../../core/index.ts';
import { type BotView, getBot } from '../../chat/index.ts';
import { enqueueJob, type Job } from '../../jobs/index.ts';
import { type Db, evaluationItems, evaluationRuns, type Executor } from '../../store/index.ts';
import { requiredSuites } from './required-suites.ts';
import type { Suite } from './suite.ts';
import { suiteCatalogue } from './suite-catalogue.ts';

export type EvaluationRun = typeof evaluationRuns.$inferSelect;
export type EvaluationItem = typeof evaluationItems.$inferSelect;

/** The job kind that runs one evaluation run. */
export const EVALUATION_JOB = 'evaluation.run';

/** What the queued job carries: the run, and who the bot's answer path sees asking. */
export interface EvaluationJobPayload {
  runId: string;
  actor: Actor;
}

/**
 * Queues a run of `suiteId` against the bot's latest version, with its job, audited. Another
 * department's bot is a 404; an unknown suite a 400 naming `body.suiteId`.
 *
 * @example const { run, job } = await startEvaluation(db, ctx, { botId: 'demo-1823', suiteId: 'golden-qa' });
 */
export async function startEvaluation(
  db: Db,
  ctx: ServiceContext,
  input: { botId: string; suiteId: string },
): Promise<{ run: EvaluationRun; job: Job }> {
  const suite = suiteCatalogue().get(input.suiteId);
  if (!suite) {
    throw new AppError(
      'validation_failed',
      { en: `Unknown suite "${input.suiteId}"`, zhHant: `沒有「${input.suiteId}」這套評測` },
      [
        {
          field: 'body.suiteId',
          code: 'invalid_value',
          message: {
            en: `must be one of ${suiteCatalogue().ids().join(', ')}`,
            zhHant: `須為以下其中之一：${suiteCatalogue().ids().join('、')}`,
          },
        },
      ],
    );
  }
  const view = await getBot(db, ctx.principal, input.botId);
  return db.transaction(async (tx) => {
    const queued = await queueRun(tx, view, suite, { trigger: 'on_demand', actor: ctx.principal });
    await appendAudit(tx, auditContext(ctx), {
      action: 'evaluation.start',
      entityType: 'evaluation_run',
      entityId: queued.run.id,
      departmentId: view.bot.departmentId,
      after: { botId: view.bot.id, botVersion: view.latest.version, suiteId: suite.id, suiteVersion: suite.version },
    });
    return queued;
  });
}

/** Inserts the queued run and its job (inside the caller's transaction). */
export async function queueRun(
  tx: Executor,
  view: BotView,
  suite: Suite,
  by: { trigger: 'on_demand' | 'schedule'; actor: Actor },
): Promise<{ run: EvaluationRun; job: Job }> {
  const id = randomUUID();
  const job = await enqueueJob(tx, {
    kind: EVALUATION_JOB,
    departmentId: view.bot.departmentId,
    payload: { runId: id, actor: { id: by.actor.id, roles: by.actor.roles, departmentId: by.actor.departmentId } },
    createdBy: by.actor.id,
    // A run that failed part-way is reported as an error, not silently repeated.
    maxAttempts: 1,
  });
  const [run] = await tx
    .insert(evaluationRuns)
    .values({
      id,
      departmentId: view.bot.departmentId,
      botId: view.bot.id,
      botVersion: view.latest.version,
      suiteId: suite.id,
      suiteVersion: suite.version,
      status: 'queued',
      passThreshold: suite.passThreshold,
      jobId: job.id,
      trigger: by.trigger,
      triggeredBy: by.actor.id,
    })
    .returning();
  if (!run) throw new Error('insert returned no row');
  return { run, job };
}

/** A run with its items, if the principal may see its department; otherwise a 404. */
export async function getEvaluationRun(
  db: Executor,
  principal: Principal,
  runId: string,
): Promise<{ run: EvaluationRun; items: EvaluationItem[] }> {
  const [run] = await db.select().from(evaluationRuns).where(eq(evaluationRuns.id, runId));
  if (!run || !canSeeDepartment(principal, run.departmentId)) throw notFound('Evaluation run');
  const items = await db
    .select()
    .from(evaluationItems)
    .where(eq(evaluationItems.runId, runId))
    .orderBy(asc(evaluationItems.ordinal));
  return { run, items };
}

/** A bot's runs, newest first (optionally of one suite): its evaluation history. */
export async function listEvaluationRuns(
  db: Executor,
  principal: Principal,
  botId: string,
  filter: { suiteId?: string | undefined; limit?: number } = {},
): Promise<EvaluationRun[]> {
  await getBot(db, principal, botId);
  return db
    .select()
    .from(evaluationRuns)
    .where(
      and(eq(evaluationRuns.botId, botId), filter.suiteId ? eq(evaluationRuns.suiteId, filter.suiteId) : undefined),
    )
    .orderBy(desc(evaluationRuns.createdAt))
    .limit(filter.limit ?? 100);
}

/** What the go-live gate reads of one required suite: its latest finished run, if any. */
export interface SuiteResult {
  suiteId: string;
  /** The latest passed or failed run (an `error` run is no result); null: never finished. */
  latest: {
    runId: string;
    passed: boolean;
    score: number;
    grade: string | null;
    botVersion: number;
    suiteVersion: number;
    finishedAt: Date;
  } | null;
}

/**
 * Per required suite, the bot's latest finished run: for the go-live gate, which also judges
 * whether it is recent enough (`REQUIRED_SUITES.maxAgeDays`) and of the version being published.
 * No permission check: the gate runs inside services that have checked the caller.
 *
 * @example await latestEvaluationResults(db, 'demo-1823') // [{ suiteId: 'golden-qa', latest: { passed: true, ... } }, ...]
 */
export async function latestEvaluationResults(
  db: Executor,
  botId: string,
  suiteIds: readonly string[] = requiredSuites({ publicFacing: true }),
): Promise<SuiteResult[]> {
  if (!suiteIds.length) return [];
  const rows = await db
    .select()
    .from(evaluationRuns)
    .where(
      and(
        eq(evaluationRuns.botId, botId),
        inArray(evaluationRuns.suiteId, [...suiteIds]),
        inArray(evaluationRuns.status, ['passed', 'failed']),
      ),
    )
    .orderBy(desc(evaluationRuns.finishedAt));
  return suiteIds.map((suiteId) => {
    const run = rows.find((r) => r.suiteId === suiteId);
    return {
      suiteId,
      latest:
        run?.finishedAt && run.score !== null
          ? {
              runId: run.id,
              passed: run.status === 'passed',
              score: run.score,
              grade: run.grade,
              botVersion: run.botVersion,
              suiteVersion: run.suiteVersion,
              finishedAt: run.finishedAt,
            }
          : null,
    };
  });
}
