import { asc, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../audit/index.ts';
import { ALL_TABLES, backup, openTestStore, restore, type Store } from '../store/index.ts';
import { createApiKey, createUser, revokeApiKey, seedDemo } from './index.ts';
import { CLI_PRINCIPAL } from './principal.ts';

const ctx = { principal: CLI_PRINCIPAL, requestId: 'test' };

async function dump(store: Store): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of Object.values(ALL_TABLES) as PgTable[]) {
    const first = Object.values(table)[0];
    out[getTableName(table)] = await store.db
      .select()
      .from(table)
      .orderBy(asc(first as never));
  }
  return out;
}

describe(`backup and restore (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let source: Store;
  let target: Store;
  beforeEach(async () => {
    source = await openTestStore();
    target = await openTestStore();
    await seedDemo(source.db, { keyLifetimeDays: 30 });
    const [department] = await source.db.select().from(ALL_TABLES.departments);
    if (!department) throw new Error('seed made no department');
    const user = await createUser(source.db, ctx, {
      departmentId: department.id,
      displayName: '陳大文',
      email: 'chan@example.gov.hk',
      roles: ['editor', 'approver'],
    });
    const key = await createApiKey(source.db, ctx, { name: 'k', userId: user.id, defaultLifetimeDays: 10 });
    await revokeApiKey(source.db, ctx, key.id);
  });
  afterEach(async () => {
    await source.close();
    await target.close();
  });

  it('backup → wipe → restore reproduces every table and a valid audit chain', async () => {
    const original = await dump(source);
    const file = JSON.parse(JSON.stringify(await backup(source.db))) as unknown;
    // Wipe: the target starts with other data that the restore must replace.
    await seedDemo(target.db, { keyLifetimeDays: 1 });
    await restore(target.db, file);
    expect(await dump(target)).toEqual(original);
    expect(await verifyAudit(target.db)).toMatchObject({ ok: true, entries: original.audit_log?.length });
  });

  it('a broken backup is refused and changes nothing', async () => {
    const before = await dump(source);
    await expect(restore(source.db, { format: 'something-else', tables: {} })).rejects.toThrow(/Not a LionRock backup/);
    const bad = JSON.parse(JSON.stringify(await backup(source.db))) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    bad.tables.users?.push({ id: 'not-a-uuid' });
    await expect(restore(source.db, bad)).rejects.toThrow();
    expect(await dump(source)).toEqual(before);
  });

  it('restores onto a database with no rows at all', async () => {
    const file = JSON.parse(JSON.stringify(await backup(source.db))) as unknown;
    await target.db.execute(sql`truncate table audit_head`);
    await restore(target.db, file);
    expect(await verifyAudit(target.db)).toMatchObject({ ok: true });
  });
});
