import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, type ConversationDeps } from './conversation.ts';
import { botConfigSchema } from './bot-config.ts';
import { DEMO_BOTS } from './seed-demo-bots.ts';
import { openDemoConversation } from './testing/demo-conversation.ts';

/**
 * Natural Cantonese and written questions to the demo dog-licence bot (demo-dog-licence, FAQ in
 * demo/faq-dog-licence.jsonl), asked the way a citizen asks them: through chat's `ask`, over the
 * seeded and published demo bots, at the default threshold.
 */
describe('the demo dog-licence bot answers natural questions from the right entry', () => {
  let deps: ConversationDeps;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ deps, close } = await openDemoConversation());
  }, 60_000);
  afterAll(async () => close?.());

  /** The bot's own threshold (the default, 0.35); the bots browser test's bot on the same FAQ asks at 0.3. */
  const threshold = botConfigSchema.parse(DEMO_BOTS.find((bot) => bot.id === 'demo-dog-licence')?.config).threshold;
  const askDogBot = (question: string) =>
    ask(deps, { botId: 'demo-dog-licence', question, actor: null, requestId: 't' });
  /** Entry keys of a bilingual FAQ are `id:zh-Hant` / `id:en`; a citation's entry id is `source:key`. */
  const entryOf = (entryId: string | undefined) => /:(dog-[a-z-]+)(:[a-z-]+)?$/i.exec(entryId ?? '')?.[1];

  it.each([
    // "How do I license my dog": 同 / 幫 + classifier is Cantonese "for the dog"; 領牌 is getting the licence.
    ['點樣同隻狗領牌？', 'dog-how-apply'],
    ['點樣幫隻狗領牌', 'dog-how-apply'],
    ['點幫隻狗領牌？', 'dog-how-apply'],
    // Written Chinese, and nothing about villages or boats.
    ['如何為狗隻領牌？', 'dog-how-apply'],
    // "Does my dog need a licence": 要領 (essentials) must not be cut out of 要領牌.
    ['隻狗要領牌嗎', 'dog-need-licence'],
    ['隻狗要唔要領牌？', 'dog-need-licence'],
    // 使唔使 asks whether one needs to (是否需要), not about a 使.
    ['使唔使同隻狗領牌？', 'dog-need-licence'],
    // The special case still goes to its entry when the question says where the dog lives.
    ['我住喺村屋，點幫隻狗領牌', 'dog-villages'],
    ['住喺船上，點同隻狗領牌？', 'dog-villages'],
  ])('「%s」 is answered from %s', async (question, entry) => {
    const result = await askDogBot(question);
    expect(result.outcome).toBe('answered');
    expect(entryOf(result.citations[0]?.entryId)).toBe(entry);
  });

  it.each([
    ['請問狗隻幾大要領牌？'],
    // A callback number in the question (the bots browser test asks this): how to reach the asker is not what is asked.
    ['我電話係 9123 4567，請問狗隻幾大要領牌？'],
  ])("「%s」 is answered from dog-age (狗隻幾大要領狗牌？) above the bot's threshold", async (question) => {
    const result = await askDogBot(question);
    expect(result.outcome).toBe('answered');
    expect(entryOf(result.citations[0]?.entryId)).toBe('dog-age');
    expect(result.confidence).toBeGreaterThan(threshold);
  });

  it('a lost dog, which no entry covers (only a lost licence), falls back to a person', async () => {
    const result = await askDogBot('我隻狗走失咗點算？');
    expect(result.outcome).toBe('fallback');
  });
});
