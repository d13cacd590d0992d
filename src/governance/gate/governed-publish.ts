import { eq, sql } from 'drizzle-orm';
import { auditContext, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { type BotView, publishBot } from '../../chat/index.ts';
import { aiApplications, type Db, type Tx } from '../../store/index.ts';
import type { GoLiveCheck } from '../registry/index.ts';
import { goLiveConditions, goLiveConditionsOf } from './go-live-conditions.ts';
import { GoLiveRefused } from './go-live-refused.ts';

/**
 * Publishes a bot's latest version through the go-live gate: what the API's publish route and the
 * CLI's `bots publish` call, so nobody publishes around it. Inside the publication's transaction
 * the gate judges the very version being published; any unmet condition refuses it with a 409
 * listing every one ({@link GoLiveRefused}). Publishing is the application's go-live, so the
 * bot's application is recorded as `live` in the same transaction (audited `application.status`).
 *
 * @example await publishGovernedBot(db, ctx, 'demo-1823')
 */
export async function publishGovernedBot(
  db: Db,
  ctx: ServiceContext,
  botId: string,
  options: { version?: number | undefined } = {},
): Promise<BotView> {
  return publishBot(db, ctx, botId, {
    ...options,
    check: async (tx, view) => {
      const status = await goLiveConditions(tx, view.bot.id, { principal: ctx.principal, purpose: 'publish' });
      // The gate read the latest version inside this transaction: the one publishBot publishes.
      if (!status.ready || status.botVersion !== view.latest.version) throw new GoLiveRefused(status);
      if (status.applicationId) await recordLive(tx, ctx, status.applicationId, view.latest.version);
    },
  });
}

/**
 * The registry's go-live hook: an application moves to `live` (first go-live, or resuming after a
 * suspension) only when every condition is met. Pass it to `setApplicationStatus`.
 *
 * @example await setApplicationStatus(db, ctx, id, 'live', { goLiveCheck })
 */
export const goLiveCheck: GoLiveCheck = async (tx, application) => {
  const status = await goLiveConditionsOf(tx, application, { purpose: 'status_move' });
  if (!status.ready) throw new GoLiveRefused(status);
};

async function recordLive(tx: Tx, ctx: ServiceContext, applicationId: string, botVersion: number) {
  const [before] = await tx.select().from(aiApplications).where(eq(aiApplications.id, applicationId));
  if (!before || before.status === 'live') return;
  const [row] = await tx
    .update(aiApplications)
    .set({ status: 'live', revision: sql`${aiApplications.revision} + 1`, updatedAt: new Date() })
    .where(eq(aiApplications.id, applicationId))
    .returning();
  await appendAudit(tx, auditContext(ctx), {
    action: 'application.status',
    entityType: 'ai_application',
    entityId: applicationId,
    departmentId: before.departmentId,
    before: { status: before.status },
    after: { ...row, via: 'bot.publish', botVersion },
  });
}
