import { and, asc, desc, eq, getTableColumns, type SQL } from 'drizzle-orm';
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
