import type { BotSummary } from './api/bots.ts';
import type { BotMessageKey } from './messages.ts';

/**
 * What a list row says about a bot's versions: a draft, published, a draft over a published version,
 * or withdrawn; as a message key and its values.
 */
export function botStatus(bot: Pick<BotSummary, 'publishedVersion' | 'latestVersion' | 'latestStatus'>): {
  key: BotMessageKey;
  values: Record<string, number>;
  published: boolean;
} {
  const version = bot.latestVersion;
  if (bot.latestStatus === 'published') return { key: 'statusPublished', values: { version }, published: true };
  if (bot.latestStatus === 'superseded' && bot.publishedVersion === null)
    return { key: 'statusUnpublished', values: { version }, published: false };
  if (bot.publishedVersion !== null)
    return {
      key: 'statusDraftOverPublished',
      values: { version, published: bot.publishedVersion },
      published: true,
    };
  return { key: 'statusDraft', values: { version }, published: false };
}

/** Whether a bot matches the list's filter: its id or either name contains the text (any case). */
export function matchesFilter(bot: Pick<BotSummary, 'id' | 'name'>, filter: string): boolean {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [bot.id, bot.name.zh, bot.name.en].some((text) => text.toLocaleLowerCase().includes(needle));
}
