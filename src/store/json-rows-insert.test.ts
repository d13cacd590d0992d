import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './database.ts';
import { chainStatements, jsonRowsInsert } from './json-rows-insert.ts';
import { departments, users } from './schema.ts';
import { openTestStore } from './test-store.ts';

describe('jsonRowsInsert and chainStatements (PGlite, or PostgreSQL with DATABASE_URL)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  }, 60_000);
  afterAll(() => store.close());

  it('inserts many rows from one JSON parameter: jsonb, timestamps and defaults as a VALUES list would', async () => {
    const created = new Date('2026-11-22T01:02:03.456Z');
    const a = randomUUID();
    const b = randomUUID();
    await store.db.execute(
      jsonRowsInsert(departments, [
        { id: a, code: 'json-a', nameEn: 'A', nameZh: '甲', corsOrigins: ['https://a.gov.hk'], createdAt: created },
        // status, cors origins and created_at left out: the column defaults apply.
        { id: b, code: 'json-b', nameEn: 'B\'s "quoted" name', nameZh: '乙' },
      ]),
    );
    const rows = await store.db
      .select()
      .from(departments)
      .where(sql`${departments.code} like 'json-%'`)
      .orderBy(asc(departments.code));
    expect(rows.map(({ code, nameEn, status, corsOrigins }) => ({ code, nameEn, status, corsOrigins }))).toEqual([
      { code: 'json-a', nameEn: 'A', status: 'active', corsOrigins: ['https://a.gov.hk'] },
      { code: 'json-b', nameEn: 'B\'s "quoted" name', status: 'active', corsOrigins: [] },
    ]);
    expect(rows[0]?.createdAt.toISOString()).toBe(created.toISOString());
    expect(rows[1]?.createdAt).toBeInstanceOf(Date);
  });

  it('takes a suffix such as ON CONFLICT', async () => {
    const id = randomUUID();
    await store.db.execute(jsonRowsInsert(departments, [{ id, code: 'json-c', nameEn: 'C', nameZh: '丙' }]));
    await store.db.execute(
      jsonRowsInsert(
        departments,
        [{ id, code: 'json-c', nameEn: 'C renamed', nameZh: '丙' }],
        sql` on conflict (id) do update set name_en = excluded.name_en`,
      ),
    );
    const [row] = await store.db.select().from(departments).where(eq(departments.id, id));
    expect(row?.nameEn).toBe('C renamed');
  });

  it('chains a parent and the children that reference it into one statement', async () => {
    const department = randomUUID();
    const statement = chainStatements([
      jsonRowsInsert(departments, [{ id: department, code: 'json-d', nameEn: 'D', nameZh: '丁' }]),
      jsonRowsInsert(users, [
        { id: randomUUID(), departmentId: department, displayName: 'Officer 1', roles: ['editor'] },
        { id: randomUUID(), departmentId: department, displayName: 'Officer 2', roles: ['approver'] },
      ]),
    ]);
    await store.db.execute(statement);
    const rows = await store.db.select().from(users).where(eq(users.departmentId, department));
    expect(rows.map((r) => r.roles).sort()).toEqual([['approver'], ['editor']]);
  });

  it('is all or nothing: a child breaking a foreign key leaves no parent behind', async () => {
    const department = randomUUID();
    const statement = chainStatements([
      jsonRowsInsert(departments, [{ id: department, code: 'json-e', nameEn: 'E', nameZh: '戊' }]),
      jsonRowsInsert(users, [{ id: randomUUID(), departmentId: randomUUID(), displayName: 'Nobody', roles: [] }]),
    ]);
    await expect(store.db.execute(statement)).rejects.toThrow();
    expect(await store.db.select().from(departments).where(eq(departments.id, department))).toEqual([]);
  });
});
