import { and, desc, eq } from 'drizzle-orm';
import { botConfigSchema } from '../../chat/index.ts';
import {
  botVersions,
  bots,
  departments,
  type Executor,
  governanceAssessments,
  type StoredDerivation,
  type TransparencyNoticeContent,
} from '../../store/index.ts';
import { type ObservedModel, observedModels } from '../bom/index.ts';
import { latestEvaluationResults, requiredSuites, suiteName } from '../evaluation/index.ts';
import type { AiApplication } from '../registry/index.ts';
import type { NoticeFacts } from './notice.ts';

/**
 * Reads what a notice is derived from: the application as registered, its department, the bot's
 * published version (its latest if none is published), the models its providers reported answering,
 * the latest completed assessment stage and the latest finished run of each required evaluation suite.
 */
export async function noticeFacts(
  db: Executor,
  application: AiApplication,
  words: { content: TransparencyNoticeContent; version: number; publishedAt: Date | null },
): Promise<NoticeFacts> {
  const [department] = await db
    .select({ code: departments.code, nameEn: departments.nameEn, nameZh: departments.nameZh })
    .from(departments)
    .where(eq(departments.id, application.departmentId));
  const [assessed] = await db
    .select({
      stage: governanceAssessments.stage,
      completedAt: governanceAssessments.completedAt,
      derivation: governanceAssessments.derivation,
    })
    .from(governanceAssessments)
    .where(and(eq(governanceAssessments.applicationId, application.id), eq(governanceAssessments.status, 'complete')))
    .orderBy(desc(governanceAssessments.completedAt))
    .limit(1);
  const bot = application.botId ? await botFacts(db, application.botId) : null;
  const observed = application.botId ? await observedModels(db, application.botId) : [];
  const results = application.botId
    ? await latestEvaluationResults(db, application.botId, requiredSuites({ publicFacing: application.publicFacing }))
    : [];
  return {
    application: {
      id: application.id,
      botId: application.botId,
      type: application.type,
      status: application.status,
      name: { en: application.nameEn, zhHant: application.nameZhHant },
      purpose: { en: application.purposeEn, zhHant: application.purposeZhHant },
      publicFacing: application.publicFacing,
      generative: application.generative,
      personalData: application.personalData,
      personalDataKinds: application.personalDataKinds,
      dataSources: application.dataSources,
      models: application.models,
      impact: application.impact,
      tier: application.tier,
      riskLevel: application.riskLevel,
    },
    department: {
      code: department?.code ?? '',
      name: { en: department?.nameEn ?? '', zhHant: department?.nameZh ?? '' },
    },
    bot,
    reportedModels: latestPerModel(observed),
    lastAssessment:
      assessed?.completedAt != null
        ? {
            stage: assessed.stage,
            completedAt: assessed.completedAt,
            oversight: (assessed.derivation as StoredDerivation | null)?.oversight ?? null,
          }
        : null,
    evaluations: results.flatMap(({ suiteId, latest }) =>
      latest
        ? [
            {
              suiteId,
              name: suiteName(suiteId),
              passed: latest.passed,
              score: latest.score,
              grade: latest.grade,
              finishedAt: latest.finishedAt,
            },
          ]
        : [],
    ),
    ...words,
  };
}

/** One line per provider and reported model (its fingerprints and requested names are the BOM's detail). */
function latestPerModel(observed: readonly ObservedModel[]): NoticeFacts['reportedModels'] {
  const latest = new Map<string, { provider: string; model: string; lastSeen: Date }>();
  for (const o of observed) {
    const key = `${o.provider}\u0000${o.reported}`;
    const seen = latest.get(key);
    if (!seen || seen.lastSeen < o.lastSeen)
      latest.set(key, { provider: o.provider, model: o.reported, lastSeen: o.lastSeen });
  }
  return [...latest.values()];
}

async function botFacts(db: Executor, botId: string): Promise<NoticeFacts['bot']> {
  const [bot] = await db.select({ published: bots.publishedVersion }).from(bots).where(eq(bots.id, botId));
  if (!bot) return null;
  const [version] = await db
    .select({ config: botVersions.config })
    .from(botVersions)
    .where(
      bot.published === null
        ? eq(botVersions.botId, botId)
        : and(eq(botVersions.botId, botId), eq(botVersions.version, bot.published)),
    )
    .orderBy(desc(botVersions.version))
    .limit(1);
  if (!version) return null;
  const config = botConfigSchema.parse(version.config);
  return {
    answerMode: config.answerMode,
    model: config.model ?? null,
    fallback: { en: config.fallback.en, zhHant: config.fallback.zh },
  };
}
