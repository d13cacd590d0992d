import { count, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { reviewVersion } from '../knowledge/index.ts';
import { chatMessages, handoffCases } from '../store/index.ts';
import { createFixture, type Fixture, knowledgeDraft, testBot } from './test-fixture.ts';

/**
 * One citizen sending text PostgreSQL cannot store (a lone UTF-16 surrogate, a NUL) used to make
 * the batched insert of everyone's turns fail, losing other citizens' answered turns and handoffs.
 * Under concurrent load with poison mixed in, every innocent turn must be in the database.
 */

const FAQ = [
  { id: 'fee', question: '狗牌幾錢？', answer: '狗隻牌照費用為港幣八十元，有效期三年。' },
  { id: 'hours', question: 'When is the 1823 hotline open?', answer: '1823 is open 24 hours a day.' },
]
  .map((row) => JSON.stringify(row))
  .join('\n');

const POISON = ['x \ud800', 'x \udfff y', 'nul \u0000 here', '\ud83d'];

interface Sent {
  status: number;
  sessionId: string | undefined;
  outcome: string | undefined;
  body: unknown;
}

describe('a poisoned question never takes other citizens’ turns with it', () => {
  let f: Fixture;
  let botId: string;
  beforeAll(async () => {
    f = await createFixture();
    const draft = await knowledgeDraft(f.store, f.own, `${FAQ}\n`);
    await reviewVersion(f.store.db, { principal: CLI_PRINCIPAL, requestId: 't' }, draft.versionId, { approve: true });
    await f.app.lionrock.knowledgeIndex.refresh();
    botId = await testBot(f.store, f.own);
  });
  afterAll(async () => f.close());

  async function askWidget(question: string): Promise<Sent> {
    const response = await f.app.inject({
      method: 'POST',
      url: `/api/v1/bots/${botId}/ask`,
      payload: { question },
    });
    const body = response.json() as { sessionId?: string; outcome?: string };
    return { status: response.statusCode, sessionId: body.sessionId, outcome: body.outcome, body };
  }

  async function askOpenAi(content: string, model = botId): Promise<Sent> {
    const response = await f.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      payload: { model, messages: [{ role: 'user', content }] },
    });
    const body = response.json() as { lionrock?: { sessionId: string; outcome: string } };
    return { status: response.statusCode, sessionId: body.lionrock?.sessionId, outcome: body.lionrock?.outcome, body };
  }

  it('refuses the poison with a 400 naming the field and writes every innocent turn and handoff', async () => {
    const innocent: Promise<Sent>[] = [];
    const poison: Promise<Sent>[] = [];
    for (let round = 0; round < 40; round += 1) {
      // Answered turns (batched, unawaited writes) and handoffs (group commit, awaited).
      innocent.push(askWidget('狗牌幾錢？'));
      innocent.push(askOpenAi('When is the 1823 hotline open?'));
      // Asking for a person opens a case (a question the bot cannot answer only offers one).
      innocent.push(askWidget(`我想搵真人：一條沒有答案的問題 ${round}`));
      innocent.push(askOpenAi(`I want to speak to a human about question ${round}`));
      const bad = POISON[round % POISON.length] ?? '';
      poison.push(round % 2 ? askWidget(bad) : askOpenAi(bad));
    }
    const [good, bad] = await Promise.all([Promise.all(innocent), Promise.all(poison)]);
    await f.app.lionrock.conversation.turns.flush();

    for (const sent of bad) {
      expect(sent.status, JSON.stringify(sent.body)).toBe(400);
      const { error } = sent.body as { error?: { param: string; code: string; type: string } };
      if (error) {
        // /v1 answers in OpenAI's shape (issue #13, item 9).
        expect(error).toMatchObject({
          type: 'invalid_request_error',
          param: 'messages.0.content',
          code: 'unstorable_text',
        });
        continue;
      }
      const problem = sent.body as { code: string; errors: { field: string; code: string }[] };
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors[0]?.field).toBe('body.question');
      expect(problem.errors[0]?.code).toBe('unstorable_text');
    }
    for (const sent of good) expect(sent.status, JSON.stringify(sent.body)).toBe(200);

    const sessions = good.map((sent) => sent.sessionId ?? '');
    const [messages] = await f.store.db
      .select({ n: count() })
      .from(chatMessages)
      .where(inArray(chatMessages.sessionId, sessions));
    expect(Number(messages?.n)).toBe(good.length * 2);
    const handedOff = good.filter((sent) => sent.outcome !== 'answered').length;
    expect(handedOff).toBeGreaterThanOrEqual(80);
    const [cases] = await f.store.db
      .select({ n: count() })
      .from(handoffCases)
      .where(inArray(handoffCases.sessionId, sessions));
    expect(Number(cases?.n)).toBe(handedOff);
  });

  it('never cuts a long question inside a surrogate pair (which would make it unstorable)', async () => {
    const sent = await askOpenAi(`${'狗'.repeat(1999)}🐕 after the cut`);
    expect(sent.status).toBe(200);
    await f.app.lionrock.conversation.turns.flush();
    const [row] = await f.store.db
      .select({ n: count() })
      .from(chatMessages)
      .where(inArray(chatMessages.sessionId, [sent.sessionId ?? '']));
    expect(Number(row?.n)).toBe(2);
  });

  it('names the model field when the bot id itself is unstorable', async () => {
    const sent = await askOpenAi('hello', 'demo\u0000');
    expect(sent.status).toBe(400);
    expect((sent.body as { error: { param: string } }).error.param).toBe('model');
  });

  it('answers in Traditional Chinese when the asker reads Chinese', async () => {
    const response = await f.app.inject({
      method: 'POST',
      url: `/api/v1/bots/${botId}/ask`,
      headers: { 'accept-language': 'zh-HK' },
      payload: { question: 'x \ud800' },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json() as { title: string; detail: string; errors: { message: string }[] };
    expect(problem.title).toBe('請求內容無效');
    expect(problem.errors[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
