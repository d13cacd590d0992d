import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../store/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';
import { faqUpload } from './testing/multipart-upload.ts';

describe('no one acts as another person with a minted key (issue #12, item 9)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  it('refuses a department admin minting a key for an approver, so they cannot approve their own upload', async () => {
    const minted = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/keys',
      payload: { name: 'approver laptop', userId: f.own.users.approver.id },
    });
    expect(minted.statusCode).toBe(403);
    expect(minted.json()).toMatchObject({
      code: 'forbidden',
      detail: expect.stringMatching(/only by that person or a platform admin/),
      errors: [{ field: 'body.userId', code: 'not_yours' }],
    });
    expect(minted.body).not.toMatch(/"key":"lr_/);

    const draft = await f.as('dept_admin', faqUpload('mint-attack'));
    expect(draft.statusCode).toBe(201);
    const versionId = (draft.json() as { version: { id: string } }).version.id;
    // Maker-checker on the admin's own key still holds.
    const own = await f.as('dept_admin', { method: 'POST', url: `/api/v1/knowledge/versions/${versionId}/approve` });
    expect(own.statusCode).toBe(403);
    // The legitimate path: the approver with the key they hold themself.
    const approved = await f.as('approver', { method: 'POST', url: `/api/v1/knowledge/versions/${versionId}/approve` });
    expect(approved.statusCode).toBe(200);
  });

  it('lets a person create their own key, and a platform admin bootstrap one for a person, on the record', async () => {
    const ownKey = await f.as('approver', { method: 'POST', url: '/api/v1/keys', payload: { name: 'my laptop' } });
    expect(ownKey.statusCode).toBe(201);
    const bootstrap = await f.as('platform_admin', {
      method: 'POST',
      url: '/api/v1/keys',
      payload: { name: 'first key', userId: f.own.bystander.id },
    });
    expect(bootstrap.statusCode).toBe(201);
    const [entry] = await f.store.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'api_key.create'), eq(auditLog.entityId, (bootstrap.json() as { id: string }).id)),
      );
    expect(entry).toMatchObject({ actorId: f.own.users.platform_admin.id });
    expect(entry?.after).toMatchObject({ userId: f.own.bystander.id });
  });

  it('lets a department admin key its machine accounts, which then cannot be turned into a person', async () => {
    const service = f.own.users.service;
    const minted = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/keys',
      payload: { name: 'ci', userId: service.id },
    });
    expect(minted.statusCode).toBe(201);
    const promote = () =>
      f.as('dept_admin', { method: 'PATCH', url: `/api/v1/users/${service.id}`, payload: { roles: ['approver'] } });
    const refused = await promote();
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ detail: expect.stringMatching(/revoke/i) });
    // With every key made for the machine revoked (the fixture's and the new one), it may become a person.
    const keys = (await f.as('dept_admin', { url: `/api/v1/keys?userId=${service.id}` })).json() as {
      items: { id: string; revokedAt: string | null }[];
    };
    for (const key of keys.items.filter((k) => k.revokedAt === null)) {
      expect((await f.as('dept_admin', { method: 'DELETE', url: `/api/v1/keys/${key.id}` })).statusCode).toBe(200);
    }
    expect((await promote()).statusCode).toBe(200);
  });
});
