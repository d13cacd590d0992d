import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { createBot, publishBot } from '../chat/index.ts';
import { createProvider, type FakeProvider, putAllowlist, startFakeProvider } from '../gateway/index.ts';
import { reviewVersion } from '../knowledge/index.ts';
import { createFixture, type Fixture, knowledgeDraft } from './test-fixture.ts';
import { faqJsonl, TEST_BOT_CONFIG } from './testing/test-bot.ts';

/**
 * Approved text is served as approved (issue 13, items 2 and 3): in the asker's own script it is
 * quoted verbatim, variants and all, and the department's own contact details are not masked.
 */

const PERMIT_ZH = '暫准居留的決定會在網上公布；表格放在辦事處裏，填寫時請按着指示。';
const PERMIT_EN = 'Decisions on permission to stay are published online; forms are at the office.';
const COUNTER_ZH = '表格放在櫃檯裡面，請沿著指示牌前往登記處。';
const HOTLINE_ZH = '如有查詢，請致電 2835 1473 或電郵 enquiry@afcd.gov.hk 聯絡漁護署。';
const HOTLINE_EN = 'For enquiries, call 2835 1473 or e-mail enquiry@afcd.gov.hk.';

const FAQ = faqJsonl([
  {
    id: 'permit',
    question_zh: '暫准居留的決定在哪裏公布？',
    answer_zh: PERMIT_ZH,
    question_en: 'Where are decisions on permission to stay published?',
    answer_en: PERMIT_EN,
  },
  { id: 'counter', question: '登記表格放在哪裡？', answer: COUNTER_ZH },
  {
    id: 'hotline',
    question_zh: '查詢熱線號碼是甚麼？',
    answer_zh: HOTLINE_ZH,
    question_en: 'What is the enquiry hotline number?',
    answer_en: HOTLINE_EN,
  },
]);

const BOT = TEST_BOT_CONFIG;

interface Answer {
  answer: string;
  language: string;
  outcome: string;
  citations: { excerpt: string }[];
}

describe('approved text served as approved', () => {
  let f: Fixture;
  let fake: FakeProvider;
  const ask = async (question: string, botId = 'approved-bot') =>
    (await f.app.inject({ method: 'POST', url: `/api/v1/bots/${botId}/ask`, payload: { question } })).json() as Answer;

  beforeAll(async () => {
    f = await createFixture();
    const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
    const draft = await knowledgeDraft(f.store, f.own, `${FAQ}\n`);
    // The hotline entry is flagged as personal data at import: the approver publishes it knowingly.
    const decision = {
      approve: true as const,
      override: { reason: 'The hotline and e-mail are the department’s own, published on its website.' },
    };
    await reviewVersion(f.store.db, ctx, draft.versionId, decision);
    await f.app.lionrock.knowledgeIndex.refresh();
    await createBot(f.store.db, ctx, { id: 'approved-bot', departmentId: f.own.department.id, config: BOT });
    await publishBot(f.store.db, ctx, 'approved-bot');
    // A generative bot over the same knowledge, with a scripted OpenAI-compatible server as its model.
    fake = await startFakeProvider();
    await createProvider(f.store.db, ctx, f.app.gateway.secrets, {
      name: 'local',
      baseUrl: fake.url,
      models: ['qwen'],
    });
    await putAllowlist(f.store.db, ctx, f.own.department.id, [{ provider: 'local', model: 'qwen' }]);
    await createBot(f.store.db, ctx, {
      id: 'writer-bot',
      departmentId: f.own.department.id,
      config: { ...BOT, answerMode: 'generative' as const, model: { provider: 'local', model: 'qwen' } },
    });
    await publishBot(f.store.db, ctx, 'writer-bot');
  });
  afterAll(async () => {
    await f.close();
    await fake.close();
  });

  it('quotes a Traditional answer to a Traditional asker verbatim: 暫准, 公布, 裏 and 着 are not made 暫準, 公佈', async () => {
    const answer = await ask('暫准居留的決定在哪裏公布？');
    expect(answer).toMatchObject({ outcome: 'answered', language: 'zh-Hant' });
    expect(answer.answer).toBe(`${PERMIT_ZH} [1]`);
    expect(answer.citations[0]?.excerpt).toBe(PERMIT_ZH);
  });

  it('keeps the Taiwan variants an entry was approved with (裡, 著, 櫃檯) for a Traditional asker', async () => {
    const answer = await ask('登記表格放在哪裡？');
    expect(answer).toMatchObject({ outcome: 'answered', language: 'zh-Hant' });
    expect(answer.answer).toBe(`${COUNTER_ZH} [1]`);
  });

  it('converts the Traditional answer for a Simplified asker', async () => {
    const answer = await ask('暂准居留的决定在哪里公布？');
    expect(answer).toMatchObject({ outcome: 'answered', language: 'zh-Hans' });
    expect(answer.answer).toBe('暂准居留的决定会在网上公布；表格放在办事处里，填写时请按着指示。 [1]');
  });

  it('leaves an English answer untouched', async () => {
    const answer = await ask('Where are decisions on permission to stay published?');
    expect(answer).toMatchObject({ outcome: 'answered', language: 'en' });
    expect(answer.answer).toBe(`${PERMIT_EN} [1]`);
  });

  it("serves the department's own hotline and e-mail in an approved answer unmasked, as its citation shows them", async () => {
    const zh = await ask('查詢熱線號碼是甚麼？');
    expect(zh).toMatchObject({ outcome: 'answered', language: 'zh-Hant' });
    expect(zh.answer).toBe(`${HOTLINE_ZH} [1]`);
    const en = await ask('What is the enquiry hotline number?');
    expect(en.answer).toBe(`${HOTLINE_EN} [1]`);
    const hans = await ask('查询热线号码是什么？');
    expect(hans.language).toBe('zh-Hans');
    expect(hans.answer).toContain('2835 1473');
    expect(hans.answer).toContain('enquiry@afcd.gov.hk');
  });

  it("keeps the source's hotline in a model's answer but masks a number the model added", async () => {
    fake.script({ kind: 'reply', text: '如有查詢，請致電 2835 1473 聯絡漁護署 [1]。' });
    const quoting = await ask('查詢熱線號碼是甚麼？', 'writer-bot');
    expect(quoting).toMatchObject({ outcome: 'answered', answer: '如有查詢，請致電 2835 1473 聯絡漁護署 [1]。' });

    fake.script({ kind: 'reply', text: '如有查詢，請致電 2835 1473 或 9123 4567 聯絡漁護署 [1]。' });
    const adding = await ask('查詢熱線號碼是甚麼？', 'writer-bot');
    expect(adding.outcome).toBe('answered');
    expect(adding.answer).toContain('2835 1473');
    expect(adding.answer).not.toContain('9123 4567');
    expect(adding.answer).toContain('**** **67');

    fake.script({ kind: 'reply', text: '如有查詢，請電郵 enquiry@afcd.gov.hk 或 chan.taiman@gmail.com [1]。' });
    const mail = await ask('查詢熱線號碼是甚麼？', 'writer-bot');
    expect(mail.outcome).toBe('answered');
    expect(mail.answer).toContain('enquiry@afcd.gov.hk');
    expect(mail.answer).not.toContain('chan.taiman@gmail.com');
  });
});
