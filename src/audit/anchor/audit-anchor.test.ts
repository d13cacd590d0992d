import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type Store } from '../../store/index.ts';
import { appendAudit, verifyAudit } from '../index.ts';
import { type AnchorPaths, CheckpointSigner, checkAnchor, openCheckpointer } from './index.ts';

async function append(store: Store, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await store.db.transaction((tx) =>
      appendAudit(
        tx,
        { actor: { id: 'u-1', roles: ['editor'], departmentId: null }, requestId: null },
        { action: 'thing.update', entityType: 'thing', entityId: String(i), departmentId: null, after: { n: i } },
      ),
    );
  }
}

/** What someone with write access to the database can do: the append-only trigger out of the way. */
async function asDatabaseWriter(store: Store, ...statements: string[]): Promise<void> {
  await store.db.transaction(async (tx) => {
    await tx.execute(sql.raw('alter table audit_log disable trigger audit_log_append_only'));
    for (const statement of statements) await tx.execute(sql.raw(statement));
    await tx.execute(sql.raw('alter table audit_log enable trigger audit_log_append_only'));
  });
}

/** Deletes the newest entries and moves the head back onto what is left: invisible inside the database. */
function cutAndRewind(store: Store, keep: number): Promise<void> {
  return asDatabaseWriter(
    store,
    `delete from audit_log where seq > ${keep}`,
    `update audit_head set seq = ${keep}, hash = (select hash from audit_log where seq = ${keep}) where id = 1`,
  );
}

describe(`the audit anchor (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let store: Store;
  let dir: string;
  let paths: AnchorPaths;
  beforeEach(async () => {
    store = await openTestStore();
    dir = mkdtempSync(join(tmpdir(), 'lionrock-anchor-'));
    paths = { file: join(dir, 'audit-anchor.jsonl'), keyFile: join(dir, 'audit-anchor.key') };
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a signed checkpoint only when the chain has grown, and verifies', async () => {
    const checkpointer = await openCheckpointer(store.db, paths);
    expect(await checkpointer.checkpoint()).toBeNull();
    await append(store, 3);
    expect(await checkpointer.checkpoint()).toMatchObject({ kind: 'checkpoint', seq: 3 });
    expect(await checkpointer.checkpoint()).toBeNull();
    await append(store, 2);
    await checkpointer.stop();
    expect(readFileSync(paths.file, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readFileSync(`${paths.keyFile}.pub`, 'utf8')).toMatch(/BEGIN PUBLIC KEY/);
    expect(await checkAnchor(store.db, paths)).toMatchObject({ anchored: true, ok: true, checkpoints: 2 });
  });

  it('reports the last entries deleted and the head rewound, which the chain alone calls intact', async () => {
    await append(store, 6);
    await (await openCheckpointer(store.db, paths)).checkpoint();
    await cutAndRewind(store, 5);
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 5 });
    expect(await checkAnchor(store.db, paths)).toMatchObject({
      ok: false,
      problem: 'truncated',
      seq: 6,
      reason: expect.stringMatching(/entries 6\.\.6 were removed and the head rewound/),
    });
    // A restarted checkpointer never signs the rewound head as if it were progress.
    expect(await (await openCheckpointer(store.db, paths)).checkpoint()).toBeNull();
  });

  it('reports a rewind covered up by new entries past the checkpoint', async () => {
    await append(store, 4);
    await (await openCheckpointer(store.db, paths)).checkpoint();
    await cutAndRewind(store, 2);
    await append(store, 5);
    expect(await verifyAudit(store.db)).toMatchObject({ ok: true, entries: 7 });
    expect(await checkAnchor(store.db, paths)).toMatchObject({ ok: false, problem: 'rewritten', seq: 4 });
  });

  it('refuses a forged or altered checkpoint', async () => {
    await append(store, 3);
    const checkpointer = await openCheckpointer(store.db, paths);
    const real = await checkpointer.checkpoint();
    // Altered: a later head claimed under the real signature.
    appendFileSync(paths.file, `${JSON.stringify({ ...real, seq: 2 })}\n`);
    expect(await checkAnchor(store.db, paths)).toMatchObject({ ok: false, problem: 'signature', seq: 2 });
    // Forged: signed with another key, claiming the real key's id.
    const lines = readFileSync(paths.file, 'utf8').split('\n').slice(0, 1);
    const forger = new CheckpointSigner(generateKeyPairSync('ed25519').privateKey);
    const forged = { ...forger.sign({ kind: 'restore', seq: 1, hash: 'x', at: 'now' }), key: real?.key };
    writeFileSync(paths.file, `${[...lines, JSON.stringify(forged)].join('\n')}\n`);
    expect(await checkAnchor(store.db, paths)).toMatchObject({ ok: false, problem: 'signature' });
  });

  it('reports a line of the anchor that is not a checkpoint', async () => {
    await append(store, 1);
    await (await openCheckpointer(store.db, paths)).checkpoint();
    appendFileSync(paths.file, 'not json\n');
    expect(await checkAnchor(store.db, paths)).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('a signed restore marker starts the checks afresh from the restored head', async () => {
    await append(store, 5);
    const checkpointer = await openCheckpointer(store.db, paths);
    await checkpointer.checkpoint();
    await cutAndRewind(store, 2);
    expect(await checkAnchor(store.db, paths)).toMatchObject({ ok: false, problem: 'truncated' });
    await checkpointer.markRestore();
    await append(store, 1);
    await checkpointer.checkpoint();
    expect(await checkAnchor(store.db, paths)).toMatchObject({ ok: true, latest: { seq: 3 } });
  });

  it('with no key there is nothing to check, and it says so', async () => {
    expect(await checkAnchor(store.db, paths)).toMatchObject({ anchored: false, ok: true });
  });
});
