import { and, eq } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type ServiceContext } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { AppError, forbidden, hasPermission, issueMessage, notFound } from '../core/index.ts';
import { type Db, type KnowledgeVersionStatus, knowledgeSources, knowledgeVersions, type Tx } from '../store/index.ts';
import { type DraftFinding, withheld } from './draft-findings.ts';
import type { KnowledgeVersion } from './knowledge-service.ts';

/**
 * Maker-checker: a draft is published or rejected by someone other than its editor; publishing
 * supersedes the previously published version; rollback republishes an earlier approved version.
 * Every step is one transaction with its audit entry.
 */
export async function reviewVersion(
  db: Db,
  ctx: ServiceContext,
  versionId: string,
  decision: { approve: true; override?: { reason: string } | undefined } | { approve: false; reason: string },
): Promise<KnowledgeVersion> {
  assertApprover(ctx);
  return db.transaction(async (tx) => {
    const version = await lockVersion(tx, ctx, versionId);
    if (version.status !== 'draft') throw reviewedAlready(version.version, version.status);
    if (version.editorId === ctx.principal.id) {
      throw new AppError('forbidden', {
        en: 'Maker-checker: you imported or edited this draft, so another approver must review it',
        zhHant: '須由另一人審批：此草稿由你匯入或編輯，須由另一名審批人審閱',
      });
    }
    const reviewed = { reviewerId: ctx.principal.id, reviewedAt: new Date() };
    if (!decision.approve) {
      const [after] = await tx
        .update(knowledgeVersions)
        .set({ ...reviewed, status: 'rejected', rejectReason: decision.reason })
        .where(eq(knowledgeVersions.id, versionId))
        .returning();
      await audit(tx, ctx, 'knowledge.reject', version, { status: 'rejected', reason: decision.reason });
      return after ?? version;
    }
    const findings = version.findings as DraftFinding[];
    if (findings.length > 0 && !decision.override) throw unresolvedFindings(version.version, findings);
    const overrideReason = findings.length > 0 ? (decision.override?.reason ?? null) : null;
    const after = await publish(tx, version, { ...reviewed, overrideReason });
    await audit(tx, ctx, 'knowledge.publish', version, {
      status: 'published',
      version: version.version,
      ...(overrideReason === null
        ? {}
        : {
            override: {
              reason: overrideReason,
              findings: findings.map(({ entryKey, kinds }) => ({ entryKey, kinds })),
              withheld: withheld(findings).map((finding) => finding.entryKey),
            },
          }),
    });
    return after;
  });
}

/** What a version no longer a draft has become: issue codes, worded in both languages by the catalogue. */
const REVIEWED: Record<Exclude<KnowledgeVersionStatus, 'draft'>, string> = {
  published: 'version_published',
  superseded: 'version_superseded',
  rejected: 'version_rejected',
  withdrawn: 'version_withdrawn',
};

/** 409 for a review of a version that is no longer a draft: usually another approver decided first. */
function reviewedAlready(version: number, status: Exclude<KnowledgeVersionStatus, 'draft'>): AppError {
  const code = REVIEWED[status];
  const message = { en: issueMessage(code, {}, 'en'), zhHant: issueMessage(code, {}, 'zh-Hant') };
  return new AppError(
    'conflict',
    {
      en: `Version ${version} ${message.en}; only drafts can be reviewed`,
      zhHant: `第 ${version} 版${message.zhHant}；只可審批草稿`,
    },
    [{ field: 'status', code, message }],
  );
}

/** 409 naming each finding: the approver reads them, then overrides with a written reason or rejects. */
function unresolvedFindings(version: number, findings: readonly DraftFinding[]): AppError {
  const shown = findings.slice(0, 50);
  return new AppError(
    'conflict',
    {
      en:
        `Version ${version} has import findings (${findings.length}); read them, then approve with override.reason to publish ` +
        'the rest (passages flagged as injection are never served), or reject it.',
      zhHant:
        `第 ${version} 版有 ${findings.length} 項匯入檢查結果；請先閱讀，再以 override.reason 寫明理由推翻並發布其餘內容` +
        '（被標記為指令注入的段落一律不會提供），或駁回此版本。',
    },
    shown.map((finding) => ({
      field: 'body.override',
      code: 'unresolved_findings',
      message: {
        en: `entry ${finding.entryKey} (#${finding.ordinal + 1}): ${finding.kinds.join(', ')}`,
        zhHant: `第 ${finding.ordinal + 1} 段（${finding.entryKey}）：${finding.kinds.map((kind) => FINDING_ZH[kind]).join('、')}`,
      },
    })),
  );
}

const FINDING_ZH: Record<DraftFinding['kinds'][number], string> = {
  injection: '指令注入',
  pii: '個人資料',
  url: '可疑連結',
};

/** Republishes an earlier version that an approver once published (the content is already reviewed). */
export async function rollbackSource(
  db: Db,
  ctx: ServiceContext,
  sourceId: string,
  toVersion: number,
): Promise<KnowledgeVersion> {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select()
      .from(knowledgeVersions)
      .where(and(eq(knowledgeVersions.sourceId, sourceId), eq(knowledgeVersions.version, toVersion)));
    if (!target || !canSeeDepartment(ctx.principal, target.departmentId)) throw notFound('Knowledge version');
    await lockVersion(tx, ctx, target.id);
    const [source] = await tx.select().from(knowledgeSources).where(eq(knowledgeSources.id, sourceId));
    if (source?.withdrawnAt) {
      // A withdrawal was decided by two people: one approver alone does not undo it.
      throw new AppError(
        'conflict',
        {
          en: 'The source was withdrawn; import it again and have the draft approved',
          zhHant: '此來源已撤回，請重新匯入並經審批發布',
        },
        [
          {
            field: 'body.version',
            code: 'source_withdrawn',
            message: { en: 'belongs to a withdrawn source', zhHant: '屬於已撤回的來源' },
          },
        ],
      );
    }
    if (target.status === 'published')
      throw new AppError('conflict', {
        en: `Version ${toVersion} is already the published version`,
        zhHant: `第 ${toVersion} 版已是現行發布的版本`,
      });
    if (target.status !== 'superseded' || !target.reviewedAt) {
      throw new AppError(
        'conflict',
        {
          en: `Version ${toVersion} was never published; publish it through review instead`,
          zhHant: `第 ${toVersion} 版從未發布，請改為經審批發布`,
        },
        [
          {
            field: 'body.version',
            code: 'never_published',
            message: { en: 'was never approved', zhHant: '從未獲審批' },
          },
        ],
      );
    }
    const after = await publish(tx, target, { reviewerId: target.reviewerId, reviewedAt: target.reviewedAt });
    await audit(tx, ctx, 'knowledge.rollback', target, { status: 'published', version: toVersion });
    return after;
  });
}

function assertApprover(ctx: ServiceContext): void {
  if (!hasPermission(ctx.principal.roles, 'knowledge:approve'))
    throw forbidden({
      en: 'Only an approver may publish, reject or roll back knowledge',
      zhHant: '只有審批人可發布、駁回或還原知識內容',
    });
}

async function lockVersion(tx: Tx, ctx: ServiceContext, versionId: string): Promise<KnowledgeVersion> {
  const [version] = await tx.select().from(knowledgeVersions).where(eq(knowledgeVersions.id, versionId)).for('update');
  if (!version || !canSeeDepartment(ctx.principal, version.departmentId)) throw notFound('Knowledge version');
  // Serialise publishing per source: lock the source row too.
  await tx
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(eq(knowledgeSources.id, version.sourceId))
    .for('update');
  return version;
}

async function publish(
  tx: Tx,
  version: KnowledgeVersion,
  reviewed: { reviewerId: string | null; reviewedAt: Date | null; overrideReason?: string | null },
): Promise<KnowledgeVersion> {
  await tx
    .update(knowledgeVersions)
    .set({ status: 'superseded' })
    .where(and(eq(knowledgeVersions.sourceId, version.sourceId), eq(knowledgeVersions.status, 'published')));
  const [after] = await tx
    .update(knowledgeVersions)
    .set({ ...reviewed, status: 'published' })
    .where(eq(knowledgeVersions.id, version.id))
    .returning();
  await tx
    .update(knowledgeSources)
    // Publishing a version brings back a withdrawn source and ends any withdrawal request.
    .set({
      publishedVersion: version.version,
      withdrawalRequestedBy: null,
      withdrawalRequestedAt: null,
      withdrawalReason: null,
      withdrawnAt: null,
      updatedAt: new Date(),
    })
    .where(eq(knowledgeSources.id, version.sourceId));
  if (!after) throw notFound('Knowledge version');
  return after;
}

function audit(tx: Tx, ctx: ServiceContext, action: string, before: KnowledgeVersion, after: Record<string, unknown>) {
  return appendAudit(tx, auditContext(ctx), {
    action,
    entityType: 'knowledge_version',
    entityId: before.id,
    departmentId: before.departmentId,
    before: { sourceId: before.sourceId, version: before.version, status: before.status },
    after: { sourceId: before.sourceId, ...after },
  });
}
