import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../core/index.ts';
import { openTestStore } from '../store/index.ts';
import { buildApp } from './app.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

describe('HTTP API', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture({ authFailureLimit: 3 });
  });
  afterAll(async () => f.close());

  it('answers liveness and readiness', async () => {
    expect((await f.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await f.app.inject({ url: '/readyz' })).json()).toMatchObject({ status: 'ready' });
  });

  it('serves an OpenAPI 3 document generated from the route schemas, and a docs page', async () => {
    const doc = (await f.app.inject({ url: '/openapi.json' })).json() as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/users/{id}', '/api/v1/audit', '/healthz']));
    const docs = await f.app.inject({ url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger-ui');
  });

  it('keeps a sane incoming request id and replaces a junk one', async () => {
    const kept = await f.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await f.app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id\u0001'.repeat(10) } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const response = await f.app.inject({ url: '/healthz' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('answers unknown routes with a problem', async () => {
    const response = await f.app.inject({ url: '/api/v1/nothing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found', instance: '/api/v1/nothing' });
  });

  it('titles problems in Traditional Chinese for Chinese readers', async () => {
    const response = await f.app.inject({
      url: '/api/v1/me',
      headers: { 'accept-language': 'zh-HK,zh;q=0.9,en;q=0.5' },
    });
    expect(response.json()).toMatchObject({ status: 401, title: '需要有效的 API 金鑰' });
    const english = await f.app.inject({ url: '/api/v1/me', headers: { 'accept-language': 'en-GB' } });
    expect(english.json()).toMatchObject({ title: 'A valid API key is required' });
  });

  it('refuses revoked and expired keys, and keys of disabled users, saying why', async () => {
    const admin = f.own.keys.platform_admin;
    const created = (
      await f.app.inject({
        method: 'POST',
        url: '/api/v1/keys',
        headers: { authorization: `Bearer ${admin}` },
        payload: { name: 'short-lived', userId: f.own.bystander.id },
      })
    ).json() as { id: string; key: string };
    const me = () =>
      f.app.inject({
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${created.key}` },
        remoteAddress: '10.0.0.9',
      });
    expect((await me()).statusCode).toBe(200);
    await f.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${f.own.bystander.id}`,
      headers: { authorization: `Bearer ${admin}` },
      payload: { status: 'disabled' },
    });
    expect((await me()).json()).toMatchObject({ status: 401, detail: expect.stringMatching(/disabled/) });
    await f.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${f.own.bystander.id}`,
      headers: { authorization: `Bearer ${admin}` },
      payload: { status: 'active' },
    });
    expect((await me()).statusCode).toBe(200);
    await f.app.inject({
      method: 'DELETE',
      url: `/api/v1/keys/${created.id}`,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect((await me()).json()).toMatchObject({ status: 401, detail: expect.stringMatching(/revoked/) });
  });

  it('never returns key hashes, and shows a new key only once', async () => {
    const headers = { authorization: `Bearer ${f.own.keys.editor}` };
    const created = (
      await f.app.inject({ method: 'POST', url: '/api/v1/keys', headers, payload: { name: 'once' } })
    ).json() as {
      key: string;
    };
    expect(created.key).toMatch(/^lr_/);
    const listed = await f.app.inject({ url: '/api/v1/keys', headers });
    expect(listed.body).not.toContain(created.key);
    expect(listed.body).not.toMatch(/keyHash|[0-9a-f]{64}/);
  });

  it('limits failed authentications per address with 429 and Retry-After', async () => {
    const attempt = () =>
      f.app.inject({
        url: '/api/v1/me',
        headers: { authorization: 'Bearer lr_wrongwrongwrongwrong' },
        remoteAddress: '10.9.9.9',
      });
    for (let i = 0; i < 3; i += 1) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Other addresses are not affected.
    const elsewhere = await f.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${f.own.keys.editor}` },
      remoteAddress: '10.1.1.1',
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('applies each department’s CORS origins', async () => {
    const origin = 'https://www.alpha.gov.hk';
    const admin = { authorization: `Bearer ${f.own.keys.dept_admin}` };
    await f.app.inject({
      method: 'PATCH',
      url: `/api/v1/departments/${f.own.department.id}`,
      headers: admin,
      payload: { corsOrigins: [origin] },
    });
    const preflight = await f.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/me',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBe(origin);
    const strangerPreflight = await f.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/me',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(strangerPreflight.headers['access-control-allow-origin']).toBeUndefined();
    expect((await f.app.inject({ url: '/api/v1/me', headers: { ...admin, origin } })).statusCode).toBe(200);
    // The origin belongs to department alpha only: beta's keys may not be used from it.
    const beta = await f.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${f.other.keys.editor}`, origin },
    });
    expect(beta.json()).toMatchObject({ status: 403, code: 'origin_not_allowed' });
  });

  it('accepts only a valid key format in Authorization', async () => {
    const response = await f.app.inject({
      url: '/api/v1/me',
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
      remoteAddress: '10.2.2.2',
    });
    expect(response.json()).toMatchObject({ status: 401, errors: [{ field: 'headers.authorization' }] });
  });
});

describe('logs', () => {
  it('redact keys and personal data', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, callback) {
        lines.push(String(chunk));
        callback();
      },
    });
    const store = await openTestStore();
    const app = await buildApp({ store, config: configSchema.parse({}), logger: { level: 'info', stream } });
    await app.inject({
      url: '/api/v1/audit?actorId=chan.tai.man@example.com',
      headers: { authorization: 'Bearer lr_supersecretsupersecret' },
    });
    await app.close();
    await store.close();
    const log = lines.join('');
    expect(log).toContain('"url"');
    expect(log).not.toContain('lr_supersecret');
    expect(log).not.toContain('chan.tai.man@');
  });
});
