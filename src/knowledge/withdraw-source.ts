import { and, eq } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type ServiceContext } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';
import { AppError, forbidden, hasPermission, notFound } from '../core/index.ts';
import { type Db, knowledgeSources, knowledgeVersions, type Tx } from '../store/index.ts';
import type { KnowledgeSource } from './knowledge-service.ts';

/**
 * Withdrawing a published source is maker-checker, like publishing it: an editor asks, with the
 * reason; an approver who is not the one who asked confirms (or declines). On confirmation the
 * source has no published version, so every node's index drops its passages at its next refresh
 * (at once on the node that confirmed). A new version published through review brings it back.
 */
export async function requestWithdrawal(
  db: Db,
  ctx: ServiceContext,
  sourceId: string,
  reason: string,
): Promise<KnowledgeSource> {
  if (!hasPermission(ctx.principal.roles, 'knowledge:write'))
    throw forbidden({
      en: 'Only an editor may ask for a source to be withdrawn',
      zhHant: '只有編輯人員可申請撤回來源',
    });
  return db.transaction(async (tx) => {
    const source = await lockSource(tx, ctx, sourceId);
    if (source.publishedVersion === null) {
      throw new AppError(
        'conflict',
        { en: 'The source has no published version to withdraw', zhHant: '此來源沒有已發布的版本可撤回' },
        [{ field: 'params.id', code: 'not_published', message: { en: 'is not published', zhHant: '未發布' } }],
      );
    }
    if (source.withdrawalRequestedAt) {
      throw new AppError(
        'conflict',
        { en: 'A withdrawal is already waiting for an approver', zhHant: '已有撤回申請等待審批' },
        [
          {
            field: 'params.id',
            code: 'withdrawal_pending',
            message: { en: 'already has a pending request', zhHant: '已有待審批申請' },
          },
        ],
      );
    }
    const [after] = await tx
      .update(knowledgeSources)
      .set({
        withdrawalRequestedBy: ctx.principal.id,
        withdrawalRequestedAt: new Date(),
        withdrawalReason: reason,
        updatedAt: new Date(),
      })
      .where(eq(knowledgeSources.id, sourceId))
      .returning();
    await audit(tx, ctx, 'knowledge.withdraw_requested', source, { reason });
    return after ?? source;
  });
}

/** An approver other than the requester withdraws the source: nothing of it is served any more. */
export async function confirmWithdrawal(db: Db, ctx: ServiceContext, sourceId: string): Promise<KnowledgeSource> {
  assertApprover(ctx);
  return db.transaction(async (tx) => {
    const source = await pending(tx, ctx, sourceId);
    if (source.withdrawalRequestedBy === ctx.principal.id) {
      throw new AppError('forbidden', {
        en: 'Maker-checker: you asked for this withdrawal, so another approver must confirm it',
        zhHant: '須由另一人審批：撤回申請由你提出，須由另一名審批人確認',
      });
    }
    await tx
      .update(knowledgeVersions)
      .set({ status: 'withdrawn' })
      .where(and(eq(knowledgeVersions.sourceId, sourceId), eq(knowledgeVersions.status, 'published')));
    const now = new Date();
    const [after] = await tx
      .update(knowledgeSources)
      .set({ publishedVersion: null, withdrawnAt: now, updatedAt: now })
      .where(eq(knowledgeSources.id, sourceId))
      .returning();
    await audit(tx, ctx, 'knowledge.withdraw', source, {
      withdrawnVersion: source.publishedVersion,
      requestedBy: source.withdrawalRequestedBy,
      reason: source.withdrawalReason,
    });
    return after ?? source;
  });
}

/** An approver declines the request, with the reason; the source stays published. */
export async function declineWithdrawal(
  db: Db,
  ctx: ServiceContext,
  sourceId: string,
  reason: string,
): Promise<KnowledgeSource> {
  assertApprover(ctx);
  return db.transaction(async (tx) => {
    const source = await pending(tx, ctx, sourceId);
    const [after] = await tx
      .update(knowledgeSources)
      .set({ withdrawalRequestedBy: null, withdrawalRequestedAt: null, withdrawalReason: null, updatedAt: new Date() })
      .where(eq(knowledgeSources.id, sourceId))
      .returning();
    await audit(tx, ctx, 'knowledge.withdraw_declined', source, {
      requestedBy: source.withdrawalRequestedBy,
      requestReason: source.withdrawalReason,
      reason,
    });
    return after ?? source;
  });
}

function assertApprover(ctx: ServiceContext): void {
  if (!hasPermission(ctx.principal.roles, 'knowledge:approve'))
    throw forbidden({
      en: 'Only an approver may confirm or decline a withdrawal',
      zhHant: '只有審批人可確認或拒絕撤回申請',
    });
}

async function lockSource(tx: Tx, ctx: ServiceContext, sourceId: string): Promise<KnowledgeSource> {
  const [source] = await tx.select().from(knowledgeSources).where(eq(knowledgeSources.id, sourceId)).for('update');
  if (!source || !canSeeDepartment(ctx.principal, source.departmentId)) throw notFound('Knowledge source');
  return source;
}

async function pending(tx: Tx, ctx: ServiceContext, sourceId: string): Promise<KnowledgeSource> {
  const source = await lockSource(tx, ctx, sourceId);
  if (!source.withdrawalRequestedAt || source.withdrawnAt) {
    throw new AppError(
      'conflict',
      { en: 'No withdrawal of this source is waiting for review', zhHant: '此來源沒有待審批的撤回申請' },
      [
        {
          field: 'params.id',
          code: 'no_withdrawal_request',
          message: { en: 'has no pending request', zhHant: '沒有待審批申請' },
        },
      ],
    );
  }
  return source;
}

function audit(tx: Tx, ctx: ServiceContext, action: string, before: KnowledgeSource, after: Record<string, unknown>) {
  return appendAudit(tx, auditContext(ctx), {
    action,
    entityType: 'knowledge_source',
    entityId: before.id,
    departmentId: before.departmentId,
    before: {
      publishedVersion: before.publishedVersion,
      withdrawalRequestedBy: before.withdrawalRequestedBy,
      withdrawnAt: before.withdrawnAt?.toISOString() ?? null,
    },
    after,
  });
}
