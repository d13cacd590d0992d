import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../audit/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

/**
 * Property tests: whatever arrives — random JSON, broken JSON, wrong types, unknown fields,
 * oversized payloads, odd content types, junk ids and query strings — every route answers with
 * a 4xx problem+json (or a 2xx if the input happens to be valid), never a 5xx, and a refused
 * request changes nothing.
 */

const ROUTES: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string }[] = [
  { method: 'GET', path: '/api/v1/me' },
  { method: 'GET', path: '/api/v1/departments' },
  { method: 'POST', path: '/api/v1/departments' },
  { method: 'GET', path: '/api/v1/departments/{id}' },
  { method: 'PATCH', path: '/api/v1/departments/{id}' },
  { method: 'GET', path: '/api/v1/users' },
  { method: 'POST', path: '/api/v1/users' },
  { method: 'GET', path: '/api/v1/users/{id}' },
  { method: 'PATCH', path: '/api/v1/users/{id}' },
  { method: 'GET', path: '/api/v1/keys' },
  { method: 'POST', path: '/api/v1/keys' },
  { method: 'DELETE', path: '/api/v1/keys/{id}' },
  { method: 'GET', path: '/api/v1/audit' },
  { method: 'GET', path: '/api/v1/audit/verify' },
];
const UNKNOWN_ID = '00000000-0000-4000-8000-00000000abcd';
const WITH_BODY = ROUTES.filter((r) => r.method === 'POST' || r.method === 'PATCH');

describe('bad input never crashes a route', () => {
  let f: Fixture;
  let url: (path: string, id?: string) => string;
  beforeAll(async () => {
    f = await createFixture({ bodyLimit: 4096 });
    url = (path, id = f.own.bystander.id) =>
      path.replace(
        '{id}',
        path.startsWith('/api/v1/departments') && id === f.own.bystander.id ? f.own.department.id : id,
      );
  });
  afterAll(async () => f.close());

  async function send(method: string, target: string, payload?: string, contentType = 'application/json') {
    const response = await f.as('platform_admin', {
      method: method as 'POST',
      url: target,
      ...(payload === undefined ? {} : { payload, headers: { 'content-type': contentType } }),
    });
    return response;
  }

  function expectClientError(response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) {
    expect(response.statusCode, JSON.stringify(response.json())).toBeLessThan(500);
    if (response.statusCode >= 400) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.json() as { code: string; status: number; errors: unknown[] };
      expect(problem.status).toBe(response.statusCode);
      expect(typeof problem.code).toBe('string');
    }
  }

  it('random JSON bodies get 2xx or a 4xx problem, and refusals write nothing', async () => {
    for (const route of WITH_BODY) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
          const before = await f.auditCount();
          const response = await send(route.method, url(route.path), JSON.stringify(value));
          expectClientError(response);
          if (response.statusCode >= 400) expect(await f.auditCount()).toBe(before);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('objects with the right keys but wrong types name the field', async () => {
    const keys = [
      'code',
      'nameEn',
      'nameZh',
      'corsOrigins',
      'status',
      'displayName',
      'email',
      'roles',
      'name',
      'userId',
      'expiresAt',
      'departmentId',
    ];
    for (const route of WITH_BODY) {
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(
            fc.constantFrom(...keys),
            fc.oneof(
              fc.integer(),
              fc.boolean(),
              fc.constant(null),
              fc.array(fc.string()),
              fc.object(),
              fc.string({ unit: 'binary' }),
            ),
            { minKeys: 1 },
          ),
          async (body) => {
            const response = await send(route.method, url(route.path), JSON.stringify(body));
            expectClientError(response);
            if (response.statusCode === 400) {
              const problem = response.json() as { errors: { field: string }[] };
              expect(problem.errors.length).toBeGreaterThan(0);
              expect(problem.errors.every((e) => e.field.startsWith('body'))).toBe(true);
            }
          },
        ),
        { numRuns: 40 },
      );
    }
  });

  it('unknown fields are refused and named', async () => {
    const valid: Record<string, object> = {
      'POST /api/v1/departments': { code: 'unknown-field', nameEn: 'U', nameZh: 'U' },
      'PATCH /api/v1/departments/{id}': { nameEn: 'U' },
      'POST /api/v1/users': { displayName: 'U', roles: ['editor'] },
      'PATCH /api/v1/users/{id}': { displayName: 'U' },
      'POST /api/v1/keys': { name: 'U' },
    };
    for (const route of WITH_BODY) {
      const body = { ...valid[`${route.method} ${route.path}`], isAdmin: true };
      const response = await send(route.method, url(route.path), JSON.stringify(body));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'validation_failed',
        errors: [{ field: 'body.isAdmin', code: 'unknown_field' }],
      });
    }
  });

  it('broken JSON is a 400 invalid_json', async () => {
    for (const route of WITH_BODY) {
      await fc.assert(
        fc.asyncProperty(fc.string({ minLength: 1 }), async (text) => {
          fc.pre(!isJson(text));
          const response = await send(route.method, url(route.path), text);
          expectClientError(response);
          expect(response.statusCode).toBe(400);
        }),
        { numRuns: 30 },
      );
    }
  });

  it('oversized payloads are a 413 naming the body', async () => {
    for (const route of WITH_BODY) {
      const response = await send(route.method, url(route.path), JSON.stringify({ nameEn: 'x'.repeat(10_000) }));
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: 'payload_too_large', errors: [{ field: 'body' }] });
    }
  });

  it('other content types are a 415', async () => {
    for (const route of WITH_BODY) {
      const response = await send(route.method, url(route.path), 'name=x', 'application/x-www-form-urlencoded');
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({
        code: 'unsupported_media_type',
        errors: [{ field: 'headers.content-type' }],
      });
    }
  });

  it('junk ids in the path are a 4xx; one that is not a UUID is a 404 like an unknown id (no record has it)', async () => {
    const withId = ROUTES.filter((r) => r.path.includes('{id}'));
    for (const route of withId) {
      await fc.assert(
        fc.asyncProperty(fc.string({ minLength: 1, maxLength: 80 }), async (junk) => {
          const response = await send(
            route.method,
            url(route.path, encodeURIComponent(junk)),
            route.method === 'PATCH' ? '{"nameEn":"x"}' : undefined,
          );
          expectClientError(response);
        }),
        { numRuns: 30 },
      );
      const notUuid = await send(
        route.method,
        url(route.path, 'not-a-uuid'),
        route.method === 'PATCH' ? '{"nameEn":"x"}' : undefined,
      );
      expect(notUuid.json()).toMatchObject({ status: 404, code: 'not_found', errors: [] });
      const patch = route.path.includes('users') ? '{"displayName":"x"}' : '{"nameEn":"x"}';
      const unknown = await send(
        route.method,
        url(route.path, UNKNOWN_ID),
        route.method === 'PATCH' ? patch : undefined,
      );
      expect(unknown.statusCode).toBe(404);
    }
  });

  it('random query strings on list routes get 2xx or a 4xx problem', async () => {
    const lists = ROUTES.filter((r) => r.method === 'GET' && !r.path.includes('{id}'));
    for (const route of lists) {
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(
            fc.constantFrom('departmentId', 'userId', 'limit', 'cursor', 'from', 'to', 'action', 'x'),
            fc.string({ unit: 'binary', maxLength: 120 }),
          ),
          async (query) => {
            const response = await send('GET', `${route.path}?${new URLSearchParams(query).toString()}`);
            expectClientError(response);
          },
        ),
        { numRuns: 30 },
      );
    }
  });

  it('the audit chain is intact after the barrage', async () => {
    expect(await verifyAudit(f.store.db)).toMatchObject({ ok: true });
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
