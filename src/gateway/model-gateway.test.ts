import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment } from '../access/index.ts';
import { type Db, modelCalls, openTestStore, type Store, usageCounters } from '../store/index.ts';
import { CircuitBreaker } from './circuit-breaker.ts';
import {
  consumeRate,
  createProvider,
  type FakeProvider,
  GatewayError,
  type GatewayRequest,
  ModelGateway,
  putAllowlist,
  resolveSecretBox,
  SecretBox,
  startFakeProvider,
  sweepUsageCounters,
} from './index.ts';

/** ModelGateway in-process, against the scripted provider: the paths the HTTP tests do not reach. */

let store: Store;
let fake: FakeProvider;
let gateway: ModelGateway;
let departmentId: string;
const secrets = new SecretBox('unit-test-secret-unit-test-secret-0123456789');

beforeAll(async () => {
  store = await openTestStore();
  fake = await startFakeProvider();
  const ctx = { principal: CLI_PRINCIPAL, requestId: 'test' };
  departmentId = (await createDepartment(store.db, ctx, { code: 'unit', nameEn: 'Unit', nameZh: '單元' })).id;
  await createProvider(store.db, ctx, secrets, { name: 'fake', baseUrl: fake.url, models: ['m'], maxRetries: 1 });
  await putAllowlist(store.db, ctx, departmentId, [{ provider: 'fake', model: 'm' }]);
  gateway = new ModelGateway(store.db, { secrets, retryBaseMs: 1 });
});
afterAll(async () => {
  await fake.close();
  await store.close();
});

const request = (botId: string): GatewayRequest => ({
  departmentId,
  botId,
  provider: 'fake',
  model: 'm',
  messages: [{ role: 'user', content: 'hello' }],
  actor: { id: 'unit', roles: ['service'], departmentId },
  requestId: null,
});

async function callsOf(db: Db, botId: string) {
  await gateway.flush();
  return db.select().from(modelCalls).where(eq(modelCalls.botId, botId));
}

describe('ModelGateway.stream', () => {
  it('returns the full result after the last piece', async () => {
    fake.script({ kind: 'reply', text: 'abcdefghij', chunkSize: 2 });
    const stream = gateway.stream(request('s-ok'));
    const pieces: string[] = [];
    let next = await stream.next();
    while (!next.done) {
      pieces.push(next.value.delta);
      next = await stream.next();
    }
    expect(pieces).toEqual(['ab', 'cd', 'ef', 'gh', 'ij']);
    expect(next.value).toMatchObject({ text: 'abcdefghij', promptTokens: 11, completionTokens: 7, attempts: 1 });
  });

  it('meters a stream the consumer abandons as client_aborted', async () => {
    fake.script({ kind: 'reply', text: 'a long answer that nobody reads', chunkSize: 2 });
    for await (const piece of gateway.stream(request('s-abandon'))) {
      expect(piece.delta).toBe('a ');
      break;
    }
    const [row] = await callsOf(store.db, 's-abandon');
    expect(row).toMatchObject({ status: 'error', reason: 'client_aborted' });
  });

  it('ends a stream cut by the provider with provider_unavailable, metered as stream_interrupted', async () => {
    fake.script({ kind: 'cut', text: 'partial answer' });
    const pieces: string[] = [];
    await expect(
      (async () => {
        for await (const piece of gateway.stream(request('s-cut'))) pieces.push(piece.delta);
      })(),
    ).rejects.toMatchObject({ code: 'provider_unavailable' });
    expect(pieces.join('')).toBe('part');
    const [row] = await callsOf(store.db, 's-cut');
    expect(row).toMatchObject({ status: 'error', reason: 'stream_interrupted' });
  });
});

describe('ModelGateway.complete', () => {
  it('does not retry a provider refusal (400) and reports upstream_failed', async () => {
    const before = fake.requests.length;
    fake.script({ kind: 'status', status: 400 });
    const error = await gateway.complete(request('c-400')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: 'upstream_failed', status: 502 });
    expect(fake.requests.length - before).toBe(1);
  });

  it('estimates tokens when the provider reports no usage', async () => {
    fake.script({ kind: 'reply', text: '狗牌每年八十元', usage: null });
    const result = await gateway.complete(request('c-estimate'));
    expect(result.completionTokens).toBe(7);
    expect(result.promptTokens).toBeGreaterThan(0);
  });
});

describe('consumeRate', () => {
  it('admits up to the limit per window on any handle to the database, and sweeps ended windows', async () => {
    const now = new Date('2026-11-21T10:00:05Z');
    const verdicts = [];
    for (let i = 0; i < 4; i += 1) verdicts.push(await consumeRate(store.db, 'citizen:1.2.3.4', 3, 60, now));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, false]);
    expect(verdicts[3]).toMatchObject({ count: 3, retryAfterSeconds: 55 });
    const nextWindow = await consumeRate(store.db, 'citizen:1.2.3.4', 3, 60, new Date('2026-11-21T10:01:00Z'));
    expect(nextWindow).toMatchObject({ ok: true, count: 1 });
    expect(await sweepUsageCounters(store.db, new Date('2026-11-21T10:01:30Z'))).toBeGreaterThanOrEqual(1);
    const left = await store.db.select().from(usageCounters);
    expect(left.some((row) => row.key.includes('citizen:1.2.3.4') && row.requests === 3)).toBe(false);
  });
});

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures, half-opens after the cool-down with one trial, closes on success', () => {
    let now = 0;
    const breaker = new CircuitBreaker(2, 1000, () => now);
    breaker.onFailure();
    expect(breaker.state).toBe('closed');
    breaker.onFailure();
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    now = 1000;
    expect(breaker.state).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.onFailure();
    expect(breaker.state).toBe('open');
    now = 2000;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onSuccess();
    expect(breaker.state).toBe('closed');
  });
});

describe('SecretBox', () => {
  it('round-trips, uses a fresh nonce each time and refuses a tampered or foreign ciphertext', () => {
    const box = new SecretBox('x'.repeat(40));
    const a = box.encrypt('sk-secret');
    expect(a).not.toContain('sk-secret');
    expect(box.encrypt('sk-secret')).not.toBe(a);
    expect(box.decrypt(a)).toBe('sk-secret');
    expect(() => new SecretBox('y'.repeat(40)).decrypt(a)).toThrow(GatewayError);
    const [v, n, t, body = ''] = a.split('.');
    expect(() => box.decrypt([v, n, t, `${body.slice(0, -2)}AA`].join('.'))).toThrow(GatewayError);
  });

  it('generates a secret once into the PGlite data folder with mode 0600, and requires one on PostgreSQL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lionrock-secret-'));
    const first = resolveSecretBox({ storeKind: 'pglite', dataDir: dir });
    expect(first.source).toBe('generated');
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    const again = resolveSecretBox({ storeKind: 'pglite', dataDir: dir });
    expect(again.source).toBe('data-dir');
    expect(again.decrypt(first.encrypt('k'))).toBe('k');
    expect(readFileSync(join(dir, 'secret.key'), 'utf8').trim().length).toBeGreaterThanOrEqual(32);
    const postgres = resolveSecretBox({ storeKind: 'postgres', dataDir: null });
    expect(postgres.available).toBe(false);
    expect(() => postgres.encrypt('k')).toThrow(/LIONROCK_SECRET_KEY/);
  });
});

describe('model identity', () => {
  it('records the model and fingerprint the provider says answered, streamed or not', async () => {
    fake.script(
      { kind: 'reply', model: 'm-2026-01-15', fingerprint: 'fp_a1' },
      { kind: 'reply', model: 'm-2026-02-01', fingerprint: 'fp_b2' },
    );
    await gateway.complete(request('identity-whole'));
    for await (const _piece of gateway.stream(request('identity-stream'))) {
      // read to the end
    }
    const [whole] = await callsOf(store.db, 'identity-whole');
    const [streamed] = await callsOf(store.db, 'identity-stream');
    expect(whole).toMatchObject({ model: 'm', reportedModel: 'm-2026-01-15', systemFingerprint: 'fp_a1' });
    expect(streamed).toMatchObject({ model: 'm', reportedModel: 'm-2026-02-01', systemFingerprint: 'fp_b2' });
  });

  it('records no identity for a provider that gives none, and none for a failed call', async () => {
    fake.script({ kind: 'reply' }, { kind: 'status', status: 400 });
    await gateway.complete(request('identity-plain'));
    await expect(gateway.complete(request('identity-failed'))).rejects.toBeInstanceOf(GatewayError);
    const [plain] = await callsOf(store.db, 'identity-plain');
    const [failed] = await callsOf(store.db, 'identity-failed');
    // The fake echoes the model asked for when not told otherwise, and sends no fingerprint.
    expect(plain).toMatchObject({ reportedModel: 'm', systemFingerprint: null });
    expect(failed).toMatchObject({ status: 'error', reportedModel: null, systemFingerprint: null });
  });
});
