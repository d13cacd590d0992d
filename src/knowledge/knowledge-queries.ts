import { and, asc, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { canSeeDepartment, isPlatformAdmin, type Principal } from '../access/index.ts';
import { notFound } from '../core/index.ts';
import { type Executor, knowledgeChunks, knowledgeSources, knowledgeVersions } from '../store/index.ts';
import type { KnowledgeSource, KnowledgeVersion } from './knowledge-service.ts';

export type KnowledgeChunk = typeof knowledgeChunks.$inferSelect;
/** A version as listed: without its (possibly long) text and diff. */
export type VersionSummary = Omit<KnowledgeVersion, 'extractedText' | 'diff'>;

const { extractedText: _text, diff: _diff, ...summaryColumns } = getTableColumns(knowledgeVersions);

export async function listSources(
  db: Executor,
  principal: Principal,
  departmentId?: string,
): Promise<KnowledgeSource[]> {
  const conditions: SQL[] = [];
  if (!isPlatformAdmin(principal)) conditions.push(eq(knowledgeSources.departmentId, principal.departmentId ?? ''));
  if (departmentId) conditions.push(eq(knowledgeSources.departmentId, departmentId));
  return db
    .select()
    .from(knowledgeSources)
    .where(and(...conditions))
    .orderBy(asc(knowledgeSources.createdAt), asc(knowledgeSources.id));
}

/** A source's newest version as the sources list shows it: what waits for review and what the scan found. */
export interface LatestVersion {
  id: string;
  version: number;
  status: KnowledgeVersion['status'];
  findingsCount: number;
}

/**
 * The newest version of each source named (one query, `DISTINCT ON`), keyed by source id. The
 * caller has already filtered the sources by what the principal may see.
 */
export async function latestVersions(db: Executor, sourceIds: readonly string[]): Promise<Map<string, LatestVersion>> {
  if (sourceIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([knowledgeVersions.sourceId], {
      sourceId: knowledgeVersions.sourceId,
      id: knowledgeVersions.id,
      version: knowledgeVersions.version,
      status: knowledgeVersions.status,
      findingsCount: sql<number>`jsonb_array_length(${knowledgeVersions.findings})::int`,
    })
    .from(knowledgeVersions)
    .where(inArray(knowledgeVersions.sourceId, [...sourceIds]))
    .orderBy(knowledgeVersions.sourceId, desc(knowledgeVersions.version));
  return new Map(
    rows.map(({ sourceId, ...latest }) => [sourceId, { ...latest, findingsCount: Number(latest.findingsCount) }]),
  );
}

export async function getSource(db: Executor, principal: Principal, id: string): Promise<KnowledgeSource> {
  const [row] = await db.select().from(knowledgeSources).where(eq(knowledgeSources.id, id));
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFound('Knowledge source');
  return row;
}

export async function listVersions(db: Executor, principal: Principal, sourceId: string): Promise<VersionSummary[]> {
  await getSource(db, principal, sourceId);
  return db
    .select(summaryColumns)
    .from(knowledgeVersions)
    .where(eq(knowledgeVersions.sourceId, sourceId))
    .orderBy(desc(knowledgeVersions.version));
}

/** One version with its diff, the guard's findings and its chunks (what an approver reviews). */
export async function getVersion(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<{ version: KnowledgeVersion; chunks: KnowledgeChunk[] }> {
  const [version] = await db.select().from(knowledgeVersions).where(eq(knowledgeVersions.id, id));
  if (!version || !canSeeDepartment(principal, version.departmentId)) throw notFound('Knowledge version');
  const chunks = await db
    .select()
    .from(knowledgeChunks)
    .where(eq(knowledgeChunks.versionId, id))
    .orderBy(asc(knowledgeChunks.ordinal));
  return { version, chunks };
}
