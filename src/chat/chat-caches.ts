import { TtlCache } from '../core/index.ts';
import type { GuardPolicy, GuardVerdict } from '../guard/index.ts';
import type { BotView } from './bots.ts';
import { PassageVerdicts } from './passage-verdicts.ts';

/**
 * What every question would otherwise read from the database: the bot's published version, the
 * department's guard policy and the URL blocklist. A change made on this node is seen at once
 * (the routes invalidate); on other nodes within the TTL.
 */
export class ChatCaches {
  readonly bots = new TtlCache<BotView | null>(2_000);
  readonly policies = new TtlCache<GuardPolicy>(5_000);
  readonly blocklist = new TtlCache<Set<string>>(5_000);
  readonly quotedVerdicts = new QuotedAnswerVerdicts();
  /** Context-stage verdicts of retrieved passages (approved text, the same all day, like quoted answers). */
  readonly contextVerdicts = new PassageVerdicts();
}

/**
 * Output verdicts of quoted (extractive) answers. The verdict depends only on the answer, the
 * policy's output stage and the blocklist, and an FAQ bot gives the same few approved answers all
 * day, so each is scanned once per blocklist load rather than on every question.
 */
export class QuotedAnswerVerdicts {
  private blocklist: Set<string> | undefined;
  private readonly verdicts = new Map<string, GuardVerdict>();

  constructor(private readonly maxEntries = 10_000) {}

  get(policy: GuardPolicy, answer: string, blocklist: Set<string>, evaluate: () => GuardVerdict): GuardVerdict {
    if (blocklist !== this.blocklist || this.verdicts.size >= this.maxEntries) {
      this.verdicts.clear();
      this.blocklist = blocklist;
    }
    const key = `${JSON.stringify(policy.output ?? {})}\u0000${answer}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      verdict = evaluate();
      this.verdicts.set(key, verdict);
    }
    return verdict;
  }
}
