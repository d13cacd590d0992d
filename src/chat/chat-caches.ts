import { TtlCache } from '../core/index.ts';
import type { GuardPolicy } from '../guard/index.ts';
import type { BotView } from './bots.ts';

/**
 * What every question would otherwise read from the database: the bot's published version, the
 * department's guard policy and the URL blocklist. A change made on this node is seen at once
 * (the routes invalidate); on other nodes within the TTL.
 */
export class ChatCaches {
  readonly bots = new TtlCache<BotView | null>(2_000);
  readonly policies = new TtlCache<GuardPolicy>(5_000);
  readonly blocklist = new TtlCache<Set<string>>(5_000);
}
