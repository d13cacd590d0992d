import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  auditContext,
  canSeeDepartment,
  isPlatformAdmin,
  type Principal,
  type ServiceContext,
} from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { changedMeanwhile } from '../../core/index.ts';
import {
  aiApplications,
  type DataClassification,
  type Db,
  dataConsents,
  datasetApplications,
  datasetKnowledgeSources,
  datasets,
  departments,
  type Executor,
  knowledgeSources,
  type Tx,
} from '../../store/index.ts';
import {
  APPLICATION,
  DATASET,
  datasetChangedMeanwhile,
  duplicateDataset,
  noLiveConsent,
  notFoundIn,
  personalDataKindsMismatch,
  purposeRequired,
  SOURCE,
} from './data-refusals.ts';
import { linksChanged } from './consented-sources.ts';
import { checkConsent } from './consents.ts';

export type Dataset = typeof datasets.$inferSelect;

/** A dataset with the AI applications and knowledge sources that use it. */
export interface DatasetRecord extends Dataset {
  applicationIds: string[];
  knowledgeSourceIds: string[];
}

/** What a department says about a dataset in its catalogue. */
export interface DatasetInput {
  name: string;
  titleEn: string;
  titleZhHant: string;
  description?: string | undefined;
  owner: string;
  classification: DataClassification;
  personalData: boolean;
  personalDataKinds: string[];
  retention: string;
  sourceSystems: string[];
  applicationIds?: string[] | undefined;
}

const ENTITY = 'dataset';

async function audit(tx: Tx, ctx: ServiceContext, action: string, row: Dataset, after: Record<string, unknown>) {
  await appendAudit(tx, auditContext(ctx), {
    action,
    entityType: ENTITY,
    entityId: row.id,
    departmentId: row.departmentId,
    after,
  });
}

async function withLinks(db: Executor, rows: Dataset[]): Promise<DatasetRecord[]> {
  const ids = rows.map((r) => r.id);
  const [apps, sources] = ids.length
    ? await Promise.all([
        db.select().from(datasetApplications).where(inArray(datasetApplications.datasetId, ids)),
        db.select().from(datasetKnowledgeSources).where(inArray(datasetKnowledgeSources.datasetId, ids)),
      ])
    : [[], []];
  return rows.map((row) => ({
    ...row,
    applicationIds: apps.filter((a) => a.datasetId === row.id).map((a) => a.applicationId),
    knowledgeSourceIds: sources.filter((s) => s.datasetId === row.id).map((s) => s.sourceId),
  }));
}

/** The dataset if the caller's department may see it; otherwise the same 404 as an unknown one. */
async function visibleDataset(db: Executor, principal: Principal, id: string): Promise<Dataset> {
  const [row] = await db.select().from(datasets).where(eq(datasets.id, id));
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFoundIn('params.id', DATASET);
  return row;
}

/** Each named application exists and is of the dataset's department; refused naming the index otherwise. */
async function checkApplications(tx: Executor, departmentId: string, ids: readonly string[], field: string) {
  const unique = [...new Set(ids)];
  const rows = unique.length
    ? await tx
        .select({ id: aiApplications.id, departmentId: aiApplications.departmentId })
        .from(aiApplications)
        .where(inArray(aiApplications.id, unique))
    : [];
  ids.forEach((id, index) => {
    if (!rows.some((r) => r.id === id && r.departmentId === departmentId))
      throw notFoundIn(`${field}.${index}`, APPLICATION);
  });
  return unique;
}

function checkPersonalData(input: Pick<DatasetInput, 'personalData' | 'personalDataKinds'>) {
  if (input.personalData !== input.personalDataKinds.length > 0) throw personalDataKindsMismatch();
}

/**
 * Adds a dataset to the caller's department's catalogue, with the applications that use it.
 * Audited as `dataset.create`.
 *
 * @example await createDataset(db, ctx, { name: 'licence-applications', titleEn: 'Licence applications', titleZhHant: '牌照申請', owner: 'Senior Licensing Officer', classification: 'restricted', personalData: true, personalDataKinds: ['name', 'hkid'], retention: '7 years', sourceSystems: ['eLicensing'] })
 */
export async function createDataset(
  db: Db,
  ctx: ServiceContext,
  input: DatasetInput,
  departmentId = ctx.principal.departmentId,
): Promise<DatasetRecord> {
  if (!departmentId || !canSeeDepartment(ctx.principal, departmentId)) throw notFoundIn('body.departmentId', DATASET);
  checkPersonalData(input);
  const id = await db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: datasets.id })
      .from(datasets)
      .where(and(eq(datasets.departmentId, departmentId), eq(datasets.name, input.name)));
    if (clash) throw duplicateDataset(input.name);
    const applicationIds = await checkApplications(tx, departmentId, input.applicationIds ?? [], 'body.applicationIds');
    const [row] = await tx
      .insert(datasets)
      .values({
        id: randomUUID(),
        departmentId,
        name: input.name,
        titleEn: input.titleEn,
        titleZhHant: input.titleZhHant,
        description: input.description ?? '',
        owner: input.owner,
        classification: input.classification,
        personalData: input.personalData,
        personalDataKinds: input.personalDataKinds,
        retention: input.retention,
        sourceSystems: input.sourceSystems,
        createdBy: ctx.principal.id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    if (applicationIds.length)
      await tx
        .insert(datasetApplications)
        .values(applicationIds.map((applicationId) => ({ datasetId: row.id, applicationId })));
    await audit(tx, ctx, 'dataset.create', row, { ...summary(row), applicationIds });
    return row.id;
  });
  return getDataset(db, ctx.principal, id);
}

/** Refuses the fields of `patch` someone else changed since `base`, to something other than the patch's value. */
async function refuseUndoingOthers(tx: Tx, before: Dataset, base: DatasetChanges, patch: DatasetChanges) {
  const fields = Object.keys(patch).filter(
    (field) => field in base && patch[field as keyof DatasetChanges] !== undefined,
  );
  if (fields.length === 0) return;
  // The applications using it are a set: their order means nothing.
  const linked = await tx
    .select({ id: datasetApplications.applicationId })
    .from(datasetApplications)
    .where(eq(datasetApplications.datasetId, before.id));
  const asSet = (changes: DatasetChanges) =>
    changes.applicationIds ? { ...changes, applicationIds: [...changes.applicationIds].sort() } : changes;
  const stored = { ...before, applicationIds: linked.map((row) => row.id).sort() };
  const clashes = changedMeanwhile(fields, { base: asSet(base), stored, next: asSet(patch) });
  if (clashes.length > 0) throw datasetChangedMeanwhile(clashes);
}

const summary = (row: Dataset) => ({
  name: row.name,
  classification: row.classification,
  personalData: row.personalData,
  personalDataKinds: row.personalDataKinds,
  retention: row.retention,
  sourceSystems: row.sourceSystems,
  owner: row.owner,
});

type DatasetChanges = { [K in keyof Omit<DatasetInput, 'name'>]?: DatasetInput[K] | undefined };

/**
 * Changes a dataset's entry; `applicationIds`, when given, replaces the applications that use it.
 * With `base` (what each changed field held when the editor read it), a field someone else has
 * changed since to another value is refused and nothing saved. Audited as `dataset.update` with the
 * entry before and after.
 */
export async function updateDataset(
  db: Db,
  ctx: ServiceContext,
  id: string,
  { base, ...patch }: DatasetChanges & { base?: DatasetChanges | undefined },
): Promise<DatasetRecord> {
  await db.transaction(async (tx) => {
    const before = await visibleDataset(tx, ctx.principal, id);
    if (base) await refuseUndoingOthers(tx, before, base, patch);
    checkPersonalData({
      personalData: patch.personalData ?? before.personalData,
      personalDataKinds: patch.personalDataKinds ?? before.personalDataKinds,
    });
    const { applicationIds, ...fields } = patch;
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const [row] = await tx
      .update(datasets)
      .set({ ...defined, updatedAt: new Date() })
      .where(eq(datasets.id, id))
      .returning();
    if (!row) throw notFoundIn('params.id', DATASET);
    let linked: string[] | undefined;
    if (applicationIds) {
      linked = await checkApplications(tx, row.departmentId, applicationIds, 'body.applicationIds');
      await tx.delete(datasetApplications).where(eq(datasetApplications.datasetId, id));
      if (linked.length)
        await tx.insert(datasetApplications).values(linked.map((applicationId) => ({ datasetId: id, applicationId })));
    }
    await appendAudit(tx, auditContext(ctx), {
      action: 'dataset.update',
      entityType: ENTITY,
      entityId: id,
      departmentId: row.departmentId,
      before: summary(before),
      after: { ...summary(row), ...(linked ? { applicationIds: linked } : {}) },
    });
  });
  // A reclassification may make a linked source need a consent, or no longer need one.
  linksChanged();
  return getDataset(db, ctx.principal, id);
}

/** One dataset with its applications and knowledge sources (another department's is 404). */
export async function getDataset(db: Executor, principal: Principal, id: string): Promise<DatasetRecord> {
  const [record] = await withLinks(db, [await visibleDataset(db, principal, id)]);
  if (!record) throw notFoundIn('params.id', DATASET);
  return record;
}

/** The caller's department's catalogue by name (every department's for a platform admin), optionally filtered. */
export async function listDatasets(
  db: Executor,
  principal: Principal,
  filter: { classification?: DataClassification | undefined; personalData?: boolean | undefined } = {},
): Promise<DatasetRecord[]> {
  const conditions = [
    isPlatformAdmin(principal) ? undefined : eq(datasets.departmentId, principal.departmentId ?? ''),
    filter.classification ? eq(datasets.classification, filter.classification) : undefined,
    filter.personalData === undefined ? undefined : eq(datasets.personalData, filter.personalData),
  ].filter((c) => c !== undefined);
  const rows = await db
    .select()
    .from(datasets)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(datasets.name));
  return withLinks(db, rows);
}

/** The datasets an application uses (its data, as its page and assessment show it); another department's is 404. */
export async function applicationDatasets(db: Executor, principal: Principal, applicationId: string) {
  const [app] = await db
    .select({ departmentId: aiApplications.departmentId })
    .from(aiApplications)
    .where(eq(aiApplications.id, applicationId));
  if (!app || !canSeeDepartment(principal, app.departmentId)) throw notFoundIn('params.id', APPLICATION);
  const links = await db
    .select({ datasetId: datasetApplications.datasetId })
    .from(datasetApplications)
    .where(eq(datasetApplications.applicationId, applicationId));
  if (!links.length) return [];
  const rows = await db
    .select()
    .from(datasets)
    .where(
      inArray(
        datasets.id,
        links.map((l) => l.datasetId),
      ),
    )
    .orderBy(asc(datasets.name));
  return withLinks(db, rows);
}

/** A dataset an application uses, with its department's name and how the application comes to use it. */
export interface UsedDataset extends Dataset {
  departmentName: string;
  /** Registered on the application itself. */
  direct: boolean;
  /** The application's knowledge sources that link to it. */
  viaSources: string[];
}

/**
 * The datasets an application uses: those registered on it and those its knowledge sources (`sourceIds`,
 * the ones feeding its bot) link to, of any department, by name. No permission check: the caller has
 * read the application (its AI bill of materials and assessment report list these).
 */
export async function datasetsUsedBy(
  db: Executor,
  applicationId: string,
  sourceIds: readonly string[],
): Promise<UsedDataset[]> {
  const [direct, viaSources] = await Promise.all([
    db
      .select({ datasetId: datasetApplications.datasetId })
      .from(datasetApplications)
      .where(eq(datasetApplications.applicationId, applicationId)),
    sourceIds.length
      ? db
          .select({ datasetId: datasetKnowledgeSources.datasetId, sourceId: datasetKnowledgeSources.sourceId })
          .from(datasetKnowledgeSources)
          .where(inArray(datasetKnowledgeSources.sourceId, [...sourceIds]))
      : Promise.resolve([]),
  ]);
  const ids = [...new Set([...direct, ...viaSources].map((link) => link.datasetId))];
  if (!ids.length) return [];
  const rows = await db
    .select({ dataset: datasets, departmentName: departments.nameEn })
    .from(datasets)
    .innerJoin(departments, eq(departments.id, datasets.departmentId))
    .where(inArray(datasets.id, ids))
    .orderBy(asc(datasets.name));
  return rows.map(({ dataset, departmentName }) => ({
    ...dataset,
    departmentName,
    direct: direct.some((link) => link.datasetId === dataset.id),
    viaSources: viaSources.filter((link) => link.datasetId === dataset.id).map((link) => link.sourceId),
  }));
}

/**
 * Links a knowledge source to its dataset (a source has at most one: linking again moves it), or
 * unlinks it with `datasetId` null. The dataset is of the source's department, or another
 * department's: a public one freely, any other only for a `purpose` a live consent names (provider
 * the dataset's department, consumer the source's, scope the dataset's name; the check is audited
 * as `consent.use`, and each answer using the source is checked again). Without any consent the
 * other department's dataset stays unseen (404); a revoked or expired one is a 403 naming it.
 * Audited as `dataset.link_source`.
 */
export async function linkKnowledgeSource(
  db: Db,
  ctx: ServiceContext,
  sourceId: string,
  datasetId: string | null,
  purpose: string | null = null,
): Promise<{ sourceId: string; datasetId: string | null; purpose: string | null }> {
  const [source] = await db
    .select({ departmentId: knowledgeSources.departmentId })
    .from(knowledgeSources)
    .where(eq(knowledgeSources.id, sourceId));
  if (!source || !canSeeDepartment(ctx.principal, source.departmentId)) throw notFoundIn('params.sourceId', SOURCE);
  const [dataset] = datasetId ? await db.select().from(datasets).where(eq(datasets.id, datasetId)) : [];
  if (datasetId && !dataset) throw notFoundIn('body.datasetId', DATASET);
  const consented = dataset && dataset.departmentId !== source.departmentId && dataset.classification !== 'public';
  if (consented) await checkLinkConsent(db, ctx, sourceId, dataset, source.departmentId, purpose);
  const linkPurpose = consented ? purpose : null;
  const linked = await db.transaction(async (tx) => {
    if (dataset) {
      await tx
        .insert(datasetKnowledgeSources)
        .values({ sourceId, datasetId: dataset.id, purpose: linkPurpose })
        .onConflictDoUpdate({
          target: datasetKnowledgeSources.sourceId,
          set: { datasetId: dataset.id, purpose: linkPurpose },
        });
    } else {
      await tx.delete(datasetKnowledgeSources).where(eq(datasetKnowledgeSources.sourceId, sourceId));
    }
    await appendAudit(tx, auditContext(ctx), {
      action: 'dataset.link_source',
      entityType: 'knowledge_source',
      entityId: sourceId,
      departmentId: source.departmentId,
      after: { datasetId, purpose: linkPurpose, providerDepartmentId: dataset?.departmentId ?? null },
    });
    return { sourceId, datasetId, purpose: linkPurpose };
  });
  linksChanged();
  return linked;
}

/** A link to another department's non-public dataset: a purpose, and a live consent for it. */
async function checkLinkConsent(
  db: Db,
  ctx: ServiceContext,
  sourceId: string,
  dataset: Dataset,
  consumer: string,
  purpose: string | null,
) {
  const use = { provider: dataset.departmentId, consumer, scope: dataset.name };
  if (!purpose) {
    // Name the missing purpose only to a department some consent already lets see the dataset.
    const [any] = await db
      .select({ id: dataConsents.id })
      .from(dataConsents)
      .where(
        and(
          eq(dataConsents.providerDepartmentId, use.provider),
          eq(dataConsents.consumerDepartmentId, use.consumer),
          eq(dataConsents.scope, use.scope),
        ),
      )
      .limit(1);
    throw any ? purposeRequired() : notFoundIn('body.datasetId', DATASET);
  }
  const checked = await checkConsent(db, { ...use, purpose }, ctx, { sourceId, use: 'link' });
  if (checked.allowed) return;
  throw checked.reason === 'none'
    ? notFoundIn('body.datasetId', DATASET)
    : noLiveConsent(checked.reason, checked.consent?.id ?? null);
}

/** The dataset a knowledge source is linked to, if any. */
export async function datasetOfSource(db: Executor, sourceId: string): Promise<string | null> {
  const [row] = await db
    .select({ datasetId: datasetKnowledgeSources.datasetId })
    .from(datasetKnowledgeSources)
    .where(eq(datasetKnowledgeSources.sourceId, sourceId));
  return row?.datasetId ?? null;
}
