import { and, count, desc, eq, inArray, isNotNull, isNull, max, min, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { loadBot } from '../../chat/index.ts';
import {
  type AiApplicationModel,
  departments,
  type Executor,
  governanceAssessments,
  knowledgeSources,
  knowledgeVersions,
  modelCalls,
  modelProviders,
  users,
} from '../../store/index.ts';
import { datasetsUsedBy, type UsedDataset } from '../data/index.ts';
import { latestEvaluationResults } from '../evaluation/index.ts';
import type { AiApplication } from '../registry/index.ts';

/** A model identity a provider reported for the application's calls, with when it was first and last seen. */
export interface ObservedModel {
  provider: string;
  /** The model the gateway asked for. */
  requested: string;
  /** The model the provider said answered (OpenAI-compatible `model`). */
  reported: string;
  /** Its `system_fingerprint`, when the provider sends one. */
  fingerprint: string | null;
  firstSeen: Date;
  lastSeen: Date;
  calls: number;
}

/** A model provider (an OpenAI-compatible endpoint) the application uses or is registered with. */
export interface ProviderFact {
  name: string;
  /** Null for a provider named in the registry but not configured in the gateway (an external application's vendor). */
  endpoint: string | null;
  status: 'active' | 'disabled' | null;
}

/** A knowledge source feeding the application, at its published version (maker-checker data). */
export interface KnowledgeSourceFact {
  id: string;
  kind: 'faq' | 'document' | 'catalogue';
  title: string;
  origin: string;
  version: number;
  contentSha256: string;
  mediaType: string;
  importer: string;
  maker: { id: string; name: string | null };
  approver: { id: string; name: string | null } | null;
  approvedAt: Date | null;
}

/** An assessment answer about third parties (hk-aiaia Q14–Q17), from the application's latest assessment. */
export interface ThirdPartyAnswer {
  questionId: string;
  value: string;
  justification: string | null;
}

/** Everything an application's AI bill of materials states, read from the database. */
export interface BomFacts {
  application: AiApplication;
  /** The department's name in English: the application's manufacturer and its data's custodian. */
  departmentName: string;
  /** The bot's model (generative) and the models registered on the application, each once. */
  models: AiApplicationModel[];
  observed: ObservedModel[];
  providers: ProviderFact[];
  knowledge: KnowledgeSourceFact[];
  /** The data sources registered on the application (free text, e.g. "Forms archive"). */
  dataSources: string[];
  /** The data catalogue's datasets it uses: registered on it, or linked from its knowledge sources. */
  datasets: UsedDataset[];
  evaluations: { suiteId: string; suiteVersion: number; runId: string; passed: boolean; finishedAt: Date }[];
  thirdParty: ThirdPartyAnswer[];
  /** The assessment the third-party answers come from. */
  assessmentId: string | null;
}

/**
 * The model identities providers reported answering a bot's calls (the gateway's `model_calls`),
 * one per provider, requested model, reported model and fingerprint, with first and last seen.
 */
export async function observedModels(db: Executor, botId: string): Promise<ObservedModel[]> {
  const rows = await db
    .select({
      provider: modelCalls.provider,
      requested: modelCalls.model,
      reported: modelCalls.reportedModel,
      fingerprint: modelCalls.systemFingerprint,
      firstSeen: min(modelCalls.createdAt),
      lastSeen: max(modelCalls.createdAt),
      calls: count(),
    })
    .from(modelCalls)
    .where(and(eq(modelCalls.botId, botId), eq(modelCalls.status, 'ok'), isNotNull(modelCalls.reportedModel)))
    .groupBy(modelCalls.provider, modelCalls.model, modelCalls.reportedModel, modelCalls.systemFingerprint)
    .orderBy(min(modelCalls.createdAt));
  return rows.flatMap((row) =>
    row.reported && row.firstSeen && row.lastSeen
      ? [{ ...row, reported: row.reported, firstSeen: row.firstSeen, lastSeen: row.lastSeen, calls: row.calls }]
      : [],
  );
}

const THIRD_PARTY_QUESTIONS = ['Q14', 'Q15', 'Q16', 'Q17'] as const;

/**
 * The data catalogue's datasets an application uses (registered on it, or linked from a knowledge
 * source its bot answers from), without the rest of its bill of materials: what its assessment report
 * shows.
 */
export async function datasetsOfApplication(db: Executor, application: AiApplication): Promise<UsedDataset[]> {
  const view = application.botId ? await loadBot(db, application.botId) : null;
  const config = view ? (view.published ?? view.latest).config : null;
  const knowledge = application.botId
    ? await knowledgeFeeding(db, application.departmentId, application.botId, config?.sourceIds ?? [])
    : [];
  return datasetsUsedBy(
    db,
    application.id,
    knowledge.map((source) => source.id),
  );
}

/**
 * Reads what an application's AI bill of materials states: its models and providers, what the
 * providers reported answering (first and last seen, from the gateway's `model_calls`), its knowledge
 * sources at their published versions with maker and approver, registered data sources, evaluation
 * datasets and the third-party answers of its latest assessment. No permission check: the caller has
 * read the application through the registry.
 */
export async function collectBomFacts(db: Executor, application: AiApplication): Promise<BomFacts> {
  const [department] = await db
    .select({ name: departments.nameEn })
    .from(departments)
    .where(eq(departments.id, application.departmentId));
  const view = application.botId ? await loadBot(db, application.botId) : null;
  const config = view ? (view.published ?? view.latest).config : null;
  const models = dedupeModels([
    ...(config?.answerMode === 'generative' && config.model ? [config.model] : []),
    ...application.models,
  ]);

  const observed = application.botId ? await observedModels(db, application.botId) : [];

  const providerNames = [...new Set([...models.map((m) => m.provider), ...observed.map((o) => o.provider)])].sort();
  const configured = providerNames.length
    ? await db
        .select({ name: modelProviders.name, baseUrl: modelProviders.baseUrl, status: modelProviders.status })
        .from(modelProviders)
        .where(inArray(modelProviders.name, providerNames))
    : [];
  const providers = providerNames.map((name): ProviderFact => {
    const row = configured.find((p) => p.name === name);
    return { name, endpoint: row?.baseUrl ?? null, status: row?.status ?? null };
  });

  const knowledge = application.botId
    ? await knowledgeFeeding(db, application.departmentId, application.botId, config?.sourceIds ?? [])
    : [];

  const evaluations = application.botId
    ? (await latestEvaluationResults(db, application.botId)).flatMap((result) =>
        result.latest
          ? [
              {
                suiteId: result.suiteId,
                suiteVersion: result.latest.suiteVersion,
                runId: result.latest.runId,
                passed: result.latest.passed,
                finishedAt: result.latest.finishedAt,
              },
            ]
          : [],
      )
    : [];

  // The latest assessment that answered any third-party question, completed ones first.
  const [assessment] = await db
    .select({ id: governanceAssessments.id, answers: governanceAssessments.answers })
    .from(governanceAssessments)
    .where(
      and(
        eq(governanceAssessments.applicationId, application.id),
        or(...THIRD_PARTY_QUESTIONS.map((q) => sql`${governanceAssessments.answers} ? ${q}`)),
      ),
    )
    .orderBy(sql`${governanceAssessments.status} = 'complete' desc`, desc(governanceAssessments.createdAt))
    .limit(1);
  const thirdParty = THIRD_PARTY_QUESTIONS.flatMap((questionId): ThirdPartyAnswer[] => {
    const answer = assessment?.answers[questionId];
    return answer ? [{ questionId, value: answer.value, justification: answer.justification ?? null }] : [];
  });

  return {
    application,
    departmentName: department?.name ?? application.departmentId,
    models,
    observed,
    providers,
    knowledge,
    dataSources: application.dataSources,
    datasets: await datasetsUsedBy(
      db,
      application.id,
      knowledge.map((source) => source.id),
    ),
    evaluations,
    thirdParty,
    assessmentId: assessment?.id ?? null,
  };
}

function dedupeModels(models: readonly AiApplicationModel[]): AiApplicationModel[] {
  const seen = new Map<string, AiApplicationModel>();
  for (const m of models) seen.set(`${m.provider}/${m.model}`, { provider: m.provider, model: m.model });
  return [...seen.values()];
}

/**
 * The published, not withdrawn knowledge sources a bot answers from: the ones its configuration
 * names, else the department's sources for this bot or all bots (as retrieval reads them).
 */
async function knowledgeFeeding(
  db: Executor,
  departmentId: string,
  botId: string,
  sourceIds: readonly string[],
): Promise<KnowledgeSourceFact[]> {
  const maker = alias(users, 'maker');
  const approver = alias(users, 'approver');
  const rows = await db
    .select({
      id: knowledgeSources.id,
      kind: knowledgeSources.kind,
      title: knowledgeSources.title,
      origin: knowledgeSources.origin,
      version: knowledgeVersions.version,
      contentSha256: knowledgeVersions.contentSha256,
      mediaType: knowledgeVersions.mediaType,
      importer: knowledgeVersions.importer,
      makerId: knowledgeVersions.editorId,
      makerName: maker.displayName,
      approverId: knowledgeVersions.reviewerId,
      approverName: approver.displayName,
      approvedAt: knowledgeVersions.reviewedAt,
    })
    .from(knowledgeSources)
    .innerJoin(
      knowledgeVersions,
      and(
        eq(knowledgeVersions.sourceId, knowledgeSources.id),
        eq(knowledgeVersions.version, knowledgeSources.publishedVersion),
      ),
    )
    // Maker and approver ids are text (the CLI operator is not a user): joined only when they are a user's uuid.
    .leftJoin(maker, sql`${maker.id}::text = ${knowledgeVersions.editorId}`)
    .leftJoin(approver, sql`${approver.id}::text = ${knowledgeVersions.reviewerId}`)
    .where(
      and(
        eq(knowledgeSources.departmentId, departmentId),
        isNull(knowledgeSources.withdrawnAt),
        sourceIds.length
          ? inArray(knowledgeSources.id, [...sourceIds])
          : or(isNull(knowledgeSources.botId), eq(knowledgeSources.botId, botId)),
      ),
    )
    .orderBy(knowledgeSources.createdAt, knowledgeSources.id);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title,
    origin: row.origin,
    version: row.version,
    contentSha256: row.contentSha256,
    mediaType: row.mediaType,
    importer: row.importer,
    maker: { id: row.makerId, name: row.makerName },
    approver: row.approverId ? { id: row.approverId, name: row.approverName } : null,
    approvedAt: row.approvedAt,
  }));
}
