import { asc, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, openTestStore, type Store } from '../store/index.ts';
import { type Actor, appendAudit, queryAudit, verifyAudit } from './index.ts';

const actor: Actor = { id: 'u-1', roles: ['editor'], departmentId: null };

async function append(store: Store, n: number, departmentId: string | null = null): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await store.db.transaction((tx) =>
      appendAudit(
        tx,
        { actor, requestId: `r-${i}` },
        {
          action: 'thing.update',
          entityType: 'thing',
          entityId: String(i),
          departmentId,
          before: { n: i },
          after: { n: i + 1, email: 'chan.tai.man@example.com' },
        },
      ),
    );
  }
}

/** Tampering needs the append-only trigger out of the way, as a rogue superuser would do. */
async function tamper(store: Store, statement: string): Promise<void> {
  await store.db.transaction(async (tx) => {
    await tx.execute(sql.raw('alter table audit_log disable trigger audit_log_append_only'));
    await tx.execute(sql.raw(statement));
    await tx.execute(sql.raw('alter table audit_log enable trigger audit_log_append_only'));
  });
}

describe(`audit trail (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(async () => store.close());

  it('an empty trail verifies', async () => {
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 0 });
  });

  it('chains entries: each holds the hash of the one before', async () => {
    await append(store, 5);
    const rows = await store.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 5, headHash: rows[4]?.hash });
  });

  it('masks personal data in before/after', async () => {
    await append(store, 1);
    const [row] = await store.db.select().from(auditLog);
    expect(JSON.stringify(row?.after)).not.toContain('chan.tai.man');
  });

  it('names the first edited entry', async () => {
    await append(store, 6);
    await tamper(store, `update audit_log set after = '{"n": 999}' where seq = 3`);
    expect(await verifyAudit(store.db)).toMatchObject({
      ok: false,
      firstBrokenSeq: 3,
      reason: expect.stringMatching(/altered/),
    });
  });

  it('detects an edit that also recomputes nothing but the actor', async () => {
    await append(store, 3);
    await tamper(store, `update audit_log set actor_id = 'someone-else' where seq = 2`);
    expect(await verifyAudit(store.db)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('names a deleted entry in the middle', async () => {
    await append(store, 6);
    await tamper(store, 'delete from audit_log where seq = 4');
    expect(await verifyAudit(store.db)).toMatchObject({
      ok: false,
      firstBrokenSeq: 4,
      reason: expect.stringMatching(/missing/),
    });
  });

  it('detects deletion of the newest entries', async () => {
    await append(store, 6);
    await tamper(store, 'delete from audit_log where seq >= 5');
    expect(await verifyAudit(store.db)).toMatchObject({ ok: false, firstBrokenSeq: 5 });
  });

  it('keeps the chain linear under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => append(store, 1, i % 2 ? null : '00000000-0000-4000-8000-000000000009')),
    );
    const rows = await store.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 30 });
  });

  it('an entry exists only if its transaction commits', async () => {
    await expect(
      store.db.transaction(async (tx) => {
        await appendAudit(
          tx,
          { actor, requestId: null },
          { action: 'x.y', entityType: 'x', entityId: null, departmentId: null },
        );
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 0 });
  });

  it('pages newest first and filters', async () => {
    const dept = '00000000-0000-4000-8000-000000000009';
    await append(store, 5, dept);
    await append(store, 2, null);
    const first = await queryAudit(store.db, { departmentId: dept, limit: 2 });
    expect(first.items.map((r) => r.seq)).toEqual([5, 4]);
    const second = await queryAudit(store.db, { departmentId: dept, limit: 2, before: first.nextCursor ?? undefined });
    expect(second.items.map((r) => r.seq)).toEqual([3, 2]);
    const last = await queryAudit(store.db, { departmentId: dept, limit: 2, before: second.nextCursor ?? undefined });
    expect(last).toMatchObject({ nextCursor: null });
    expect(last.items.map((r) => r.seq)).toEqual([1]);
    expect((await queryAudit(store.db, { entityId: '1', limit: 10 })).items).toHaveLength(2);
  });
});
