import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aiApplications, auditLog } from '../store/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

let f: Fixture;
beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f.close());

const APPS = '/api/v1/governance/applications';

const registration = (ownerId: string, overrides: Record<string, unknown> = {}) => ({
  ownerId,
  type: 'scheduling',
  name: { en: 'Refuse collection rostering', zhHant: '垃圾收集排班' },
  purpose: { en: 'Plans refuse collection crews each week', zhHant: '每週編排垃圾收集隊伍' },
  publicFacing: false,
  generative: false,
  personalData: true,
  personalDataKinds: ['staff name'],
  models: [{ provider: 'in-house', model: 'roster-opt-2' }],
  dataSources: ['duty records'],
  ...overrides,
});

async function register(department: 'own' | 'other', overrides: Record<string, unknown> = {}) {
  const target = f[department];
  const response = await f.as(
    'editor',
    { method: 'POST', url: APPS, payload: registration(target.users.approver.id, overrides) },
    target,
  );
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; status: string; departmentId: string; [key: string]: unknown };
}

const auditActions = async (id: string) =>
  (await f.store.db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((e) => e.action);

describe('the AI application registry API', () => {
  it('registers an application as a draft with every field, audited', async () => {
    const app = await register('own');
    expect(app).toMatchObject({
      departmentId: f.own.department.id,
      status: 'draft',
      lifecycleStage: 'strategy',
      name: { en: 'Refuse collection rostering', zhHant: '垃圾收集排班' },
      personalDataKinds: ['staff name'],
      riskLevel: null,
      reusedFrom: null,
    });
    const read = await f.as('auditor', { method: 'GET', url: `${APPS}/${app.id}` });
    expect(read.json()).toEqual(app);
    expect(await auditActions(app.id)).toEqual(['application.create']);
  });

  it("answers 404 for another department's application on read, change and status", async () => {
    const theirs = await register('other');
    const get = await f.as('editor', { method: 'GET', url: `${APPS}/${theirs.id}` });
    const patch = await f.as('editor', { method: 'PATCH', url: `${APPS}/${theirs.id}`, payload: { generative: true } });
    const move = await f.as('editor', {
      method: 'POST',
      url: `${APPS}/${theirs.id}/status`,
      payload: { status: 'in_review' },
    });
    expect([get.statusCode, patch.statusCode, move.statusCode]).toEqual([404, 404, 404]);
    expect(await auditActions(theirs.id)).toEqual(['application.create']);
  });

  it('refuses a move the status table does not allow with 409 naming both statuses, in the asker’s language', async () => {
    const app = await register('own');
    const en = await f.as('editor', { method: 'POST', url: `${APPS}/${app.id}/status`, payload: { status: 'live' } });
    expect(en.statusCode).toBe(409);
    expect(en.json().errors[0]).toMatchObject({ field: 'body.status', code: 'transition_not_allowed' });
    expect(en.json().errors[0].message).toContain('cannot move from "draft" to "live"');
    const zh = await f.as('editor', {
      method: 'POST',
      url: `${APPS}/${app.id}/status`,
      payload: { status: 'live' },
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(zh.json().errors[0].message).toBe('不可由「草擬」（draft）轉為「已上線」（live）');
    const ok = await f.as('editor', {
      method: 'POST',
      url: `${APPS}/${app.id}/status`,
      payload: { status: 'in_review' },
    });
    expect(ok.json()).toMatchObject({ status: 'in_review' });
    expect(await auditActions(app.id)).toEqual(['application.create', 'application.status']);
  });

  it('names the offending field of bad input in English and Chinese', async () => {
    const missing = registration(f.own.users.approver.id, { name: { en: 'Only English' } });
    const en = await f.as('editor', { method: 'POST', url: APPS, payload: missing });
    expect(en.statusCode).toBe(400);
    expect(en.json().errors).toEqual([expect.objectContaining({ field: 'body.name.zhHant', message: 'is required' })]);
    const zh = await f.as('editor', {
      method: 'POST',
      url: APPS,
      payload: registration(f.own.users.approver.id, { personalData: false }),
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().errors).toEqual([
      {
        field: 'body.personalDataKinds',
        code: 'kinds_without_personal_data',
        message: '在 personalData 為 false 時須留空',
      },
    ]);
    const foreignOwner = await f.as('editor', {
      method: 'POST',
      url: APPS,
      payload: registration(f.other.users.approver.id),
    });
    expect(foreignOwner.json().errors[0]).toMatchObject({ field: 'body.ownerId', code: 'unknown_user' });
  });

  it("reuses another department's application: a new draft of the caller's, linked to it, audited", async () => {
    const theirs = await register('other');
    const reuse = await f.as('editor', {
      method: 'POST',
      url: `${APPS}/${theirs.id}/reuse`,
      payload: { ownerId: f.own.users.approver.id },
    });
    expect(reuse.statusCode).toBe(201);
    const mine = reuse.json();
    expect(mine).toMatchObject({
      departmentId: f.own.department.id,
      reusedFrom: theirs.id,
      status: 'draft',
      type: 'scheduling',
      ownerId: f.own.users.approver.id,
    });
    expect(await auditActions(mine.id)).toEqual(['application.reuse']);
    const unknown = await f.as('editor', {
      method: 'POST',
      url: `${APPS}/00000000-0000-4000-8000-000000000000/reuse`,
      payload: { ownerId: f.own.users.approver.id },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('lists only the department’s applications, filtered by type and status', async () => {
    await register('other', { type: 'ocr' });
    const ocr = await register('own', { type: 'ocr' });
    const list = await f.as('reviewer', { method: 'GET', url: `${APPS}?type=ocr&status=draft` });
    const items = list.json().items as { id: string; departmentId: string }[];
    expect(items.map((i) => i.id)).toEqual([ocr.id]);
    const foreign = await f.as('reviewer', { method: 'GET', url: `${APPS}?departmentId=${f.other.department.id}` });
    expect(foreign.statusCode).toBe(404);
  });

  it("searches every department's entries in the catalogue, showing others only catalogue fields", async () => {
    const theirs = await register('other', {
      type: 'image_analysis',
      name: { en: 'Illegal dumping camera review', zhHant: '違例棄置廢物影像覆核' },
      purpose: { en: 'Flags refuse dumping in camera footage', zhHant: '在閉路電視片段中標示棄置廢物' },
    });
    for (const [q, headers] of [
      ['dumping camera', {}],
      ['棄置廢物影像', {}],
      ['弃置废物影像', { 'accept-language': 'zh-CN' }],
    ] as const) {
      const search = await f.as('agent', {
        method: 'GET',
        url: `/api/v1/governance/catalogue?q=${encodeURIComponent(q)}`,
        headers,
      });
      expect(search.statusCode).toBe(200);
      const [first] = search.json().items;
      expect(first.entry.id).toBe(theirs.id);
      expect(first.entry).not.toHaveProperty('ownerId');
      expect(first.entry).not.toHaveProperty('personalDataKinds');
    }
    const filtered = await f.as('agent', {
      method: 'GET',
      url: `/api/v1/governance/catalogue?q=dumping&departmentId=${f.own.department.id}`,
    });
    expect(filtered.json().items).toEqual([]);
    const entry = await f.as('agent', { method: 'GET', url: `/api/v1/governance/catalogue/${theirs.id}` });
    expect(entry.json()).toMatchObject({ id: theirs.id, type: 'image_analysis' });
    expect(entry.json()).not.toHaveProperty('dataSources');
  });

  it('registers a bot created through the API as a draft LionRock bot application', async () => {
    const created = await f.as('editor', {
      method: 'POST',
      url: '/api/v1/bots',
      payload: {
        id: 'registry-bot',
        config: {
          name: { zh: '登記機械人', en: 'Registry Bot' },
          greeting: { zh: '你好', en: 'Hi' },
          disclosure: { zh: '人工智能', en: 'AI' },
          fallback: { zh: '1823', en: '1823' },
        },
      },
    });
    expect(created.statusCode).toBe(201);
    const [row] = await f.store.db
      .select()
      .from(aiApplications)
      .where(and(eq(aiApplications.botId, 'registry-bot'), eq(aiApplications.departmentId, f.own.department.id)));
    expect(row).toMatchObject({
      type: 'lionrock_bot',
      status: 'draft',
      nameZhHant: '登記機械人',
      ownerId: f.own.users.editor.id,
    });
  });
});
