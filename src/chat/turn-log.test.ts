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
    expect(log.pendingSession(session)).toEqual({ botId: 'turn-bot', context: { topic: 'second' } });
    expect((await store.db.select({ n: count() }).from(chatMessages))[0]?.n).toBe(0);
    await log.flush();
    expect((await store.db.select({ n: count() }).from(chatMessages))[0]?.n).toBe(2);
    const [row] = await store.db.select().from(chatSessions);
    expect(row?.context).toEqual({ topic: 'second' });
    expect(log.pendingSession(session)).toBeUndefined();
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

  it('writes the rest of a batch when one turn cannot be stored, and records the one it lost', async () => {
    const lost: { sessionId: string; reason: string }[] = [];
    const log = new TurnLog(store.db, 10_000, 10_000, 500, (turn, reason) =>
      lost.push({ sessionId: turn.session.id, reason }),
    );
    const before = Number((await store.db.select({ n: count() }).from(chatMessages))[0]?.n);
    const innocent = Array.from({ length: 40 }, () => randomUUID());
    const poisoned = randomUUID();
    const audited = randomUUID();
    const audits = (entityId: string) => ({
      handoffs: [],
      audits: [
        {
          context: { actor: { id: 'public', roles: ['public'], departmentId: null }, requestId: entityId },
          event: { action: 'guard.finding', entityType: 'chat_message', entityId, departmentId },
        },
      ],
    });
    for (const id of innocent.slice(0, 20)) log.add(turn(id, `before ${id}`));
    // Bypasses the API's edge check, as a bug or a new route might: the log must still hold.
    log.add(turn(poisoned, 'nul \u0000 and a lone \ud800'));
    const committed = log.commit(turn(audited, 'an audited turn'), audits(audited));
    for (const id of innocent.slice(20)) log.add(turn(id, `after ${id}`));
    await log.flush();
    await committed;

    const rows = await store.db
      .select({ sessionId: chatMessages.sessionId })
      .from(chatMessages)
      .where(inArray(chatMessages.sessionId, [...innocent, poisoned, audited]));
    expect(new Set(rows.map((row) => row.sessionId))).toEqual(new Set([...innocent, audited]));
    expect(Number((await store.db.select({ n: count() }).from(chatMessages))[0]?.n)).toBe(before + 41);
    expect(lost).toEqual([{ sessionId: poisoned, reason: expect.any(String) }]);
    // The loss is on the record, and the chain still verifies.
    const [record] = await store.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['chat.turn_not_stored']));
    expect(record?.entityId).toBe(poisoned);
    expect((await verifyAudit(store.db)).ok).toBe(true);
  });

  it('flushes by itself after the delay', async () => {
    const log = new TurnLog(store.db, 5);
    const before = Number((await store.db.select({ n: count() }).from(chatMessages))[0]?.n);
    log.add(turn(randomUUID(), 'timed'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Number((await store.db.select({ n: count() }).from(chatMessages))[0]?.n)).toBe(before + 1);
  });
});
