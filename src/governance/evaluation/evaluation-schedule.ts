import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { auditContext, type ServiceContext } from '../../access/index.ts';
import { appendAudit, SYSTEM_ACTOR } from '../../audit/index.ts';
import { getBot, loadBot } from '../../chat/index.ts';
import { botEvaluationSettings, type Db, evaluationRuns } from '../../store/index.ts';
import { queueRun } from './evaluation-runs.ts';
import { requiredSuites } from './required-suites.ts';
import { suiteCatalogue } from './suite-catalogue.ts';

export type EvaluationSettings = typeof botEvaluationSettings.$inferSelect;

/**
 * Sets how often the bot's required suites run on their own (null: on demand only), audited.
 *
 * @example await setEvaluationSchedule(db, ctx, 'demo-1823', 24 * 7)
 */
export async function setEvaluationSchedule(
  db: Db,
  ctx: ServiceContext,
  botId: string,
  intervalHours: number | null,
): Promise<EvaluationSettings> {
  const view = await getBot(db, ctx.principal, botId);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(botEvaluationSettings).where(eq(botEvaluationSettings.botId, botId));
    const values = { botId, departmentId: view.bot.departmentId, intervalHours, updatedBy: ctx.principal.id };
    const [row] = await tx
      .insert(botEvaluationSettings)
      .values(values)
      .onConflictDoUpdate({ target: botEvaluationSettings.botId, set: { ...values, updatedAt: new Date() } })
      .returning();
    if (!row) throw new Error('upsert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'evaluation.schedule',
      entityType: 'bot',
      entityId: botId,
      departmentId: view.bot.departmentId,
      before: before ? { intervalHours: before.intervalHours } : null,
      after: { intervalHours },
    });
    return row;
  });
}

/** A bot's schedule, or null when it has none. */
export async function getEvaluationSchedule(db: Db, botId: string): Promise<EvaluationSettings | null> {
  const [row] = await db.select().from(botEvaluationSettings).where(eq(botEvaluationSettings.botId, botId));
  return row ?? null;
}

/**
 * Queues, for every scheduled bot, each required suite whose last run started more than the bot's
 * interval ago (or never ran). Returns how many runs it queued. Safe on several nodes at once only
 * up to a duplicate run, which is harmless: both are results.
 */
export async function sweepDueEvaluations(db: Db, now: Date = new Date()): Promise<number> {
  const scheduled = await db.select().from(botEvaluationSettings).where(isNotNull(botEvaluationSettings.intervalHours));
  let queued = 0;
  for (const setting of scheduled) {
    const view = await loadBot(db, setting.botId);
    if (!view || setting.intervalHours === null) continue;
    const due = now.getTime() - setting.intervalHours * 3_600_000;
    for (const suiteId of requiredSuites({ publicFacing: true })) {
      const suite = suiteCatalogue().get(suiteId);
      if (!suite) continue;
      const [last] = await db
        .select({ createdAt: evaluationRuns.createdAt })
        .from(evaluationRuns)
        .where(and(eq(evaluationRuns.botId, setting.botId), eq(evaluationRuns.suiteId, suiteId)))
        .orderBy(desc(evaluationRuns.createdAt))
        .limit(1);
      if (last && last.createdAt.getTime() > due) continue;
      await db.transaction(async (tx) => {
        const { run } = await queueRun(tx, view, suite, { trigger: 'schedule', actor: SYSTEM_ACTOR });
        await appendAudit(
          tx,
          { actor: SYSTEM_ACTOR, requestId: 'evaluation-schedule' },
          {
            action: 'evaluation.start',
            entityType: 'evaluation_run',
            entityId: run.id,
            departmentId: view.bot.departmentId,
            after: { botId: view.bot.id, suiteId, trigger: 'schedule' },
          },
        );
      });
      queued += 1;
    }
  }
  return queued;
}

/** Sweeps for due runs now and then every `intervalMs` (the job worker runs what it queues). */
export function startEvaluationSchedule(
  db: Db,
  onError: (error: unknown) => void,
  intervalMs = 600_000,
): { stop(): void } {
  const run = () => void sweepDueEvaluations(db).catch(onError);
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
