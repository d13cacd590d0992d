import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type Principal, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { AppError, notFound } from '../../core/index.ts';
import type { UploadedFile } from '../../knowledge/index.ts';
import { assistantDocuments, type Db, type Executor } from '../../store/index.ts';
import { documentText, extractWorkspaceFile } from './extract-workspace-file.ts';
import { type DocumentFinding, scanDocument } from './scan-document.ts';

export type WorkspaceDocument = typeof assistantDocuments.$inferSelect;

/** A document as listed: everything but its content. */
export type WorkspaceDocumentSummary = Omit<WorkspaceDocument, 'content' | 'rawText'>;

const summaryColumns = {
  id: assistantDocuments.id,
  departmentId: assistantDocuments.departmentId,
  name: assistantDocuments.name,
  kind: assistantDocuments.kind,
  mediaType: assistantDocuments.mediaType,
  importer: assistantDocuments.importer,
  contentSha256: assistantDocuments.contentSha256,
  sizeBytes: assistantDocuments.sizeBytes,
  textChars: assistantDocuments.textChars,
  pages: assistantDocuments.pages,
  findings: assistantDocuments.findings,
  createdBy: assistantDocuments.createdBy,
  createdAt: assistantDocuments.createdAt,
};

/**
 * Adds an uploaded file to the department's workspace: extracted as the knowledge importers do
 * (same type checks and limits), scanned by the guard, stored, audited (name, type, size and the
 * findings' kinds, never the content).
 */
export async function addWorkspaceDocument(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  file: UploadedFile,
  maxTextChars: number,
): Promise<WorkspaceDocumentSummary> {
  const extracted = await extractWorkspaceFile(file, maxTextChars);
  const text = extracted.rawText ?? (extracted.content ? documentText(extracted.content) : '');
  const findings: DocumentFinding[] = await scanDocument(text);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assistantDocuments)
      .values({
        id: randomUUID(),
        departmentId,
        name: file.fileName,
        kind: extracted.kind,
        mediaType: extracted.mediaType,
        importer: extracted.importer,
        contentSha256: extracted.contentSha256,
        sizeBytes: file.bytes.length,
        textChars: extracted.textChars,
        pages: extracted.pages,
        content: extracted.content,
        rawText: extracted.rawText,
        findings,
        createdBy: ctx.principal.id,
      })
      .returning(summaryColumns);
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, auditContext(ctx), {
      action: 'assistant.document_upload',
      entityType: 'assistant_document',
      entityId: row.id,
      departmentId,
      after: {
        name: row.name,
        kind: row.kind,
        mediaType: row.mediaType,
        sizeBytes: row.sizeBytes,
        contentSha256: row.contentSha256,
        findings: findings.map((finding) => finding.kinds),
      },
    });
    return row;
  });
}

/** The workspace's documents, newest first: one department's, or every department's (undefined, platform admins). */
export async function listWorkspaceDocuments(
  db: Executor,
  departmentId: string | undefined,
): Promise<WorkspaceDocumentSummary[]> {
  return db
    .select(summaryColumns)
    .from(assistantDocuments)
    .where(departmentId === undefined ? undefined : eq(assistantDocuments.departmentId, departmentId))
    .orderBy(desc(assistantDocuments.createdAt))
    .limit(500);
}

/** One document with its content; not found when it is another department's (no hint that it exists). */
export async function getWorkspaceDocument(db: Executor, principal: Principal, id: string): Promise<WorkspaceDocument> {
  const [row] = await db.select().from(assistantDocuments).where(eq(assistantDocuments.id, id));
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFound('Document');
  return row;
}

/**
 * The documents a task names, all in `departmentId`, in the order named. Any id that is unknown or
 * another department's is refused as one 404 naming each such field (`fieldOf(position)`).
 */
export async function documentsForTask(
  db: Executor,
  departmentId: string,
  ids: readonly string[],
  fieldOf: (position: number) => string,
): Promise<WorkspaceDocument[]> {
  const rows = ids.length
    ? await db
        .select()
        .from(assistantDocuments)
        .where(and(eq(assistantDocuments.departmentId, departmentId), inArray(assistantDocuments.id, [...ids])))
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = ids.flatMap((id, i) => (byId.has(id) ? [] : [i]));
  if (missing.length) {
    throw new AppError(
      'not_found',
      { en: 'Document not found', zhHant: '找不到文件' },
      missing.map((i) => ({
        field: fieldOf(i),
        code: 'unknown',
        message: { en: 'does not name a document in your department’s workspace', zhHant: '並非你部門工作區內的文件' },
      })),
    );
  }
  return ids.map((id) => byId.get(id) as WorkspaceDocument);
}

/** Deletes a document from the workspace (audited); results that used it keep their citations. */
export async function deleteWorkspaceDocument(db: Db, ctx: ServiceContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await getWorkspaceDocument(tx, ctx.principal, id);
    await tx.delete(assistantDocuments).where(eq(assistantDocuments.id, id));
    await appendAudit(tx, auditContext(ctx), {
      action: 'assistant.document_delete',
      entityType: 'assistant_document',
      entityId: id,
      departmentId: row.departmentId,
      before: { name: row.name, kind: row.kind, contentSha256: row.contentSha256 },
    });
  });
}
