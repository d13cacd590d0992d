import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './test-fixture.ts';

const DIRECTORY = '/api/v1/governance/exchange-departments';

describe('the data exchange’s department directory', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  it('names every department to an officer who sees only their own elsewhere, so they can ask another for data', async () => {
    // GET /departments shows a department officer their own department only.
    const own = await f.as('reviewer', { method: 'GET', url: '/api/v1/departments' });
    expect((own.json() as { items: { code: string }[] }).items.map((d) => d.code)).toEqual(['alpha']);

    const response = await f.as('reviewer', { method: 'GET', url: DIRECTORY });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: Record<string, unknown>[] }).items;
    expect(items).toEqual([
      { id: f.own.department.id, code: 'alpha', nameEn: 'Alpha Department', nameZh: '甲部門', active: true },
      { id: f.other.department.id, code: 'beta', nameEn: 'Beta Department', nameZh: '乙部門', active: true },
    ]);
    // Names only: no department settings travel with them.
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(['active', 'code', 'id', 'nameEn', 'nameZh']);
  });

  it('is refused without a sign-in and to a role that does not read governance', async () => {
    expect((await f.as(null, { method: 'GET', url: DIRECTORY })).statusCode).toBe(401);
    expect((await f.as('service', { method: 'GET', url: DIRECTORY })).statusCode).toBe(403);
  });
});
