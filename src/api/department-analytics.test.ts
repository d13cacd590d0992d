import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { ask, createBot, publishBot } from '../chat/index.ts';
import { putQuota } from '../gateway/index.ts';
import { chatMessages, chatSessions, feedback, handoffCases, modelCalls } from '../store/index.ts';
import { createFixture, type DepartmentFixture, type Fixture } from './test-fixture.ts';

/** Issue 15: the dashboard's one call, aggregated in SQL over the department's bots. */

const DAY = 86_400_000;
const hkDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

interface DepartmentAnalytics {
  departmentId: string;
  days: number;
  questions: number;
  conversations: number;
  outcomes: Record<string, number>;
  rates: Record<string, number>;
  perDay: { date: string; questions: number; answered: number; fallback: number; blocked: number; handoff: number }[];
  handoffs: { open: number; overdue: number; openedInPeriod: number };
  feedback: { up: number; down: number };
  usage: {
    perDay: { date: string; calls: number; tokens: number }[];
    month: { requests: number; tokens: number; requestsLimit: number | null; tokensLimit: number | null };
  } | null;
}

describe('GET /api/v1/analytics/department', () => {
  let f: Fixture;
  const now = Date.now();
  const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
  const BOT_CONFIG = {
    name: { zh: '統計', en: 'Stats' },
    greeting: { zh: '你好', en: 'Hello' },
    disclosure: { zh: '人工智能', en: 'AI' },
    fallback: { zh: '請致電 1823。', en: 'Call 1823.' },
  };

  /** One stored turn (question, then its answer a millisecond later) of `botId`, `daysAgo` days back. */
  const turn = async (
    d: DepartmentFixture,
    botId: string,
    outcome: 'answered' | 'fallback' | 'blocked',
    daysAgo: number,
  ) => {
    const at = new Date(now - daysAgo * DAY - 60_000);
    const sessionId = randomUUID();
    const departmentId = d.department.id;
    await f.store.db.insert(chatSessions).values({ id: sessionId, botId, departmentId, botVersion: 1 });
    const answerId = randomUUID();
    await f.store.db.insert(chatMessages).values([
      { id: randomUUID(), sessionId, botId, departmentId, role: 'user', text: '問題', createdAt: at },
      {
        id: answerId,
        sessionId,
        botId,
        departmentId,
        role: 'assistant',
        text: '答案',
        outcome,
        createdAt: new Date(at.getTime() + 1),
      },
    ]);
    return answerId;
  };
  const handoff = (d: DepartmentFixture, botId: string, status: 'submitted' | 'closed', dueInDays: number) =>
    f.store.db.insert(handoffCases).values({
      id: randomUUID(),
      reference: `LR-TEST-${randomUUID().slice(0, 8)}`,
      departmentId: d.department.id,
      botId,
      question: '問題',
      reason: 'below_threshold',
      status,
      dueAt: new Date(now + dueInDays * DAY),
      createdAt: new Date(now - DAY - 60_000),
    });
  const rate = (d: DepartmentFixture, botId: string, messageId: string, rating: 'up' | 'down') =>
    f.store.db
      .insert(feedback)
      .values({ id: randomUUID(), messageId, botId, departmentId: d.department.id, rating, createdAt: new Date(now) });
  const call = (d: DepartmentFixture, status: 'ok' | 'refused', tokens: number, daysAgo = 0) =>
    f.store.db.insert(modelCalls).values({
      id: randomUUID(),
      departmentId: d.department.id,
      provider: 'p',
      model: 'm',
      status,
      promptTokens: tokens,
      completionTokens: 0,
      createdAt: new Date(now - daysAgo * DAY),
    });

  beforeAll(async () => {
    f = await createFixture();
    for (const [d, id] of [
      [f.own, 'dash-a'],
      [f.own, 'dash-b'],
      [f.other, 'dash-other'],
    ] as const) {
      await createBot(f.store.db, ctx, { id, departmentId: d.department.id, config: BOT_CONFIG });
      await publishBot(f.store.db, ctx, id);
    }
    // Two bots of the own department: the page needs one call, not one per bot.
    const up = await turn(f.own, 'dash-a', 'answered', 0);
    await turn(f.own, 'dash-a', 'answered', 1);
    await turn(f.own, 'dash-b', 'fallback', 1);
    const down = await turn(f.own, 'dash-b', 'blocked', 2);
    await turn(f.own, 'dash-b', 'answered', 40); // outside 30 days, inside 90
    await rate(f.own, 'dash-a', up, 'up');
    await rate(f.own, 'dash-b', down, 'down');
    await handoff(f.own, 'dash-b', 'submitted', -1); // overdue
    await handoff(f.own, 'dash-b', 'submitted', 2);
    await handoff(f.own, 'dash-b', 'closed', -1); // closed: neither open nor overdue
    // The other department's activity must not show in ours.
    for (let i = 0; i < 3; i += 1) await turn(f.other, 'dash-other', 'answered', 0);
    await handoff(f.other, 'dash-other', 'submitted', -1);
    await call(f.own, 'ok', 100);
    await call(f.own, 'ok', 50, 1);
    await call(f.own, 'refused', 0);
    await call(f.other, 'ok', 999);
    await putQuota(f.store.db, ctx, f.own.department.id, null, {
      requestsPerMinute: null,
      tokensPerMinute: null,
      requestsPerMonth: 1000,
      tokensPerMonth: 50_000,
    });
  });
  afterAll(async () => f.close());

  const get = async (role: 'dept_admin' | 'editor' | 'platform_admin' | 'agent', query = '') =>
    f.as(role, { method: 'GET', url: `/api/v1/analytics/department${query}` });

  it('sums the seeded turns of all the department’s bots per Hong Kong day, with rates', async () => {
    const response = await get('dept_admin');
    expect(response.statusCode).toBe(200);
    const result = response.json() as DepartmentAnalytics;
    expect(result.departmentId).toBe(f.own.department.id);
    expect(result.questions).toBe(4);
    expect(result.conversations).toBe(4);
    expect(result.outcomes).toEqual({ answered: 2, fallback: 1, blocked: 1, handoff: 3 });
    expect(result.rates).toEqual({ answered: 0.5, fallback: 0.25, blocked: 0.25, handoff: 0.75 });
    expect(result.perDay).toHaveLength(31);
    const day = (daysAgo: number) => result.perDay.find((d) => d.date === hkDay(now - daysAgo * DAY - 60_000));
    expect(day(1)).toEqual({
      date: hkDay(now - DAY - 60_000),
      questions: 2,
      answered: 1,
      fallback: 1,
      blocked: 0,
      handoff: 3,
    });
    expect(result.handoffs).toEqual({ open: 2, overdue: 1, openedInPeriod: 3 });
    expect(result.feedback).toEqual({ up: 1, down: 1 });
  });

  it('counts a question asked through the conversation service (its batched turn is committed first)', async () => {
    const before = ((await get('editor')).json() as DepartmentAnalytics).questions;
    await ask(f.app.lionrock.conversation, { botId: 'dash-a', question: '你好', actor: null, requestId: 't' });
    expect(((await get('editor')).json() as DepartmentAnalytics).questions).toBe(before + 1);
  });

  it('shows model usage against the monthly quota to usage readers, and null to other roles', async () => {
    const admin = (await get('dept_admin', '?days=7')).json() as DepartmentAnalytics;
    expect(admin.usage?.month).toMatchObject({ requests: 2, tokens: 150, requestsLimit: 1000, tokensLimit: 50_000 });
    expect(admin.usage?.perDay.find((d) => d.date === hkDay(now))).toMatchObject({ calls: 2, tokens: 100 });
    expect(((await get('agent')).json() as DepartmentAnalytics).usage).toBeNull();
  });

  it('follows the period: 90 days reaches the turn of 40 days ago', async () => {
    const result = (await get('editor', '?days=90')).json() as DepartmentAnalytics;
    expect(result.days).toBe(90);
    expect(result.questions).toBeGreaterThanOrEqual(5);
    expect(result.perDay.length).toBeGreaterThanOrEqual(90);
  });

  it('answers 404 naming the field for another department, except to platform admins', async () => {
    for (const role of ['dept_admin', 'editor'] as const) {
      const response = await get(role, `?departmentId=${f.other.department.id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ errors: [{ field: 'querystring.departmentId' }] });
      expect(response.body).not.toContain(f.other.department.nameEn);
    }
    const admin = (await get('platform_admin', `?departmentId=${f.other.department.id}`)).json() as DepartmentAnalytics;
    expect(admin.departmentId).toBe(f.other.department.id);
    expect(admin.outcomes.answered).toBe(3);
    expect(admin.handoffs).toEqual({ open: 1, overdue: 1, openedInPeriod: 1 });
    expect(admin.usage?.month.tokens).toBe(999);
  });

  it.each(['0', '367', 'seven', '7.5'])(
    'refuses days=%s with a 400 naming the field, in both languages',
    async (days) => {
      const en = await get('editor', `?days=${days}`);
      expect(en.statusCode).toBe(400);
      expect(en.json()).toMatchObject({ status: 400, errors: [{ field: 'querystring.days' }] });
      const zh = await f.as('editor', {
        method: 'GET',
        url: `/api/v1/analytics/department?days=${days}`,
        headers: { 'accept-language': 'zh-Hant-HK' },
      });
      expect(zh.json()).toMatchObject({ errors: [{ field: 'querystring.days' }] });
      expect(zh.json().title).toBe('請求內容無效');
    },
  );

  it('is refused to anonymous callers and to the service role', async () => {
    expect((await f.as(null, { method: 'GET', url: '/api/v1/analytics/department' })).statusCode).toBe(401);
    expect((await f.as('service', { method: 'GET', url: '/api/v1/analytics/department' })).statusCode).toBe(403);
  });
});
