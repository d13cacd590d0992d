import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type Store } from '../store/index.ts';
import { type Actor, appendAudit, auditFacets } from './index.ts';

const actor: Actor = { id: 'u-1', roles: ['editor'], departmentId: null };

async function record(store: Store, action: string, entityType: string, departmentId: string | null): Promise<void> {
  await store.db.transaction((tx) =>
    appendAudit(tx, { actor, requestId: null }, { action, entityType, entityId: null, departmentId }),
  );
}

describe(`audit facets (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(async () => store.close());

  it('counts each action and entity type once, sorted by code', async () => {
    const dept = randomUUID();
    await record(store, 'user.create', 'user', dept);
    await record(store, 'user.create', 'user', dept);
    await record(store, 'user.update', 'user', dept);
    await record(store, 'api_key.revoke', 'api_key', dept);
    // One action recorded against two entity types still counts once per entry.
    await record(store, 'import.run', 'knowledge_source', dept);
    await record(store, 'import.run', 'dataset', dept);
    expect(await auditFacets(store.db, { departmentId: dept })).toEqual({
      actions: [
        { action: 'api_key.revoke', count: 1 },
        { action: 'import.run', count: 2 },
        { action: 'user.create', count: 2 },
        { action: 'user.update', count: 1 },
      ],
      entityTypes: [
        { entityType: 'api_key', count: 1 },
        { entityType: 'dataset', count: 1 },
        { entityType: 'knowledge_source', count: 1 },
        { entityType: 'user', count: 3 },
      ],
    });
  });

  it('keeps to one department when given one, and sees every department (and none) without', async () => {
    const alpha = randomUUID();
    const beta = randomUUID();
    await record(store, 'user.create', 'user', alpha);
    await record(store, 'bot.publish', 'bot', beta);
    await record(store, 'provider.update', 'provider', null);
    const ofAlpha = await auditFacets(store.db, { departmentId: alpha });
    expect(ofAlpha.actions.map((a) => a.action)).toEqual(['user.create']);
    expect(ofAlpha.entityTypes.map((e) => e.entityType)).toEqual(['user']);
    const all = await auditFacets(store.db, {});
    expect(all.actions.map((a) => a.action)).toEqual(['bot.publish', 'provider.update', 'user.create']);
  });

  it('answers nothing for a caller without a department, and for an empty trail', async () => {
    await record(store, 'user.create', 'user', randomUUID());
    expect(await auditFacets(store.db, { departmentId: '' })).toEqual({ actions: [], entityTypes: [] });
    expect(await auditFacets(store.db, { departmentId: randomUUID() })).toEqual({ actions: [], entityTypes: [] });
  });
});
