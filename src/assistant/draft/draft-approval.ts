import { and, eq } from 'drizzle-orm';
import { auditContext, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { AppError, forbidden } from '../../core/index.ts';
import { assistantDrafts, type Db } from '../../store/index.ts';
import { checkEditable, type Draft, type DraftRow, getDraft } from './drafts.ts';

/**
 * A refusal with its reason in both languages: the detail in the reader's language, and both as a
 * problem extension (`reason: {en, zh}`) that the console shows side by side.
 */
class DraftRefused extends AppError {
  readonly problemExtensions: { reason: { en: string; zh: string } };
  constructor(en: string, zh: string, field: string, code: string) {
    super('conflict', { en, zhHant: zh }, [{ field, code, message: { en, zhHant: zh } }]);
    this.problemExtensions = { reason: { en, zh } };
  }
}

async function update(
  db: Db,
  ctx: ServiceContext,
  draft: Draft,
  action: string,
  set: Partial<DraftRow>,
  extra: Record<string, unknown> = {},
): Promise<Draft> {
  await db.transaction(async (tx) => {
    // Only from the state we checked: a concurrent decision or edit makes this miss.
    const [row] = await tx
      .update(assistantDrafts)
      .set({ ...set, updatedAt: new Date() })
      .where(
        and(
          eq(assistantDrafts.id, draft.id),
          eq(assistantDrafts.status, draft.status),
          eq(assistantDrafts.currentVersion, draft.currentVersion),
        ),
      )
      .returning();
    if (!row)
      throw new DraftRefused(
        'The draft changed meanwhile: reload it',
        '草稿已被更改，請重新載入',
        'status',
        'stale_version',
      );
    await appendAudit(tx, auditContext(ctx), {
      action,
      entityType: 'assistant_draft',
      entityId: row.id,
      departmentId: row.departmentId,
      before: { status: draft.status },
      after: { status: row.status, version: row.currentVersion, ...extra },
    });
  });
  return getDraft(db, ctx.principal, draft.id);
}

/** Asks for a second officer's approval of the current version (`draft.request_approval`). */
export async function requestApproval(db: Db, ctx: ServiceContext, id: string): Promise<Draft> {
  const draft = await getDraft(db, ctx.principal, id);
  checkEditable(draft, undefined);
  if (draft.status === 'pending_approval')
    throw new DraftRefused('Approval is already requested', '已申請批核', 'status', 'already_pending');
  if (draft.status === 'approved' && draft.decidedVersion === draft.currentVersion)
    throw new DraftRefused('This version is already approved', '此版本已獲批核', 'status', 'already_approved');
  return update(db, ctx, draft, 'draft.request_approval', {
    status: 'pending_approval',
    approvalRequestedBy: ctx.principal.id,
    approvalRequestedAt: new Date(),
    decidedBy: null,
    decidedAt: null,
    decidedVersion: null,
    decisionComment: null,
  });
}

/**
 * The second officer's decision on the version asked about (`draft.approve` / `draft.reject`): an
 * officer of the draft's own department, neither the one who asked nor one who wrote the draft or
 * its current version. A rejection says why.
 */
export async function decideApproval(
  db: Db,
  ctx: ServiceContext,
  id: string,
  decision: { approve: boolean; comment?: string | undefined },
): Promise<Draft> {
  const draft = await getDraft(db, ctx.principal, id);
  if (ctx.principal.departmentId !== draft.departmentId)
    throw forbidden({
      en: "Only an officer of the draft's department may approve it",
      zhHant: '只有草稿所屬部門的人員可批核',
    });
  if (draft.status !== 'pending_approval')
    throw new DraftRefused('No approval is requested for this draft', '此草稿未有申請批核', 'status', 'not_pending');
  const current = draft.versions.at(-1);
  const writers = new Set([draft.createdBy, draft.approvalRequestedBy, current?.createdBy]);
  if (writers.has(ctx.principal.id))
    throw new DraftRefused(
      'A second officer must decide: you asked for this approval or wrote this draft',
      '須由另一名人員批核：你申請了此批核或撰寫了此草稿',
      'principal',
      'own_draft',
    );
  if (!decision.approve && !decision.comment)
    throw new AppError('validation_failed', { en: 'Say why the draft is rejected', zhHant: '請說明駁回草稿的理由' }, [
      {
        field: 'body.comment',
        code: 'required',
        message: { en: 'is required when rejecting', zhHant: '駁回時必須填寫' },
      },
    ]);
  return update(
    db,
    ctx,
    draft,
    decision.approve ? 'draft.approve' : 'draft.reject',
    {
      status: decision.approve ? 'approved' : 'rejected',
      decidedBy: ctx.principal.id,
      decidedAt: new Date(),
      decidedVersion: draft.currentVersion,
      decisionComment: decision.comment ?? null,
    },
    { comment: decision.comment ?? null },
  );
}

/**
 * Finalises the draft for export (`draft.finalise`): refused (409, reason in both languages) while
 * the department's policy asks for a second officer's approval of a draft going outside and the
 * current version is not approved.
 */
export async function finaliseDraft(db: Db, ctx: ServiceContext, id: string): Promise<Draft> {
  const draft = await getDraft(db, ctx.principal, id);
  checkEditable(draft, undefined);
  const approved = draft.status === 'approved' && draft.decidedVersion === draft.currentVersion;
  if (draft.approvalRequired && !approved)
    throw new DraftRefused(
      "This draft goes outside the department: your department's policy requires a second officer's approval of its current version before it is finalised or exported",
      '此草稿會發出部門以外：按部門政策，現行版本須經另一名人員批核，方可定稿或匯出',
      'status',
      'approval_required',
    );
  return update(db, ctx, draft, 'draft.finalise', {
    status: 'finalised',
    finalisedBy: ctx.principal.id,
    finalisedAt: new Date(),
  });
}
