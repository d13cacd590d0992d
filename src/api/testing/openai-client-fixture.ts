import type { AddressInfo } from 'node:net';
import { CLI_PRINCIPAL } from '../../access/index.ts';
import type { Config } from '../../core/index.ts';

import { createBot, publishBot } from '../../chat/index.ts';
import { reviewVersion } from '../../knowledge/index.ts';
import { createFixture, type Fixture, knowledgeDraft } from '../test-fixture.ts';
import { faqJsonl, TEST_BOT_CONFIG } from './test-bot.ts';

/** Dog licence entries (two sharing a topic, so a follow-up can be read in it), a library one and an English one. */
const FAQ = faqJsonl([
  {
    id: 'fee',
    question_zh: '狗隻牌照費用是多少？',
    answer_zh: '狗隻牌照費用為港幣八十元，有效期三年。',
    url: 'https://www.afcd.gov.hk/dog-licence-fee',
    keywords: '狗牌|收費|幾錢',
  },
  {
    id: 'dog-renew',
    question_zh: '狗隻牌照到期點樣辦理？',
    answer_zh: '狗隻牌照到期前，可帶同狗隻到動物管理中心再次注射狂犬病疫苗後續領。',
    url: 'https://www.afcd.gov.hk/dog-licence-renewal',
    keywords: '狗牌|續領|續期',
  },
  {
    id: 'library-renew',
    question_zh: '圖書證點樣續期？',
    answer_zh: '圖書證可於任何公共圖書館櫃枱或網上續期。',
    url: 'https://www.hkpl.gov.hk/renew',
    keywords: '圖書證|續期',
  },
  {
    id: 'hours',
    question_zh: '1823 熱線服務時間？',
    answer_zh: '1823 全年無休，24 小時提供服務。',
    question_en: 'When is the 1823 hotline open?',
    answer_en: '1823 is open 24 hours a day, every day of the year.',
    url: 'https://www.1823.gov.hk/',
  },
]);

/**
 * The server an OpenAI client meets: those entries approved, `test-bot` published and `draft-bot`
 * not, listening on an ephemeral port; `baseURL` is what the client is given.
 */
export async function startOpenAiClientFixture(
  overrides: Partial<Config> = {},
): Promise<{ f: Fixture; baseURL: string }> {
  const f = await createFixture(overrides);
  const draft = await knowledgeDraft(f.store, f.own, `${FAQ}\n`);
  const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
  await reviewVersion(f.store.db, ctx, draft.versionId, { approve: true });
  await f.app.lionrock.knowledgeIndex.refresh();
  await createBot(f.store.db, ctx, { id: 'test-bot', departmentId: f.own.department.id, config: TEST_BOT_CONFIG });
  await publishBot(f.store.db, ctx, 'test-bot');
  await createBot(f.store.db, ctx, { id: 'draft-bot', departmentId: f.own.department.id, config: TEST_BOT_CONFIG });
  await f.app.listen({ port: 0, host: '127.0.0.1' });
  return { f, baseURL: `http://127.0.0.1:${(f.app.server.address() as AddressInfo).port}/v1` };
}
