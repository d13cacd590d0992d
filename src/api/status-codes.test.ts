import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../core/index.ts';
import { CONSOLE_DIST } from '../web/index.ts';
import { createFixture, type Fixture, testBot } from './test-fixture.ts';
import { faqUpload } from './testing/multipart-upload.ts';

describe('status codes (issue #12, item 11)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  /** Every list route that filters by department, with a role allowed to call it. */
  const lists: [string, Role][] = [
    ['/api/v1/audit', 'auditor'],
    ['/api/v1/usage', 'auditor'],
    ['/api/v1/users', 'dept_admin'],
    ['/api/v1/knowledge/sources', 'editor'],
    ['/api/v1/knowledge/search?q=x&', 'editor'],
    ['/api/v1/guard/policy', 'dept_admin'],
  ];
  const withDepartment = (path: string, id: string) =>
    path.endsWith('&') ? `${path}departmentId=${id}` : `${path}?departmentId=${id}`;

  it.each(lists)("answers 404 for another department's id in %s's filter, 200 for the own", async (path, role) => {
    const other = await f.as(role, { url: withDepartment(path, f.other.department.id) });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'not_found' });
    expect((await f.as(role, { url: withDepartment(path, f.own.department.id) })).statusCode).toBe(200);
  });

  it.each(lists)('answers 404 to a platform admin for a department that does not exist in %s', async (path) => {
    const missing = await f.as('platform_admin', { url: withDepartment(path, '00000000-0000-4000-8000-000000000000') });
    expect(missing.statusCode).toBe(404);
  });

  it('answers 405 with Allow for a method the path does not have, 404 for a path that does not exist', async () => {
    const wrongMethod = await f.as('editor', { method: 'DELETE', url: '/api/v1/me' });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(wrongMethod.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrongMethod.json()).toMatchObject({ status: 405, code: 'method_not_allowed' });
    const withParams = await f.as('editor', { method: 'PUT', url: `/api/v1/users/${f.own.bystander.id}` });
    expect(withParams.statusCode).toBe(405);
    expect(withParams.headers.allow).toBe('GET, HEAD, PATCH, OPTIONS');
    expect((await f.as('editor', { method: 'DELETE', url: '/api/v1/nothing' })).statusCode).toBe(404);
  });

  // The console's hashed assets are served only when it is built (npm start builds it; CI may not have).
  it.skipIf(!existsSync(join(CONSOLE_DIST, 'assets')))(
    'answers 404 for a console asset that is not there (an open tab after a redeploy), not 405',
    async () => {
      for (const method of ['GET', 'HEAD'] as const) {
        const missing = await f.app.inject({ method, url: '/console/assets/missing-abc.js' });
        expect(missing.statusCode, method).toBe(404);
        expect(missing.headers.allow, method).toBeUndefined();
      }
      const missing = await f.app.inject({ method: 'GET', url: '/console/assets/missing-abc.js' });
      expect(missing.json()).toMatchObject({ status: 404, code: 'not_found' });
    },
  );

  it('answers a malformed id in the path of a record as not found (404), like an unknown well-formed id, naming the record', async () => {
    for (const [path, role, record] of [
      ['/api/v1/governance/applications', 'dept_admin', ['Application', '人工智能應用']],
      ['/api/v1/knowledge/versions', 'editor', ['Knowledge version', '知識版本']],
      ['/api/v1/handoff-cases', 'agent', ['Handoff case', '轉介個案']],
      ['/api/v1/users', 'dept_admin', ['User', '使用者']],
    ] as const) {
      const unknown = await f.as(role, { url: `${path}/00000000-0000-4000-8000-000000000000` });
      expect(unknown.statusCode, path).toBe(404);
      for (const id of ['abc', 'not-a-uuid', '12345']) {
        const malformed = await f.as(role, { url: `${path}/${id}` });
        expect(malformed.statusCode, `${path}/${id}`).toBe(404);
        expect(malformed.json(), `${path}/${id}`).toMatchObject({
          status: 404,
          code: 'not_found',
          title: unknown.json().title,
          errors: [],
        });
      }
      const english = await f.as(role, { url: `${path}/abc` });
      expect(english.json().detail).toBe(`${record[0]} not found: none has the id "abc"`);
      const chinese = await f.as(role, { url: `${path}/abc`, headers: { 'accept-language': 'zh-Hant' } });
      expect(chinese.json()).toMatchObject({
        status: 404,
        title: '找不到',
        detail: `找不到${record[1]}：沒有編號為「abc」的${record[1]}`,
      });
    }
  });

  it('names the record for a malformed id in every path that addresses one by a UUID', async () => {
    type Parameter = { in: string; name: string; schema?: { format?: string } };
    const doc = (await f.app.inject({ url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
    };
    const unnamed: string[] = [];
    let checked = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const ids = (operation.parameters ?? []).filter((p) => p.in === 'path' && p.schema?.format === 'uuid');
        for (const id of ids) {
          const url = ids.reduce(
            (address, other) =>
              address.replace(`{${other.name}}`, other === id ? 'abc' : '00000000-0000-4000-8000-000000000000'),
            path,
          );
          const answer = await f.as('platform_admin', { method: method.toUpperCase() as 'GET', url });
          checked += 1;
          expect(answer.statusCode, `${method} ${url}`).toBe(404);
          if (answer.json().detail.startsWith('No record has')) unnamed.push(`${method} ${path}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(unnamed).toEqual([]);
  });

  it('keeps a malformed id in a query or a body a 400 naming the field', async () => {
    const query = await f.as('auditor', { url: '/api/v1/audit?departmentId=abc' });
    expect(query.statusCode).toBe(400);
    expect(query.json()).toMatchObject({ errors: [{ field: 'querystring.departmentId' }] });
    const body = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'x@example.gov.hk', displayName: 'X', departmentId: 'abc', roles: ['editor'] },
    });
    expect(body.statusCode).toBe(400);
    expect(body.json()).toMatchObject({ errors: [{ field: 'body.departmentId' }] });
  });

  it("answers 404 for an upload naming another department's bot or a missing one, 201 for an own bot", async () => {
    const otherBot = await testBot(f.store, f.other);
    const foreign = await f.as('editor', faqUpload('foreign-bot', { botId: otherBot }));
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ errors: [{ field: 'body.botId' }] });
    const missing = await f.as('editor', faqUpload('missing-bot', { botId: 'no-such-bot' }));
    expect(missing.statusCode).toBe(404);
    const queued = await f.as('editor', {
      method: 'POST',
      url: '/api/v1/knowledge/sources',
      payload: { url: 'https://www.example.gov.hk/faq', botId: 'no-such-bot' },
    });
    expect(queued.statusCode).toBe(404);
    const ownBot = await testBot(f.store, f.own);
    expect((await f.as('editor', faqUpload('own-bot', { botId: ownBot }))).statusCode).toBe(201);
  });

  it('documents every error response as application/problem+json with a shared Problem schema (OpenAI’s shape under /v1)', async () => {
    const doc = (await f.app.inject({ url: '/openapi.json' })).json() as {
      components: { schemas: Record<string, unknown> };
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    expect(doc.components.schemas.Problem).toMatchObject({ type: 'object' });
    let operations = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations += 1;
        const errors = Object.entries(operation.responses).filter(([status]) => status === '4XX' || status >= '400');
        expect(errors.length, `${method} ${path}`).toBeGreaterThan(0);
        // Under /v1 errors are in OpenAI's shape (issue #13, item 9).
        const [type, schema] = path.startsWith('/v1/')
          ? ['application/json', 'OpenAIError']
          : ['application/problem+json', 'Problem'];
        for (const [status, response] of errors) {
          expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual([type]);
          expect(response.content?.[type]).toEqual({ schema: { $ref: `#/components/schemas/${schema}` } });
        }
      }
    }
    expect(operations).toBeGreaterThan(50);
  });
});
