import type { ServiceContext } from '../../access/index.ts';
import type { BotConfig } from '../../chat/index.ts';
import type { Db } from '../../store/index.ts';
import { findBotApplication } from '../registry/index.ts';
import { onApplicationChanged, onGuardPolicyChanged, type Reassessment } from '../workflow/index.ts';
import { changedSettings } from './significant-settings.ts';

/**
 * A bot's configuration changed (a new draft version): a significant change re-opens the go-live
 * conditions it touches. A new model or a new knowledge source makes an assessed application due
 * for re-assessment (and its guard policy, a policy change); the new version's evaluations are
 * required anyway, because the gate counts an evaluation only for a version without significant
 * changes since (see {@link changedSettings}).
 *
 * @example await onBotConfigChanged(db, ctx, 'demo-1823', before.latest.config, after.latest.config)
 */
export async function onBotConfigChanged(
  db: Db,
  ctx: ServiceContext,
  botId: string,
  before: BotConfig,
  after: BotConfig,
): Promise<Reassessment[]> {
  const changed = changedSettings(before, after);
  if (changed.length === 0) return [];
  const application = await findBotApplication(db, botId);
  if (!application) return [];
  const flagged = await onApplicationChanged(
    db,
    ctx,
    { id: application.id, models: before.model ? [before.model] : [], dataSources: before.sourceIds.map(source) },
    { models: after.model ? [after.model] : [], dataSources: after.sourceIds.map(source) },
  );
  if (changed.includes('guardPolicy')) {
    flagged.push(...(await onGuardPolicyChanged(db, ctx, application.departmentId, botId)));
  }
  return flagged;
}

const source = (id: string) => `knowledge-source:${id}`;
