import { asc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, openTestStore, type Store } from '../store/index.ts';
import { type Actor, type AuditBatchEntry, appendAudit, appendAuditBatch, verifyAudit } from './index.ts';

const actor: Actor = { id: 'gateway', roles: ['service'], departmentId: null };

function entries(tag: string, n: number): AuditBatchEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    context: { actor, requestId: `${tag}-${i}` },
    event: {
      action: 'model.call',
      entityType: 'model_call',
      entityId: `${tag}-${i}`,
      departmentId: null,
      after: { n: i, email: 'chan.tai.man@example.com' },
    },
  }));
}

describe(`audit batch append (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(async () => store.close());

  it('chains a batch in the order given, masks personal data, and the trail verifies', async () => {
    const seqs = await store.db.transaction((tx) => appendAuditBatch(tx, entries('a', 4)));
    expect(seqs).toEqual([1, 2, 3, 4]);
    const rows = await store.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.entityId)).toEqual(['a-0', 'a-1', 'a-2', 'a-3']);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
    expect(JSON.stringify(rows.map((r) => r.after))).not.toContain('chan.tai.man');
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 4, headHash: rows[3]?.hash });
  });

  it('an empty batch writes nothing', async () => {
    expect(await store.db.transaction((tx) => appendAuditBatch(tx, []))).toEqual([]);
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 0 });
  });

  it('keeps the chain valid and linear when batches and single appends run concurrently', async () => {
    const writers = Array.from({ length: 12 }, (_, w) =>
      w % 3 === 0
        ? store.db.transaction((tx) =>
            appendAudit(
              tx,
              { actor, requestId: `single-${w}` },
              {
                action: 'thing.update',
                entityType: 'thing',
                entityId: `single-${w}`,
                departmentId: null,
              },
            ).then((seq) => [seq]),
          )
        : store.db.transaction((tx) => appendAuditBatch(tx, entries(`batch-${w}`, 5))),
    );
    const seqs = (await Promise.all(writers)).flat().sort((a, b) => a - b);
    const total = 4 * 1 + 8 * 5;
    expect(seqs).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const rows = await store.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.map((r) => r.seq)).toEqual(seqs);
    // Each batch occupies one unbroken run of the chain, in its own order.
    for (let w = 1; w < 12; w += 1) {
      if (w % 3 === 0) continue;
      const run = rows.filter((r) => r.entityId?.startsWith(`batch-${w}-`)).map((r) => r.seq);
      expect(run).toEqual(Array.from({ length: 5 }, (_, i) => (run[0] ?? 0) + i));
    }
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: total });
  });

  it('a batch exists only if its transaction commits', async () => {
    await expect(
      store.db.transaction(async (tx) => {
        await appendAuditBatch(tx, entries('lost', 3));
        throw new Error('flush failed');
      }),
    ).rejects.toThrow('flush failed');
    await store.db.transaction((tx) => appendAuditBatch(tx, entries('kept', 2)));
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 2 });
  });
});
