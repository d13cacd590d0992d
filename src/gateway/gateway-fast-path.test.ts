import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment } from '../access/index.ts';
import { verifyAudit } from '../audit/index.ts';
import { auditLog, modelCalls, openTestStore, type Store, usageCounters } from '../store/index.ts';
import {
  createProvider,
  type FakeProvider,
  type GatewayRequest,
  ModelGateway,
  putAllowlist,
  putQuota,
  SecretBox,
  startFakeProvider,
} from './index.ts';

/**
 * What keeps the gateway's own work off the call's path: the per-node routing cache, quota leases
 * and records written behind the answer in batches — and the guarantees they must not weaken.
 */

let store: Store;
let fake: FakeProvider;
let departmentId: string;
const secrets = new SecretBox('fast-path-secret-fast-path-secret-0123456789');
const ctx = { principal: CLI_PRINCIPAL, requestId: 'test' };

beforeAll(async () => {
  store = await openTestStore();
  fake = await startFakeProvider();
  departmentId = (await createDepartment(store.db, ctx, { code: 'fast', nameEn: 'Fast', nameZh: '快' })).id;
  await createProvider(store.db, ctx, secrets, { name: 'fake', baseUrl: fake.url, models: ['m', 'n'] });
  await putAllowlist(store.db, ctx, departmentId, [{ provider: 'fake', model: '*' }]);
});
afterAll(async () => {
  await fake.close();
  await store.close();
});

const request = (botId: string, model = 'm'): GatewayRequest => ({
  departmentId,
  botId,
  provider: 'fake',
  model,
  messages: [{ role: 'user', content: 'hello' }],
  actor: { id: 'unit', roles: ['service'], departmentId },
  requestId: null,
});

describe('routing cache', () => {
  it('applies an allow-list change made through this process at once: the revoked model never reaches the provider', async () => {
    const a = new ModelGateway(store.db, { secrets });
    const b = new ModelGateway(store.db, { secrets });
    await a.complete(request('cache', 'n'));
    await b.complete(request('cache', 'n'));
    await putAllowlist(store.db, ctx, departmentId, [{ provider: 'fake', model: 'm' }]);
    const before = fake.requests.length;
    for (const gateway of [a, b]) {
      await expect(gateway.complete(request('cache', 'n'))).rejects.toMatchObject({ code: 'model_not_allowed' });
    }
    expect(fake.requests.length).toBe(before);
    // Refusals are recorded before the refusal is thrown, not batched.
    const refused = await store.db
      .select()
      .from(modelCalls)
      .where(and(eq(modelCalls.botId, 'cache'), eq(modelCalls.status, 'refused')));
    expect(refused).toHaveLength(2);
    await putAllowlist(store.db, ctx, departmentId, [{ provider: 'fake', model: '*' }]);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('records behind the answer', () => {
  it('writes concurrent calls in batches that keep the audit chain valid, and flushes on close', async () => {
    const gateway = new ModelGateway(store.db, { secrets, recordFlushMs: 60_000 });
    const results = await Promise.all(Array.from({ length: 12 }, () => gateway.complete(request('batched'))));
    const rows = () => store.db.select().from(modelCalls).where(eq(modelCalls.botId, 'batched'));
    expect(await rows()).toHaveLength(0);
    await gateway.close();
    const written = await rows();
    expect(written.map((r) => r.id).sort()).toEqual(results.map((r) => r.callId).sort());
    expect(written.every((r) => r.status === 'ok' && r.promptTokens === 11)).toBe(true);
    const entries = await store.db.select().from(auditLog).where(eq(auditLog.action, 'model.call'));
    expect(entries.filter((e) => results.some((r) => r.callId === e.entityId))).toHaveLength(12);
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true });
  });
});

describe('quota leases', () => {
  it('never admit past a request limit over two nodes, and give unused requests back on close', async () => {
    await putQuota(store.db, ctx, departmentId, 'leased', {
      requestsPerMinute: null,
      tokensPerMinute: null,
      requestsPerMonth: 40,
      tokensPerMonth: null,
    });
    const nodes = [
      new ModelGateway(store.db, { secrets, quotaLease: 8 }),
      new ModelGateway(store.db, { secrets, quotaLease: 8 }),
    ];
    const counter = async () =>
      (
        await store.db
          .select()
          .from(usageCounters)
          .where(like(usageCounters.key, `quota:bot:${departmentId}:leased:month:%`))
      )[0]?.requests ?? 0;
    let ok = 0;
    let refused = 0;
    let reservedAhead = false;
    for (let round = 0; round < 12; round += 1) {
      const outcomes = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) => (nodes[i % 2] as ModelGateway).complete(request('leased'))),
      );
      for (const outcome of outcomes) {
        if (outcome.status === 'fulfilled') ok += 1;
        else {
          expect(outcome.reason).toMatchObject({ code: 'quota_exceeded' });
          refused += 1;
        }
      }
      if ((await counter()) > ok) reservedAhead = true;
    }
    expect(reservedAhead).toBe(true);
    expect(ok).toBeLessThanOrEqual(40);
    expect(ok).toBeGreaterThan(40 - 2 * 8);
    expect(refused).toBe(72 - ok);
    await Promise.all(nodes.map((n) => n.close()));
    expect(await counter()).toBe(ok);
  });
});
