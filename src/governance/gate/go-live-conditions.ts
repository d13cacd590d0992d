import { asc, eq } from 'drizzle-orm';
import { canSeeDepartment, type Principal } from '../../access/index.ts';
import { notFound } from '../../core/index.ts';
import { aiApplications, botVersions, bots, type Executor } from '../../store/index.ts';
import { shippedTemplates, type TemplateRegistry } from '../assessment/index.ts';
import { latestEvaluationResults, REQUIRED_SUITES, requiredSuites, suiteName } from '../evaluation/index.ts';
import { suspendingIncidents } from '../incidents/index.ts';
import type { AiApplication } from '../registry/index.ts';
import { assessmentStatusForApplication, latestPerStage } from '../workflow/index.ts';
import type { GoLiveStatus } from './go-live-condition.ts';
import { type GoLiveFacts, judgeGoLive } from './judge-go-live.ts';
import { significantChanges } from './significant-settings.ts';

export interface GoLiveOptions {
  /** When given, an application or bot of a department the principal cannot see is a 404. */
  principal?: Principal | undefined;
  purpose?: GoLiveFacts['purpose'];
  now?: Date;
  templates?: TemplateRegistry;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an application (by its id) or a LionRock bot (by its bot id) may go live, condition by
 * condition, each with what was found and what to do, in English and Traditional Chinese. A bot is
 * judged on its latest version: the one a publication would publish. Unknown ids are a 404.
 *
 * @example const { ready, conditions } = await goLiveConditions(db, 'demo-1823');
 */
export async function goLiveConditions(
  db: Executor,
  applicationOrBotId: string,
  options: GoLiveOptions = {},
): Promise<GoLiveStatus> {
  const { application, botId } = await resolve(db, applicationOrBotId, options.principal);
  return judge(db, application, botId, options);
}

/** The gate for one application already read (the registry's go-live hook). */
export async function goLiveConditionsOf(
  db: Executor,
  application: AiApplication,
  options: GoLiveOptions = {},
): Promise<GoLiveStatus> {
  return judge(db, application, application.botId, options);
}

async function resolve(
  db: Executor,
  id: string,
  principal: Principal | undefined,
): Promise<{ application: AiApplication | null; botId: string | null }> {
  const visible = (departmentId: string) => !principal || canSeeDepartment(principal, departmentId);
  if (UUID.test(id)) {
    const [application] = await db.select().from(aiApplications).where(eq(aiApplications.id, id));
    if (application && visible(application.departmentId)) return { application, botId: application.botId };
  }
  const [bot] = await db.select({ id: bots.id, departmentId: bots.departmentId }).from(bots).where(eq(bots.id, id));
  if (!bot || !visible(bot.departmentId)) throw notFound('Application or bot');
  const [application] = await db.select().from(aiApplications).where(eq(aiApplications.botId, bot.id));
  return { application: application ?? null, botId: bot.id };
}

async function judge(
  db: Executor,
  application: AiApplication | null,
  botId: string | null,
  options: GoLiveOptions,
): Promise<GoLiveStatus> {
  const now = options.now ?? new Date();
  const versions = botId
    ? await db.select().from(botVersions).where(eq(botVersions.botId, botId)).orderBy(asc(botVersions.version))
    : [];
  const latest = versions.at(-1) ?? null;
  const status = application
    ? await assessmentStatusForApplication(db, application.id, options.templates ?? shippedTemplates())
    : null;
  const deploymentRow = application
    ? (await latestPerStage(db, application.id)).find((row) => row.stage === 'deployment')
    : undefined;
  let evaluations: GoLiveFacts['evaluations'] = null;
  if (botId && latest) {
    const required = requiredSuites({ publicFacing: application?.publicFacing ?? true });
    const results = await latestEvaluationResults(db, botId, required);
    const changedSince = new Map<number, string[]>();
    for (const result of results) {
      const version = result.latest?.botVersion;
      if (version === undefined || changedSince.has(version)) continue;
      changedSince.set(version, significantChanges(versions, version, latest.version));
    }
    const names = new Map(required.map((id) => [id, suiteName(id)]));
    evaluations = { required, names, maxAgeDays: REQUIRED_SUITES.maxAgeDays, results, changedSince };
  }
  const config = latest?.config as { disclosure?: { zh: string; en: string }; fallback?: { zh: string; en: string } };
  const facts: GoLiveFacts = {
    now,
    purpose: options.purpose ?? 'publish',
    application: application && {
      id: application.id,
      status: application.status,
      personalData: application.personalData,
      publicFacing: application.publicFacing,
      tier: application.tier,
    },
    bot:
      botId && latest
        ? {
            id: botId,
            version: latest.version,
            disclosure: config.disclosure ?? { zh: '', en: '' },
            fallback: config.fallback ?? { zh: '', en: '' },
          }
        : null,
    deployment: status?.stages.deployment ?? null,
    deploymentAnswers: deploymentRow?.answers ?? {},
    reassessmentDue: status?.reassessmentDue ?? [],
    suspendingIncidents: application ? await suspendingIncidents(db, application.id) : [],
    nextReviewDue: status?.nextReviewDue ?? null,
    evaluations,
  };
  const conditions = judgeGoLive(facts);
  return {
    applicationId: application?.id ?? null,
    botId,
    botVersion: latest?.version ?? null,
    ready: conditions.every((c) => c.met),
    conditions,
  };
}
