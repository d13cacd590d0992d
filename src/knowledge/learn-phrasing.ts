import { and, eq, sql } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type ServiceContext } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { notFound } from '../core/index.ts';
import { type Db, knowledgeChunks, knowledgeSources, knowledgeVersions } from '../store/index.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';

/**
 * Records that `question` asks for the published entry `entryId` (confirmed by an agent resolving
 * a handoff, or by feedback): the phrasing is stored as an alternate question of the entry, so it
 * survives restarts, and the source's revision is bumped so that every node's index learns it: this
 * node at once, the others at their next poll (as with publishing). Alternate questions change only
 * what is found, never what is said, so no new review is needed.
 */
export async function learnPhrasing(
  db: Db,
  index: KnowledgeIndex,
  ctx: ServiceContext,
  entryId: string,
  question: string,
): Promise<void> {
  const separator = entryId.indexOf(':');
  const sourceId = entryId.slice(0, separator);
  const entryKey = entryId.slice(separator + 1);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ chunk: knowledgeChunks })
      .from(knowledgeChunks)
      .innerJoin(knowledgeVersions, eq(knowledgeVersions.id, knowledgeChunks.versionId))
      .where(
        and(
          eq(knowledgeChunks.sourceId, sourceId),
          eq(knowledgeChunks.entryKey, entryKey),
          eq(knowledgeVersions.status, 'published'),
        ),
      );
    if (separator < 1 || !row || !canSeeDepartment(ctx.principal, row.chunk.departmentId)) {
      throw notFound('Knowledge entry');
    }
    if (row.chunk.alternateQuestions.includes(question)) return;
    await tx
      .update(knowledgeChunks)
      .set({ alternateQuestions: sql`${knowledgeChunks.alternateQuestions} || ${JSON.stringify([question])}::jsonb` })
      .where(eq(knowledgeChunks.id, row.chunk.id));
    // Every node's index compares the revision on its poll, as it compares the published version.
    await tx
      .update(knowledgeSources)
      .set({ revision: sql`${knowledgeSources.revision} + 1` })
      .where(eq(knowledgeSources.id, sourceId));
    await appendAudit(tx, auditContext(ctx), {
      action: 'knowledge.learn',
      entityType: 'knowledge_chunk',
      entityId: row.chunk.id,
      departmentId: row.chunk.departmentId,
      after: { entryId, question },
    });
  });
  await index.refresh();
}
