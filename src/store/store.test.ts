import { count, eq, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TABLES, auditLog, departments, isMigrated, migrate, openTestStore, rawRows, type Store } from './index.ts';

// The storage contract: runs on PGlite by default and on PostgreSQL when DATABASE_URL is set.
describe(`store (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(async () => store.close());

  it('applies every committed migration and reports itself migrated', async () => {
    expect(await isMigrated(store)).toBe(true);
  });

  it('lists every table in ALL_TABLES, so backups miss nothing', async () => {
    const tables = await rawRows<{ name: string }>(
      store.db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    const known = (Object.values(ALL_TABLES) as PgTable[]).map((table) => getTableName(table)).sort();
    expect(tables.map((t) => t.name)).toEqual(known);
  });

  it('re-running migrations is a no-op', async () => {
    await migrate(store);
    await migrate(store);
    expect(await isMigrated(store)).toBe(true);
  });

  it('rolls back every row of a failed transaction', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    await expect(
      store.db.transaction(async (tx) => {
        await tx.insert(departments).values({ id, code: 'rollback', nameEn: 'R', nameZh: '回' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.db.select().from(departments).where(eq(departments.id, id))).toEqual([]);
  });

  it('round-trips jsonb, timestamps with time zone and uniqueness', async () => {
    const id = '00000000-0000-4000-8000-000000000002';
    const at = new Date('2026-01-02T03:04:05.678Z');
    await store.db.insert(departments).values({
      id,
      code: 'rt',
      nameEn: 'Round trip',
      nameZh: '往返',
      corsOrigins: ['https://a.gov.hk'],
      createdAt: at,
    });
    const [row] = await store.db.select().from(departments).where(eq(departments.id, id));
    expect(row?.corsOrigins).toEqual(['https://a.gov.hk']);
    expect(row?.createdAt.toISOString()).toBe(at.toISOString());
    await expect(
      store.db
        .insert(departments)
        .values({ id: '00000000-0000-4000-8000-000000000003', code: 'rt', nameEn: 'x', nameZh: 'x' }),
    ).rejects.toThrow();
  });

  it('refuses UPDATE and DELETE on the audit trail', async () => {
    const [{ n } = { n: 0 }] = await store.db.select({ n: count() }).from(auditLog);
    expect(n).toBe(0);
    await expect(store.db.execute(sql`delete from audit_log`)).resolves.toBeDefined(); // no rows: trigger not fired
    await store.db.execute(sql`insert into audit_log (seq, at, actor_id, actor_role, action, entity_type, prev_hash, hash)
      values (999, now(), 'x', 'x', 'x', 'x', 'x', 'x')`);
    const refusal = { cause: expect.objectContaining({ message: expect.stringMatching(/append-only/) }) };
    await expect(store.db.execute(sql`update audit_log set action = 'y' where seq = 999`)).rejects.toMatchObject(
      refusal,
    );
    await expect(store.db.execute(sql`delete from audit_log where seq = 999`)).rejects.toMatchObject(refusal);
  });
});
