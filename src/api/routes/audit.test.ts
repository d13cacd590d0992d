import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, SYSTEM_ACTOR } from '../../audit/index.ts';
import { createFixture, type DepartmentFixture, type Fixture } from '../test-fixture.ts';

interface Facets {
  actions: { action: string; count: number }[];
  entityTypes: { entityType: string; count: number }[];
}

describe(`audit facets route (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let f: Fixture;
  /** An action only one department has, recorded `times` times. */
  const record = async (target: DepartmentFixture, action: string, entityType: string, times: number) => {
    for (let i = 0; i < times; i += 1) {
      await f.store.db.transaction((tx) =>
        appendAudit(
          tx,
          { actor: SYSTEM_ACTOR, requestId: null },
          { action, entityType, entityId: String(i), departmentId: target.department.id },
        ),
      );
    }
  };
  const facets = async (role: 'auditor' | 'dept_admin' | 'platform_admin', target: DepartmentFixture, query = '') => {
    const response = await f.as(role, { url: `/api/v1/audit/facets${query}` }, target);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Facets;
  };
  const actions = (answer: Facets) => answer.actions.map((a) => a.action);
  const entityTypes = (answer: Facets) => answer.entityTypes.map((e) => e.entityType);

  beforeAll(async () => {
    f = await createFixture();
    await record(f.own, 'alpha_case.escalate', 'alpha_case', 3);
    await record(f.other, 'beta_case.withdraw', 'beta_case', 2);
  });
  afterAll(async () => f.close());

  it('lists the actions and entity types of the caller’s department, with counts that match the list', async () => {
    const own = await facets('auditor', f.own);
    expect(own.actions).toContainEqual({ action: 'alpha_case.escalate', count: 3 });
    expect(own.entityTypes).toContainEqual({ entityType: 'alpha_case', count: 3 });
    // Sorted by code, each once.
    expect(actions(own)).toEqual([...new Set(actions(own))].sort());
    expect(entityTypes(own)).toEqual([...new Set(entityTypes(own))].sort());
    for (const { action, count } of own.actions) {
      const list = await f.as('auditor', { url: `/api/v1/audit?action=${encodeURIComponent(action)}&limit=500` });
      expect((list.json() as { items: unknown[] }).items, action).toHaveLength(count);
    }
  });

  it('never tells a department’s officer another department’s actions or entity types', async () => {
    for (const role of ['auditor', 'dept_admin'] as const) {
      const own = await facets(role, f.own);
      expect(actions(own)).not.toContain('beta_case.withdraw');
      expect(entityTypes(own)).not.toContain('beta_case');
      const other = await facets(role, f.other);
      expect(actions(other)).toContain('beta_case.withdraw');
      expect(actions(other)).not.toContain('alpha_case.escalate');
      expect(entityTypes(other)).not.toContain('alpha_case');
    }
  });

  it('answers 404 naming the field when asked for another department, as the list does', async () => {
    const asked = await f.as('auditor', { url: `/api/v1/audit/facets?departmentId=${f.other.department.id}` });
    const list = await f.as('auditor', { url: `/api/v1/audit?departmentId=${f.other.department.id}` });
    expect(asked.statusCode).toBe(404);
    expect(list.statusCode).toBe(404);
    expect(asked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(asked.body).not.toContain('beta_case');
    expect(asked.json().code).toBe(list.json().code);
  });

  it('shows a platform admin every department, or the one asked for', async () => {
    const all = await facets('platform_admin', f.own);
    expect(actions(all)).toEqual(expect.arrayContaining(['alpha_case.escalate', 'beta_case.withdraw']));
    const other = await facets('platform_admin', f.own, `?departmentId=${f.other.department.id}`);
    expect(actions(other)).toContain('beta_case.withdraw');
    expect(actions(other)).not.toContain('alpha_case.escalate');
  });

  it('refuses callers without the audit permission as the list does: 403, and 401 without a key', async () => {
    for (const role of ['editor', 'approver', 'agent', 'service'] as const) {
      const asked = await f.as(role, { url: '/api/v1/audit/facets' });
      const list = await f.as(role, { url: '/api/v1/audit' });
      expect([role, asked.statusCode]).toEqual([role, 403]);
      expect(list.statusCode).toBe(403);
      expect(asked.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(asked.body).not.toContain('alpha_case');
    }
    expect((await f.as(null, { url: '/api/v1/audit/facets' })).statusCode).toBe(401);
  });

  it('refuses an unknown query parameter, naming it', async () => {
    const response = await f.as('auditor', { url: '/api/v1/audit/facets?action=user.create' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain('querystring.action');
  });

  it('is described in the OpenAPI document with its response schema', async () => {
    const doc = (await f.app.inject({ url: '/openapi.json' })).json();
    const operation = doc.paths['/api/v1/audit/facets']?.get;
    expect(operation?.tags).toEqual(['audit']);
    const schema = operation?.responses?.['200']?.content?.['application/json']?.schema;
    expect(Object.keys(schema?.properties ?? {})).toEqual(['actions', 'entityTypes']);
  });
});
