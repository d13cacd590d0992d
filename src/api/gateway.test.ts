import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeProvider, type FakeProvider } from '../gateway/index.ts';
import { auditLog, modelCalls, modelProviders } from '../store/index.ts';
import { buildApp } from './app.ts';
import { createFixture, type DepartmentFixture, type Fixture } from './test-fixture.ts';

/**
 * The model gateway through the HTTP API: providers with encrypted keys, allow-list refusals,
 * quotas and rate limits shared by two app instances on one database, retries and the circuit
 * breaker against a scripted OpenAI-compatible server, streaming, usage and bad input.
 */

const PLAIN_KEY = 'sk-test-9f8e7d6c5b4a39281706f5e4d3c2b1a0';

let f: Fixture;
let fake: FakeProvider;
let second: FastifyInstance;

beforeAll(async () => {
  fake = await startFakeProvider();
  f = await createFixture({
    // PostgreSQL (CI) has no generated secret: the keyed provider needs one configured.
    secretKey: 'gateway-test-secret-gateway-test-secret-0123',
    gatewayRetryBaseMs: 1,
    gatewayCircuitFailures: 4,
    gatewayCircuitCooldownSeconds: 600,
  });
  // A second API node over the same database: quotas and rate limits must hold across both.
  second = await buildApp({ store: f.store, config: f.config, logger: false });
  await second.ready();
});
afterAll(async () => {
  await second.close();
  await f.close();
  await fake.close();
});

async function addProvider(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await f.as('platform_admin', {
    method: 'POST',
    url: '/api/v1/gateway/providers',
    payload: { name, baseUrl: fake.url, models: ['small', 'large'], ...extra },
  });
  expect(response.statusCode).toBe(201);
  return (response.json() as { id: string }).id;
}

async function allow(target: DepartmentFixture, entries: { provider: string; model: string }[]): Promise<void> {
  const response = await f.as('platform_admin', {
    method: 'PUT',
    url: `/api/v1/gateway/allowlist/${target.department.id}`,
    payload: { entries },
  });
  expect(response.statusCode).toBe(200);
}

function ask(model: string, options: { app?: FastifyInstance; dept?: DepartmentFixture; stream?: boolean } = {}) {
  const dept = options.dept ?? f.own;
  return (options.app ?? f.app).inject({
    method: 'POST',
    url: '/api/v1/gateway/chat/completions',
    headers: { authorization: `Bearer ${dept.keys.service}` },
    payload: {
      model,
      messages: [{ role: 'user', content: '狗牌幾錢？ My HKID is A123456(3)' }],
      ...(options.stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    },
  });
}

/** Waits, when needed, so the next few seconds stay inside one clock minute (quota windows are per minute). */
async function awayFromMinuteEnd(): Promise<void> {
  const second = new Date().getSeconds();
  if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}

describe('providers', () => {
  it('stores the API key encrypted, never returns it, and sends it to the provider', async () => {
    const id = await addProvider('keyed', { apiKey: PLAIN_KEY });
    const shown = await f.as('platform_admin', { method: 'GET', url: `/api/v1/gateway/providers/${id}` });
    expect(shown.json()).toMatchObject({ name: 'keyed', hasApiKey: true });
    expect(shown.body).not.toContain(PLAIN_KEY);
    const [row] = await f.store.db.select().from(modelProviders).where(eq(modelProviders.id, id));
    expect(row?.apiKeyEncrypted).toBeTruthy();
    expect(row?.apiKeyEncrypted).not.toContain(PLAIN_KEY);
    expect(row?.apiKeyEncrypted).not.toContain(Buffer.from(PLAIN_KEY).toString('base64'));
    const trail = await f.store.db.select().from(auditLog);
    expect(JSON.stringify(trail)).not.toContain(PLAIN_KEY);
    expect(JSON.stringify(trail)).not.toContain(row?.apiKeyEncrypted);

    await allow(f.own, [{ provider: 'keyed', model: 'small' }]);
    const before = fake.requests.length;
    expect((await ask('keyed/small')).statusCode).toBe(200);
    expect(fake.requests[before]?.authorization).toBe(`Bearer ${PLAIN_KEY}`);

    const cleared = await f.as('platform_admin', {
      method: 'PATCH',
      url: `/api/v1/gateway/providers/${id}`,
      payload: { apiKey: null },
    });
    expect(cleared.json()).toMatchObject({ hasApiKey: false });
  });

  it('refuses a second provider with the same name, naming the field', async () => {
    await addProvider('twice');
    const again = await f.as('platform_admin', {
      method: 'POST',
      url: '/api/v1/gateway/providers',
      payload: { name: 'twice', baseUrl: fake.url, models: ['small'] },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].field).toBe('body.name');
  });
});

describe('allow-list', () => {
  it('refuses a model not on the department allow-list, records the refusal and never reaches the provider', async () => {
    await addProvider('shadow');
    await allow(f.own, [{ provider: 'shadow', model: 'small' }]);
    const before = fake.requests.length;
    const refused = await ask('shadow/large');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json().code).toBe('model_not_allowed');
    const unknown = await ask('nowhere/gpt-4o');
    expect(unknown.json().code).toBe('model_not_allowed');
    expect(fake.requests.length).toBe(before);

    const rows = await f.store.db.select().from(modelCalls).where(eq(modelCalls.status, 'refused'));
    expect(rows.map((r) => `${r.provider}/${r.model}:${r.reason}`)).toEqual(
      expect.arrayContaining(['shadow/large:not_allowed', 'nowhere/gpt-4o:unknown_provider']),
    );
    const audit = await f.store.db.select().from(auditLog).where(eq(auditLog.action, 'model.refuse'));
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.every((e) => e.departmentId === f.own.department.id)).toBe(true);
  });

  it('lets a department admin read its own allow-list, not another department’s', async () => {
    const own = await f.as('dept_admin', { method: 'GET', url: `/api/v1/gateway/allowlist/${f.own.department.id}` });
    expect(own.statusCode).toBe(200);
    const other = await f.as('dept_admin', {
      method: 'GET',
      url: `/api/v1/gateway/allowlist/${f.other.department.id}`,
    });
    expect(other.statusCode).toBe(404);
  });

  it('names the bad entry when a provider or model is unknown', async () => {
    const response = await f.as('platform_admin', {
      method: 'PUT',
      url: `/api/v1/gateway/allowlist/${f.own.department.id}`,
      payload: {
        entries: [
          { provider: 'shadow', model: 'small' },
          { provider: 'ghost', model: 'x' },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.entries.1.provider']);
  });
});

describe('metering', () => {
  it('meters tokens and latency and audits the call by hashes, never the prompt or answer', async () => {
    await addProvider('metered');
    await allow(f.own, [{ provider: 'metered', model: '*' }]);
    const response = await ask('metered/large');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.choices[0].message.content).toContain('HK$80');
    expect(body.usage).toEqual({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
    const [row] = await f.store.db.select().from(modelCalls).where(eq(modelCalls.provider, 'metered'));
    expect(row).toMatchObject({ status: 'ok', promptTokens: 11, completionTokens: 7, attempts: 1 });
    expect(row?.promptSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.responseSha256).toMatch(/^[0-9a-f]{64}$/);
    const [entry] = await f.store.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id ?? ''));
    expect(entry?.action).toBe('model.call');
    const after = entry?.after as { promptSha256: string; responseSha256: string };
    expect(after.promptSha256.replaceAll(':', '')).toBe(row?.promptSha256);
    expect(after.responseSha256.replaceAll(':', '')).toBe(row?.responseSha256);
    const stored = JSON.stringify([row, entry]);
    expect(stored).not.toContain('狗牌');
    expect(stored).not.toContain('A123456');
    expect(stored).not.toContain('HK$80');
  });
});

describe('streaming passthrough', () => {
  it('streams OpenAI chunks ending in [DONE], with usage, and meters the call', async () => {
    await addProvider('streamer');
    await allow(f.own, [{ provider: 'streamer', model: 'small' }]);
    fake.script({ kind: 'reply', text: '一二三四五六七八九十 and more', chunkSize: 3 });
    const response = await ask('streamer/small', { stream: true });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/event-stream/);
    const events = response.body
      .split('\n\n')
      .filter((e) => e.startsWith('data: '))
      .map((e) => e.slice(6));
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e));
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
    expect(text).toBe('一二三四五六七八九十 and more');
    expect(chunks.filter((c) => (c.choices[0]?.delta?.content ?? '') !== '').length).toBeGreaterThan(2);
    expect(chunks.at(-1).usage).toEqual({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
    const [row] = await f.store.db.select().from(modelCalls).where(eq(modelCalls.provider, 'streamer'));
    expect(row).toMatchObject({ status: 'ok', completionTokens: 7 });
  });

  it('answers a refusal before the stream starts as problem+json', async () => {
    const response = await ask('streamer/large', { stream: true });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('model_not_allowed');
  });
});

describe('quotas and rate limits across two API nodes on one database', () => {
  it('holds the per-minute request limit over both nodes, with Retry-After', async () => {
    await addProvider('limited');
    await allow(f.other, [{ provider: 'limited', model: 'small' }]);
    const set = await f.as(
      'dept_admin',
      { method: 'PUT', url: `/api/v1/gateway/quotas/${f.other.department.id}`, payload: { requestsPerMinute: 3 } },
      f.other,
    );
    expect(set.statusCode).toBe(200);
    await awayFromMinuteEnd();
    const statuses: number[] = [];
    for (const app of [f.app, second, f.app, second, f.app]) {
      statuses.push((await ask('limited/small', { app, dept: f.other })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await ask('limited/small', { app: second, dept: f.other });
    expect(refused.json().code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await f.as('dept_admin', { method: 'DELETE', url: `/api/v1/gateway/quotas/${f.other.department.id}` }, f.other);
    expect((await ask('limited/small', { app: second, dept: f.other })).statusCode).toBe(200);
  });

  it('holds a bot’s monthly token quota over both nodes', async () => {
    await f.as('platform_admin', {
      method: 'PUT',
      url: `/api/v1/gateway/quotas/${f.other.department.id}`,
      payload: { botId: 'bot-quota', tokensPerMonth: 30 },
    });
    const call = (app: FastifyInstance) =>
      app.gateway.complete({
        departmentId: f.other.department.id,
        botId: 'bot-quota',
        provider: 'limited',
        model: 'small',
        messages: [{ role: 'user', content: 'hello' }],
        actor: { id: 'chat', roles: ['service'], departmentId: f.other.department.id },
        requestId: null,
      });
    // 18 tokens per call: the first two pass (0 and 18 < 30), the third is refused on either node.
    expect((await call(f.app)).completionTokens).toBe(7);
    expect((await call(second)).completionTokens).toBe(7);
    await expect(call(f.app)).rejects.toMatchObject({ code: 'quota_exceeded' });
    await expect(call(second)).rejects.toMatchObject({ code: 'quota_exceeded' });
    const refusals = await f.store.db.select().from(modelCalls).where(eq(modelCalls.botId, 'bot-quota'));
    expect(refusals.filter((r) => r.status === 'refused').map((r) => r.reason)).toEqual([
      'quota_exceeded',
      'quota_exceeded',
    ]);
  });
});

describe('provider outage', () => {
  it('retries on 503 and dropped connections, then answers provider_unavailable, and the circuit opens', async () => {
    const id = await addProvider('flaky', { maxRetries: 2 });
    await allow(f.own, [{ provider: 'flaky', model: 'small' }]);

    // One dropped connection, then an answer: the retry hides the failure.
    fake.script({ kind: 'drop' }, { kind: 'reply', text: 'recovered' });
    const recovered = await ask('flaky/small');
    expect(recovered.statusCode).toBe(200);
    expect(recovered.json().choices[0].message.content).toBe('recovered');

    const before = fake.requests.length;
    fake.script(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })));
    const failed = await ask('flaky/small');
    expect(failed.statusCode).toBe(503);
    expect(failed.json().code).toBe('provider_unavailable');
    expect(fake.requests.length - before).toBe(3);
    const [row] = await f.store.db.select().from(modelCalls).where(eq(modelCalls.reason, 'provider_unavailable'));
    expect(row).toMatchObject({ provider: 'flaky', status: 'error', attempts: 3 });

    // Three failed attempts so far in a row (threshold 4): one more opens the circuit.
    fake.script({ kind: 'drop' });
    expect((await ask('flaky/small')).json().code).toBe('provider_unavailable');
    expect(f.app.gateway.circuitState(id)).toBe('open');
    const sent = fake.requests.length;
    const open = await ask('flaky/small');
    expect(open.statusCode).toBe(503);
    expect(open.json().code).toBe('circuit_open');
    expect(Number(open.headers['retry-after'])).toBeGreaterThan(0);
    expect(fake.requests.length).toBe(sent);
    // The breaker is per node: the second node still tries (see docs/gateway.md).
    expect(second.gateway.circuitState(id)).toBe('closed');
  });

  it('honours Retry-After on a 429 and then succeeds', async () => {
    await addProvider('busy');
    await allow(f.own, [{ provider: 'busy', model: 'small' }]);
    fake.script({ kind: 'status', status: 429, retryAfter: '0' }, { kind: 'reply', text: 'after the wait' });
    const response = await ask('busy/small');
    expect(response.statusCode).toBe(200);
    const [row] = await f.store.db.select().from(modelCalls).where(eq(modelCalls.provider, 'busy'));
    expect(row?.attempts).toBe(2);
  });
});

describe('usage report', () => {
  it('reports calls, refusals and tokens by department, provider/model and day, scoped to the department', async () => {
    const other = f.other.department.id;
    const report = await f.as('dept_admin', { method: 'GET', url: '/api/v1/usage' }, f.other);
    expect(report.statusCode).toBe(200);
    const body = report.json();
    // In the other department: 4 passthrough calls ok and 3 refused by the minute limit; the bot: 2 ok, 2 refused.
    expect(body.rows.every((r: { departmentId: string }) => r.departmentId === other)).toBe(true);
    expect(body.totals).toMatchObject({
      calls: 11,
      ok: 6,
      refused: 5,
      errors: 0,
      promptTokens: 66,
      completionTokens: 42,
    });
    const bot = body.rows.find((r: { botId: string | null }) => r.botId === 'bot-quota');
    expect(bot).toMatchObject({ provider: 'limited', model: 'small', calls: 4, ok: 2, refused: 2, totalTokens: 36 });
    expect(bot.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const filtered = await f.as('auditor', { method: 'GET', url: '/api/v1/usage?botId=bot-quota' }, f.other);
    expect(filtered.json().totals.calls).toBe(4);
    const foreign = await f.as('dept_admin', { method: 'GET', url: `/api/v1/usage?departmentId=${other}` });
    // Another department's id answers 404 on every list, as if it did not exist (issue #12, item 11).
    expect(foreign.statusCode).toBe(404);
    const admin = await f.as('platform_admin', { method: 'GET', url: `/api/v1/usage?departmentId=${other}` });
    expect(admin.json().totals.calls).toBe(11);
  });
});

describe('bad input', () => {
  it('answers 400 naming the field', async () => {
    const cases: [string, string, unknown, string][] = [
      [
        'POST',
        '/api/v1/gateway/chat/completions',
        { model: 'no-slash', messages: [{ role: 'user', content: 'x' }] },
        'body.model',
      ],
      ['POST', '/api/v1/gateway/chat/completions', { model: 'a/b', messages: [] }, 'body.messages'],
      [
        'POST',
        '/api/v1/gateway/chat/completions',
        { model: 'a/b', messages: [{ role: 'robot', content: 'x' }] },
        'body.messages.0.role',
      ],
      ['POST', '/api/v1/gateway/providers', { name: 'x', baseUrl: 'ftp://example.org', models: ['m'] }, 'body.baseUrl'],
      ['POST', '/api/v1/gateway/providers', { name: 'has/slash', baseUrl: fake.url, models: ['m'] }, 'body.name'],
      ['PUT', `/api/v1/gateway/quotas/${f.own.department.id}`, { requestsPerMinute: -1 }, 'body.requestsPerMinute'],
      ['PUT', `/api/v1/gateway/quotas/${f.own.department.id}`, { rpm: 5 }, 'body.rpm'],
    ];
    for (const [method, url, payload, field] of cases) {
      const response = await f.as('platform_admin', { method: method as 'POST', url, payload: payload as object });
      expect(response.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const usage = await f.as('platform_admin', { method: 'GET', url: '/api/v1/usage?from=yesterday' });
    expect(usage.statusCode).toBe(400);
    expect(usage.json().errors[0].field).toBe('querystring.from');
  });
});
