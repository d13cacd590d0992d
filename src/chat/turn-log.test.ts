import { randomUUID } from 'node:crypto';
import { asc, count, inArray } from 'drizzle-orm';
import { appendAudit, verifyAudit } from '../audit/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment } from '../access/index.ts';
import { auditLog, chatMessages, chatSessions, openTestStore, type Store } from '../store/index.ts';
import { createBot } from './bots.ts';
import { TurnLog } from './turn-log.ts';

describe(`TurnLog (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let store: Store;
  let departmentId: string;
  beforeAll(async () => {
    store = await openTestStore();
    const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
    departmentId = (await createDepartment(store.db, ctx, { code: 'turns', nameEn: 'T', nameZh: '轉' })).id;
    await createBot(store.db, ctx, {
      id: 'turn-bot',
      departmentId,
      config: {
        name: { zh: '甲', en: 'A' },
        greeting: { zh: '甲', en: 'A' },
        disclosure: { zh: '甲', en: 'A' },
        fallback: { zh: '甲', en: 'A' },
      },
    });
  });
  afterAll(async () => store.close());

  const turn = (sessionId: string, topic: string) => ({
    session: { id: sessionId, botId: 'turn-bot', departmentId, botVersion: 1, context: { topic } },
    messages: [{ id: randomUUID(), sessionId, botId: 'turn-bot', departmentId, role: 'user' as const, text: topic }],
  });

  it('batches turns into one write, keeps the latest context, and serves it before the write', async () => {
    const log = new TurnLog(store.db, 10_000);
    const session = randomUUID();
    log.add(turn(session, 'first'));
    log.add(turn(session, 'second'));
    expect(log.pendingContext(session)).toEqual({ topic: 'second' });
    expect((await store.db.select({ n: count() }).from(chatMessages))[0]?.n).toBe(0);
    await log.flush();
    expect((await store.db.select({ n: count() }).from(chatMessages))[0]?.n).toBe(2);
    const [row] = await store.db.select().from(chatSessions);
    expect(row?.context).toEqual({ topic: 'second' });
    expect(log.pendingContext(session)).toBeUndefined();
  });

  it('commits audited turns chained onto the head it last wrote, and recovers when someone else appended meanwhile', async () => {
    const log = new TurnLog(store.db, 10_000, 1);
    const audited = (n: number) => ({
      handoffs: [],
      audits: [
        {
          context: { actor: { id: 'public', roles: ['public'], departmentId: null }, requestId: `r${n}` },
          event: { action: 'guard.finding', entityType: 'chat_message', entityId: `m${n}`, departmentId },
        },
      ],
    });
    await log.commit(turn(randomUUID(), 'one'), audited(1));
    await log.commit(turn(randomUUID(), 'two'), audited(2));
    // Another writer (an API change) moves the chain on: the log's next optimistic append must
    // lose on the audit key, write nothing, and go through the locked path.
    await store.db.transaction((tx) =>
      appendAudit(
        tx,
        { actor: CLI_PRINCIPAL, requestId: 'other' },
        { action: 'other.change', entityType: 'x', entityId: 'x', departmentId },
      ),
    );
    await log.commit(turn(randomUUID(), 'three'), audited(3));
    await log.commit(turn(randomUUID(), 'four'), audited(4));
    const verdict = await verifyAudit(store.db);
    expect(verdict.ok).toBe(true);
    const mine = await store.db
      .select({ requestId: auditLog.requestId })
      .from(auditLog)
      .where(inArray(auditLog.requestId, ['r1', 'r2', 'other', 'r3', 'r4']))
      .orderBy(asc(auditLog.seq));
    expect(mine.map((row) => row.requestId)).toEqual(['r1', 'r2', 'other', 'r3', 'r4']);
    const sessions = await store.db.select({ n: count() }).from(chatSessions);
    expect(sessions[0]?.n).toBe(5);
  });

  it('flushes by itself after the delay', async () => {
    const log = new TurnLog(store.db, 5);
    log.add(turn(randomUUID(), 'timed'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await store.db.select({ n: count() }).from(chatMessages))[0]?.n).toBe(7);
  });
});
