import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull, max, or } from 'drizzle-orm';
import { auditContext, type Principal, type ServiceContext } from '../../access/index.ts';
import { inWords, type LocalizedText } from '../../core/index.ts';
import { appendAudit } from '../../audit/index.ts';
import {
  type BomChangeKind,
  bomChanges,
  type DataClassification,
  type Db,
  type Executor,
  governanceAssessments,
} from '../../store/index.ts';
import { getApplication } from '../registry/index.ts';
import { markReassessmentDue } from '../workflow/index.ts';
import type { BomFacts } from './bom-facts.ts';
import type { Lockfile } from './lockfile-packages.ts';

export type BomChange = typeof bomChanges.$inferSelect;

/** A change about to be recorded: its idempotency key, what it says, and whether re-assessment may fall due. */
interface Candidate {
  key: string;
  kind: BomChangeKind;
  summary: { en: string; zhHant: string };
  detail: Record<string, unknown>;
  significant: boolean;
  changedAt: Date;
  /** The re-assessment flag a significant change raises (issue #16's `markReassessmentDue`). */
  due?: { kind: 'model_change' | 'data_source'; reason: string; detail: Record<string, unknown> };
}

/** A dataset's classification in words, as the data catalogue names it. */
const CLASSIFICATION_TEXT: Record<DataClassification, LocalizedText> = {
  public: { en: 'public', zhHant: '公開' },
  internal: { en: 'internal', zhHant: '內部' },
  restricted: { en: 'restricted', zhHant: '限閱' },
  confidential: { en: 'confidential', zhHant: '機密' },
};
/** A knowledge source's kind in words, as the knowledge pages name it. */
const SOURCE_KIND_TEXT: Partial<Record<string, LocalizedText>> = {
  faq: { en: 'FAQ sheet', zhHant: '常見問題表' },
  document: { en: 'document', zhHant: '文件' },
  catalogue: { en: 'open-data catalogue', zhHant: '開放數據目錄' },
};

/**
 * The catalogue's datasets as changes: one the application newly uses, or one whose classification or
 * personal data changed since it was recorded. Both are significant (the data an assessment weighed is
 * not the data used any more) and make re-assessment due as a new data source does.
 */
function datasetCandidates(
  applicationId: string,
  botId: string | null,
  facts: BomFacts,
  baseline: boolean,
  known: Set<string>,
  existing: readonly { kind: string; detail: Record<string, unknown> }[],
  now: Date,
): Candidate[] {
  const seen = new Set(existing.filter((row) => row.kind === 'dataset').map((row) => String(row.detail.datasetId)));
  return facts.datasets.flatMap((dataset): Candidate[] => {
    const kinds = dataset.personalData ? dataset.personalDataKinds.join(',') : 'none';
    const key = `${applicationId}:dataset:${dataset.id}:${dataset.classification}:${kinds}`;
    if (known.has(key)) return [];
    const isNew = !seen.has(dataset.id);
    const personal = dataset.personalData ? dataset.personalDataKinds.join(', ') : null;
    const classification = inWords(CLASSIFICATION_TEXT, dataset.classification);
    return [
      {
        key,
        kind: 'dataset',
        summary: isNew
          ? {
              en: `Dataset "${dataset.titleEn}" (${classification.en}) is used by the application`,
              zhHant: `應用程式使用數據集「${dataset.titleZhHant}」（${classification.zhHant}）`,
            }
          : {
              en: `Dataset "${dataset.titleEn}" is now ${classification.en}${personal ? `, personal data: ${personal}` : ', no personal data'}`,
              zhHant: `數據集「${dataset.titleZhHant}」現為${classification.zhHant}${personal ? `，個人資料：${personal}` : '，不含個人資料'}`,
            },
        detail: {
          datasetId: dataset.id,
          name: dataset.name,
          department: dataset.departmentName,
          classification: dataset.classification,
          personalDataKinds: dataset.personalData ? dataset.personalDataKinds : [],
        },
        significant: !baseline,
        // A link has no date of its own: a new use dates from when it is first seen, a change from the entry's edit.
        changedAt: isNew ? now : dataset.updatedAt,
        due: {
          kind: 'data_source',
          reason: isNew
            ? `Bot ${botId ?? applicationId} uses a new dataset: "${dataset.titleEn}" (${dataset.classification})`
            : `Dataset "${dataset.titleEn}" changed: ${dataset.classification}, personal data ${personal ?? 'none'}`,
          detail: { datasetId: dataset.id, classification: dataset.classification },
        },
      },
    ];
  });
}

const identityOf = (o: { provider: string; requested: string; reported: string; fingerprint: string | null }) =>
  `${o.provider}/${o.requested}/${o.reported}/${o.fingerprint ?? ''}`;

/**
 * Records what changed in an application's AI bill of materials since it was last recorded
 * (issue #18): a model identity a provider reported for the first time, a knowledge source that
 * now feeds it, new published content of a source it had. The first record of an application is
 * its baseline (recorded, never significant). Governance counts as significant (issue #16,
 * "Re-assessment due") a provider answering as another model or fingerprint than one seen before,
 * and a new knowledge source; when such a change happened after the application's latest completed
 * assessment, re-assessment falls due (`model_change` with the same detail as the governance
 * sweep's own model check, so one change is one flag; `data_source` for a source). Each recorded
 * change is audited `governance.bom.change`. Idempotent across nodes (unique `key`).
 */
export async function recordBomChanges(db: Db, ctx: ServiceContext, facts: BomFacts, now = new Date()) {
  const app = facts.application;
  const existing = await db
    .select({ key: bomChanges.key, kind: bomChanges.kind, detail: bomChanges.detail })
    .from(bomChanges)
    .where(eq(bomChanges.applicationId, app.id));
  const known = new Set(existing.map((row) => row.key));
  const baseline = existing.length === 0;
  const knownSources = new Set(
    existing.filter((row) => row.kind.startsWith('knowledge_')).map((row) => String(row.detail.sourceId)),
  );
  const knownModels = existing.filter((row) => row.kind === 'model_identity').map((row) => row.detail);

  const candidates: Candidate[] = [];
  for (const observed of facts.observed) {
    const key = `${app.id}:model_identity:${identityOf(observed)}`;
    if (known.has(key)) continue;
    // Another identity of the same requested model seen before: the provider changed what answers.
    const previous = knownModels.filter((d) => d.provider === observed.provider && d.requested === observed.requested);
    const described = `${observed.reported}${observed.fingerprint ? ` (${observed.fingerprint})` : ''}`;
    candidates.push({
      key,
      kind: 'model_identity',
      summary: {
        en: `${observed.provider} answered ${observed.requested} as ${described}`,
        zhHant: `${observed.provider} 以 ${described} 回應 ${observed.requested}`,
      },
      detail: {
        provider: observed.provider,
        requested: observed.requested,
        model: observed.reported,
        fingerprint: observed.fingerprint,
        previous: previous.map((d) => ({ model: d.model, fingerprint: d.fingerprint })),
      },
      significant: !baseline && previous.length > 0,
      changedAt: observed.firstSeen,
      due: {
        kind: 'model_change',
        reason:
          `The provider answered bot ${app.botId ?? app.id} as ${described}, ` +
          `not ${previous.map((d) => `${d.model}${d.fingerprint ? ` (${d.fingerprint})` : ''}`).join(', ')}`,
        detail: { model: observed.reported, fingerprint: observed.fingerprint },
      },
    });
  }
  for (const source of facts.knowledge) {
    const key = `${app.id}:knowledge:${source.id}@${source.contentSha256}`;
    if (known.has(key)) continue;
    const isNew = !knownSources.has(source.id);
    const detail = {
      sourceId: source.id,
      title: source.title,
      kind: source.kind,
      version: source.version,
      sha256: source.contentSha256,
      approver: source.approver?.name ?? source.approver?.id ?? null,
    };
    candidates.push({
      key,
      kind: isNew ? 'knowledge_source' : 'knowledge_version',
      summary: isNew
        ? {
            en: `Knowledge source "${source.title}" (${inWords(SOURCE_KIND_TEXT, source.kind).en}) feeds the application`,
            zhHant: `知識來源「${source.title}」（${inWords(SOURCE_KIND_TEXT, source.kind).zhHant}）供應用程式使用`,
          }
        : {
            en: `Knowledge source "${source.title}" published version ${source.version}`,
            zhHant: `知識來源「${source.title}」發布第 ${source.version} 版`,
          },
      detail,
      significant: !baseline && isNew,
      changedAt: source.approvedAt ?? now,
      due: {
        kind: 'data_source',
        reason: `New knowledge source: "${source.title}" (${source.kind})`,
        detail: { knowledgeSourceId: source.id },
      },
    });
  }
  candidates.push(...datasetCandidates(app.id, app.botId, facts, baseline, known, existing, now));
  if (candidates.length === 0) return [];

  const completedAt = await latestCompletion(db, app.id);
  const recorded: BomChange[] = [];
  for (const candidate of candidates) {
    const row = await insertChange(db, ctx, {
      ...candidate,
      applicationId: app.id,
      departmentId: app.departmentId,
      baseline,
    });
    if (!row) continue;
    recorded.push(row);
    // Re-assessment is for changes since the last assessment; one before it was assessed already.
    if (candidate.significant && candidate.due && completedAt && candidate.changedAt > completedAt) {
      await markReassessmentDue(db, ctx, app.id, candidate.due);
    }
  }
  return recorded;
}

/**
 * Records a dependency update: LionRock's lockfile differs (SHA-256) from the last one recorded.
 * Platform-wide (no application), never significant for governance; the detail names the packages
 * added, removed and updated. The first lockfile recorded is the baseline.
 */
export async function recordDependencyChange(db: Db, ctx: ServiceContext, lockfile: Lockfile, now = new Date()) {
  const [last] = await db
    .select()
    .from(bomChanges)
    .where(and(eq(bomChanges.kind, 'dependencies'), isNull(bomChanges.applicationId)))
    .orderBy(desc(bomChanges.changedAt))
    .limit(1);
  if (last?.detail.lockfileSha256 === lockfile.sha256) return null;
  const packages = lockfile.packages.map((p) => `${p.name}@${p.version}`);
  const before = new Map(
    ((last?.detail.packages as string[] | undefined) ?? []).map((id) => {
      const at = id.lastIndexOf('@');
      return [id.slice(0, at), id.slice(at + 1)] as const;
    }),
  );
  const after = new Map(lockfile.packages.map((p) => [p.name, p.version] as const));
  const added = [...after.keys()].filter((name) => !before.has(name));
  const removed = [...before.keys()].filter((name) => !after.has(name));
  const updated = [...after].filter(([name, version]) => before.has(name) && before.get(name) !== version);
  const summary = last
    ? {
        en: `Dependencies updated: ${added.length} added, ${removed.length} removed, ${updated.length} updated`,
        zhHant: `相依套件更新：新增 ${added.length} 個、移除 ${removed.length} 個、更新 ${updated.length} 個`,
      }
    : {
        en: `Dependencies recorded: ${packages.length} npm packages`,
        zhHant: `記錄相依套件：${packages.length} 個 npm 套件`,
      };
  return insertChange(db, ctx, {
    key: `platform:dependencies:${lockfile.sha256}`,
    kind: 'dependencies',
    summary,
    detail: {
      lockfileSha256: lockfile.sha256,
      previousSha256: last?.detail.lockfileSha256 ?? null,
      added,
      removed,
      updated: updated.map(([name, version]) => ({ name, from: before.get(name), to: version })),
      packages,
    },
    significant: false,
    changedAt: now,
    applicationId: null,
    departmentId: null,
    baseline: !last,
  });
}

async function latestCompletion(db: Executor, applicationId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(governanceAssessments.completedAt) })
    .from(governanceAssessments)
    .where(and(eq(governanceAssessments.applicationId, applicationId), eq(governanceAssessments.status, 'complete')));
  return row?.at ?? null;
}

async function insertChange(
  db: Db,
  ctx: ServiceContext,
  change: Omit<Candidate, 'due'> & { applicationId: string | null; departmentId: string | null; baseline: boolean },
): Promise<BomChange | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bomChanges)
      .values({
        id: randomUUID(),
        key: change.key,
        applicationId: change.applicationId,
        departmentId: change.departmentId,
        kind: change.kind,
        summaryEn: change.summary.en,
        summaryZhHant: change.summary.zhHant,
        detail: change.detail,
        baseline: change.baseline,
        significant: change.significant,
        changedAt: change.changedAt,
      })
      .onConflictDoNothing({ target: bomChanges.key })
      .returning();
    // Another node recorded it first: its audit entry stands for both.
    if (!row) return null;
    const { packages: _omitted, ...audited } = change.detail;
    await appendAudit(tx, auditContext(ctx), {
      action: 'governance.bom.change',
      entityType: change.applicationId ? 'ai_application' : 'platform',
      entityId: change.applicationId,
      departmentId: change.departmentId,
      after: { id: row.id, kind: row.kind, significant: row.significant, baseline: row.baseline, detail: audited },
    });
    return row;
  });
}

/**
 * An application's BOM change history, oldest first: its own changes and the platform's dependency
 * updates (LionRock's packages are part of every application's BOM). Another department's
 * application is a 404.
 */
export async function listBomChanges(db: Executor, principal: Principal, applicationId: string) {
  const application = await getApplication(db, principal, applicationId);
  return db
    .select()
    .from(bomChanges)
    .where(
      or(
        eq(bomChanges.applicationId, application.id),
        and(isNull(bomChanges.applicationId), eq(bomChanges.kind, 'dependencies')),
      ),
    )
    .orderBy(asc(bomChanges.changedAt), asc(bomChanges.recordedAt));
}
