import { randomUUID } from 'node:crypto';
import { createTwoFilesPatch } from 'diff';
import { and, desc, eq } from 'drizzle-orm';
import { auditContext, getDepartment, type ServiceContext } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { AppError, forbidden, hasPermission, unknownDepartment } from '../core/index.ts';
import { loadBlocklist } from '../guard/index.ts';
import { bots, type Db, type Executor, knowledgeChunks, knowledgeSources, knowledgeVersions } from '../store/index.ts';
import { type ChunkOptions, chunkExtracted, DEFAULT_CHUNK_OPTIONS, renderForDiff } from './chunk.ts';
import type { ExtractedSource } from './extract-source.ts';
import { ImportError } from './import-error.ts';
import { scanDraftIsolated } from './parse-isolated.ts';

export type KnowledgeSource = typeof knowledgeSources.$inferSelect;
export type KnowledgeVersion = typeof knowledgeVersions.$inferSelect;

export interface ImportTarget {
  /** Defaults to the caller's department. */
  departmentId?: string | undefined;
  botId?: string | null | undefined;
  /** Defaults to the title the importer found. */
  title?: string | undefined;
  chunkOptions?: ChunkOptions | undefined;
}

export interface ImportOutcome {
  /** `unchanged`: the same content is already the latest version (nothing was written). */
  outcome: 'created' | 'unchanged';
  source: KnowledgeSource;
  version: KnowledgeVersion;
}

/**
 * A named bot must exist in the import's department: 404 naming the field otherwise (another
 * department's bot is as unknown as a missing one), never a source tied to a bot nobody can see.
 */
export async function assertTargetBot(
  db: Executor,
  departmentId: string,
  botId: string | null | undefined,
): Promise<void> {
  if (!botId) return;
  const [bot] = await db
    .select({ id: bots.id })
    .from(bots)
    .where(and(eq(bots.id, botId), eq(bots.departmentId, departmentId)));
  if (!bot) {
    throw new AppError('not_found', { en: 'Bot not found', zhHant: '找不到機械人' }, [
      {
        field: 'body.botId',
        code: 'unknown_bot',
        message: { en: "does not name a bot of the import's department", zhHant: '並非匯入部門的機械人' },
      },
    ]);
  }
}

/**
 * Records an import as a new draft version of its source (created on first import), with its
 * chunks, a diff against the previous version and the guard's findings — or does nothing when
 * the content is byte-for-byte the latest version's. Older pending drafts are superseded.
 */
export async function importIntoKnowledge(
  db: Db,
  ctx: ServiceContext,
  content: ExtractedSource,
  target: ImportTarget = {},
): Promise<ImportOutcome> {
  if (!hasPermission(ctx.principal.roles, 'knowledge:write'))
    throw forbidden({ en: 'Only an editor may import knowledge', zhHant: '只有編輯人員可匯入知識內容' });
  const departmentId = target.departmentId ?? ctx.principal.departmentId;
  // Hidden from the caller, or not there at all (a platform admin sees every id): not found.
  const department = departmentId ? await getDepartment(db, ctx.principal, departmentId).catch(() => null) : null;
  if (!departmentId || !department) {
    throw unknownDepartment();
  }
  await assertTargetBot(db, departmentId, target.botId);
  const chunks = chunkExtracted(content.extracted, target.chunkOptions ?? DEFAULT_CHUNK_OPTIONS);
  if (chunks.length === 0)
    throw new ImportError('empty', {
      en: 'Nothing to import: no text, FAQ entries or datasets were found',
      zhHant: '沒有可匯入的內容：找不到文字、常見問題或數據集',
    });
  const findings = await scanDraftIsolated(chunks, await loadBlocklist(db));
  const text = renderForDiff(chunks);
  return db.transaction(async (tx) => {
    let [source] = await tx
      .select()
      .from(knowledgeSources)
      .where(and(eq(knowledgeSources.departmentId, departmentId), eq(knowledgeSources.origin, content.origin)))
      .for('update');
    const [latest] = source
      ? await tx
          .select()
          .from(knowledgeVersions)
          .where(eq(knowledgeVersions.sourceId, source.id))
          .orderBy(desc(knowledgeVersions.version))
          .limit(1)
      : [];
    if (source && latest && latest.contentSha256 === content.contentSha256)
      return { outcome: 'unchanged', source, version: latest };
    if (!source) {
      [source] = await tx
        .insert(knowledgeSources)
        .values({
          id: randomUUID(),
          departmentId,
          botId: target.botId ?? null,
          kind: content.extracted.kind,
          title: target.title ?? content.extracted.title,
          origin: content.origin,
          createdBy: ctx.principal.id,
        })
        .returning();
    }
    if (!source) throw new Error('insert returned no row');
    const superseded = await tx
      .update(knowledgeVersions)
      .set({ status: 'superseded' })
      .where(and(eq(knowledgeVersions.sourceId, source.id), eq(knowledgeVersions.status, 'draft')))
      .returning({ version: knowledgeVersions.version });
    const number = (latest?.version ?? 0) + 1;
    const [version] = await tx
      .insert(knowledgeVersions)
      .values({
        id: randomUUID(),
        sourceId: source.id,
        departmentId,
        version: number,
        status: 'draft',
        contentSha256: content.contentSha256,
        mediaType: content.mediaType,
        importer: content.importer,
        extractedText: text,
        diff: latest
          ? createTwoFilesPatch(`v${latest.version}`, `v${number}`, latest.extractedText, text, '', '', { context: 2 })
          : '',
        findings,
        editorId: ctx.principal.id,
      })
      .returning();
    if (!version) throw new Error('insert returned no row');
    for (let i = 0; i < chunks.length; i += 500) {
      await tx.insert(knowledgeChunks).values(
        chunks.slice(i, i + 500).map((chunk, offset) => ({
          ...chunk,
          id: randomUUID(),
          versionId: version.id,
          sourceId: source.id,
          departmentId,
          ordinal: i + offset,
        })),
      );
    }
    await appendAudit(tx, auditContext(ctx), {
      action: 'knowledge.import',
      entityType: 'knowledge_version',
      entityId: version.id,
      departmentId,
      after: {
        sourceId: source.id,
        origin: source.origin,
        version: number,
        contentSha256: content.contentSha256,
        importer: content.importer,
        chunks: chunks.length,
        findings: findings.length,
        superseded: superseded.map((s) => s.version),
      },
    });
    return { outcome: 'created', source, version };
  });
}
