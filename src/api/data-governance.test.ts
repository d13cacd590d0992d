import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, type ServiceContext } from '../access/index.ts';
import { assertConsent, createApplication } from '../governance/index.ts';
import { auditLog } from '../store/index.ts';
import { createFixture, type Fixture, knowledgeDraft } from './test-fixture.ts';

const DATASETS = '/api/v1/governance/datasets';
const CONSENTS = '/api/v1/governance/consents';
const REQUESTS = '/api/v1/governance/consent-requests';
const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'data-governance-test' };

interface Problem {
  detail: string;
  errors: { field: string; code: string; message: string }[];
}

describe('the departmental data catalogue', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  const application = (department = f.own) =>
    createApplication(f.store.db, cli, {
      ownerId: department.users.dept_admin.id,
      departmentId: department.department.id,
      type: 'ocr',
      name: { en: 'Licence OCR', zhHant: '牌照文字辨識' },
      purpose: { en: 'Reads licence forms', zhHant: '讀取牌照表格' },
      publicFacing: false,
      generative: false,
      personalData: true,
      personalDataKinds: ['name'],
    });

  const dataset = (applicationIds: string[], name = 'licence-applications') => ({
    name,
    titleEn: 'Licence applications',
    titleZhHant: '牌照申請',
    owner: 'Senior Licensing Officer',
    classification: 'restricted',
    personalData: true,
    personalDataKinds: ['name', 'hkid'],
    retention: '7 years after the licence ends',
    sourceSystems: ['eLicensing', 'paper forms'],
    applicationIds,
  });

  it('records a dataset with owner, classification, personal data, retention and lineage, shown on its application and audited', async () => {
    const app = await application();
    const before = await f.auditCount();
    const created = await f.as('editor', { method: 'POST', url: DATASETS, payload: dataset([app.id]) });
    expect(created.statusCode).toBe(201);
    const body = created.json() as {
      id: string;
      classification: string;
      sourceSystems: string[];
      applicationIds: string[];
    };
    expect(body).toMatchObject({
      classification: 'restricted',
      personalDataKinds: ['name', 'hkid'],
      sourceSystems: ['eLicensing', 'paper forms'],
      applicationIds: [app.id],
    });
    expect(await f.auditCount()).toBe(before + 1);

    const ofApp = await f.as('reviewer', { method: 'GET', url: `/api/v1/governance/applications/${app.id}/datasets` });
    expect(ofApp.statusCode).toBe(200);
    expect((ofApp.json() as { items: { id: string }[] }).items.map((d) => d.id)).toEqual([body.id]);

    const list = await f.as('reviewer', { method: 'GET', url: `${DATASETS}?classification=restricted` });
    expect((list.json() as { items: { id: string }[] }).items.map((d) => d.id)).toContain(body.id);

    // Another department sees neither the dataset nor the application's data.
    expect((await f.as('reviewer', { method: 'GET', url: `${DATASETS}/${body.id}` }, f.other)).statusCode).toBe(404);
    expect(
      (await f.as('reviewer', { method: 'GET', url: `/api/v1/governance/applications/${app.id}/datasets` }, f.other))
        .statusCode,
    ).toBe(404);
    const theirs = await f.as('reviewer', { method: 'GET', url: DATASETS }, f.other);
    expect((theirs.json() as { items: unknown[] }).items).toEqual([]);
  });

  it('refuses bad input in both languages naming the field', async () => {
    const badClass = await f.as('editor', {
      method: 'POST',
      url: DATASETS,
      payload: { ...dataset([], 'bad-class'), classification: 'secret' },
    });
    expect(badClass.statusCode).toBe(400);
    expect((badClass.json() as Problem).errors.map((e) => e.field)).toContain('body.classification');

    const kinds = await f.as('editor', {
      method: 'POST',
      url: DATASETS,
      headers: { 'accept-language': 'zh-Hant' },
      payload: { ...dataset([], 'no-kinds'), personalDataKinds: [] },
    });
    expect(kinds.statusCode).toBe(400);
    const problem = kinds.json() as Problem;
    expect(problem.errors[0]?.field).toBe('body.personalDataKinds');
    expect(problem.errors[0]?.message).toContain('須列出類別');

    const foreignApp = await application(f.other);
    const foreign = await f.as('editor', {
      method: 'POST',
      url: DATASETS,
      payload: dataset([foreignApp.id], 'foreign-app'),
    });
    expect(foreign.statusCode).toBe(404);
    expect((foreign.json() as Problem).errors[0]?.field).toBe('body.applicationIds.0');
  });

  it('links a knowledge source to its dataset, and the dataset lists it', async () => {
    const { sourceId } = await knowledgeDraft(f.store, f.own);
    const created = await f.as('editor', { method: 'POST', url: DATASETS, payload: dataset([], 'faq-content') });
    const datasetId = (created.json() as { id: string }).id;
    const linked = await f.as('editor', {
      method: 'PUT',
      url: `/api/v1/governance/knowledge-sources/${sourceId}/dataset`,
      payload: { datasetId },
    });
    expect(linked.statusCode).toBe(200);
    const read = await f.as('reviewer', { method: 'GET', url: `${DATASETS}/${datasetId}` });
    expect((read.json() as { knowledgeSourceIds: string[] }).knowledgeSourceIds).toEqual([sourceId]);

    // Another department's editor can neither see the source nor link it.
    const foreign = await f.as(
      'editor',
      { method: 'PUT', url: `/api/v1/governance/knowledge-sources/${sourceId}/dataset`, payload: { datasetId: null } },
      f.other,
    );
    expect(foreign.statusCode).toBe(404);
    expect((foreign.json() as Problem).errors[0]?.field).toBe('params.sourceId');
  });

  it('changes an entry and records before and after in the audit trail', async () => {
    const created = await f.as('editor', { method: 'POST', url: DATASETS, payload: dataset([], 'to-change') });
    const id = (created.json() as { id: string }).id;
    const changed = await f.as('editor', {
      method: 'PATCH',
      url: `${DATASETS}/${id}`,
      payload: { classification: 'confidential', personalData: false, personalDataKinds: [] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ classification: 'confidential', personalData: false });
    const [entry] = await f.store.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'dataset.update'), eq(auditLog.entityId, id)));
    expect(entry?.before).toMatchObject({ classification: 'restricted' });
    expect(entry?.after).toMatchObject({ classification: 'confidential' });
  });

  it('clears a description sent empty, as the console’s cleared field sends it', async () => {
    const created = await f.as('editor', {
      method: 'POST',
      url: DATASETS,
      payload: { ...dataset([], 'to-clear'), description: 'Hawker licence applications' },
    });
    const id = (created.json() as { id: string }).id;
    const cleared = await f.as('editor', { method: 'PATCH', url: `${DATASETS}/${id}`, payload: { description: '  ' } });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ description: '' });
  });

  it('two officers editing one entry: other fields kept, a field changed meanwhile not overwritten without a word', async () => {
    const [first, second] = [(await application()).id, (await application()).id];
    const created = await f.as('editor', { method: 'POST', url: DATASETS, payload: dataset([first], 'shared-entry') });
    const id = (created.json() as { id: string }).id;
    const change = (payload: object, headers = {}) =>
      f.as('editor', { method: 'PATCH', url: `${DATASETS}/${id}`, payload, headers });
    // Another officer changes the retention and the applications while this one edits.
    expect((await change({ retention: '10 years', applicationIds: [second, first] })).statusCode).toBe(200);
    const opened = { retention: '7 years after the licence ends', owner: 'Senior Licensing Officer' };
    const refused = await change({ retention: '3 years', owner: 'Chief Licensing Officer', base: opened });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toEqual([
      { field: 'body.retention', code: 'changed_meanwhile', message: expect.stringMatching(/someone else/) },
    ]);
    const inChinese = await change({ retention: '3 years', base: opened }, { 'accept-language': 'zh-HK' });
    expect(inChinese.json().errors[0].message).toBe('在你開啟後已被其他人改為另一個值');
    // Only what the officer changed, from what is stored: saved, the other's change kept.
    const saved = await change({ owner: 'Chief Licensing Officer', base: { owner: opened.owner } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ retention: '10 years', owner: 'Chief Licensing Officer' });
    // The applications are a set: the same ones in another order are not a change meanwhile.
    const relinked = await change({ applicationIds: [first], base: { applicationIds: [first, second] } });
    expect(relinked.statusCode, relinked.body).toBe(200);
  });
});

describe('the consented data exchange', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  const consentUses = async () =>
    (await f.store.db.select().from(auditLog).where(eq(auditLog.action, 'consent.use'))).map(
      (e) => e.after as { allowed: boolean; reason: string },
    );

  it('allows a use under a live consent, and the very next use after revocation is refused naming the consent', async () => {
    // The own department (provider) consents to the other department (consumer) using its data.
    const granted = await f.as('editor', {
      method: 'POST',
      url: CONSENTS,
      payload: {
        ownerKind: 'data_subject',
        ownerRef: 'subject-8731',
        consumerDepartmentId: f.other.department.id,
        scope: 'licence-records',
        purpose: 'eligibility-check',
        channel: 'CDEG API',
      },
    });
    expect(granted.statusCode).toBe(201);
    const consent = granted.json() as { id: string; live: boolean };
    expect(consent.live).toBe(true);

    const use = {
      provider: f.own.department.id,
      consumer: f.other.department.id,
      scope: 'licence-records',
      purpose: 'eligibility-check',
    };
    expect((await assertConsent(f.store.db, use)).id).toBe(consent.id);
    const checked = await f.as(
      'editor',
      {
        method: 'POST',
        url: `${CONSENTS}/check`,
        payload: { providerDepartmentId: use.provider, scope: use.scope, purpose: use.purpose },
      },
      f.other,
    );
    expect(checked.statusCode).toBe(200);

    // The consumer cannot revoke; the provider can, and it holds at once.
    const byConsumer = await f.as(
      'editor',
      { method: 'POST', url: `${CONSENTS}/${consent.id}/revoke`, payload: { reason: 'no' } },
      f.other,
    );
    expect(byConsumer.statusCode).toBe(403);
    const revoked = await f.as('editor', {
      method: 'POST',
      url: `${CONSENTS}/${consent.id}/revoke`,
      payload: { reason: 'The data subject withdrew consent' },
    });
    expect(revoked.statusCode).toBe(200);
    expect((revoked.json() as { live: boolean }).live).toBe(false);

    await expect(assertConsent(f.store.db, use)).rejects.toMatchObject({
      code: 'forbidden',
      text: { en: expect.stringContaining(consent.id), zhHant: expect.stringContaining('撤回') },
    });
    const refused = await f.as(
      'editor',
      {
        method: 'POST',
        url: `${CONSENTS}/check`,
        headers: { 'accept-language': 'zh-Hant' },
        payload: { providerDepartmentId: use.provider, scope: use.scope, purpose: use.purpose },
      },
      f.other,
    );
    expect(refused.statusCode).toBe(403);
    const problem = refused.json() as Problem;
    expect(problem.detail).toContain(consent.id);
    expect(problem.detail).toContain('撤回');
    expect(problem.errors[0]).toMatchObject({ field: `consent.${consent.id}`, code: 'consent_revoked' });

    // Every use is audited, the refused ones too.
    expect((await consentUses()).map((u) => u.allowed)).toEqual([true, true, false, false]);
  });

  it('refuses a use no consent covers, and an expired one, and audits both', async () => {
    const use = { provider: f.own.department.id, consumer: f.other.department.id, scope: 'tax-records', purpose: 'x' };
    await expect(assertConsent(f.store.db, use)).rejects.toMatchObject({ code: 'forbidden' });
    const granted = await f.as('editor', {
      method: 'POST',
      url: CONSENTS,
      payload: {
        ownerKind: 'department',
        ownerRef: 'alpha',
        consumerDepartmentId: f.other.department.id,
        scope: 'tax-records',
        purpose: 'x',
        channel: 'batch file',
        expiresAt: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
      },
    });
    const id = (granted.json() as { id: string }).id;
    await expect(assertConsent(f.store.db, use)).resolves.toMatchObject({ id });
    // Checked as of a moment after it expires.
    await expect(
      assertConsent(f.store.db, { ...use, at: new Date(Date.now() + 2 * 60 * 60 * 1000) }),
    ).rejects.toMatchObject({ code: 'forbidden', text: { en: expect.stringContaining('expired') } });
    expect((await consentUses()).slice(-3).map((u) => u.reason)).toEqual(['none', 'live', 'expired']);
  });

  it('a request between departments is approved only by the provider, granting a consent; a third party sees nothing', async () => {
    const asked = await f.as(
      'editor',
      {
        method: 'POST',
        url: REQUESTS,
        payload: {
          providerDepartmentId: f.own.department.id,
          scope: 'road-works',
          purpose: 'notices',
          channel: 'CDEG API',
          justification: 'To tell residents of works near them',
        },
      },
      f.other,
    );
    expect(asked.statusCode).toBe(201);
    const request = asked.json() as { id: string; status: string };
    expect(request.status).toBe('pending');

    const byRequester = await f.as(
      'editor',
      { method: 'POST', url: `${REQUESTS}/${request.id}/decision`, payload: { approve: true } },
      f.other,
    );
    expect(byRequester.statusCode).toBe(403);

    const approved = await f.as('approver', {
      method: 'POST',
      url: `${REQUESTS}/${request.id}/decision`,
      payload: { approve: true, note: 'Agreed for one year' },
    });
    expect(approved.statusCode).toBe(200);
    const decided = approved.json() as { status: string; consentId: string };
    expect(decided.status).toBe('approved');
    const consent = await f.as('reviewer', { method: 'GET', url: `${CONSENTS}/${decided.consentId}` }, f.other);
    expect(consent.json()).toMatchObject({ ownerKind: 'department', scope: 'road-works', requestId: request.id });

    const again = await f.as('approver', {
      method: 'POST',
      url: `${REQUESTS}/${request.id}/decision`,
      payload: { approve: false },
    });
    expect(again.statusCode).toBe(409);

    const self = await f.as('editor', {
      method: 'POST',
      url: REQUESTS,
      payload: {
        providerDepartmentId: f.own.department.id,
        scope: 'a',
        purpose: 'b',
        channel: 'c',
        justification: 'd',
      },
    });
    expect(self.statusCode).toBe(400);
    expect((self.json() as Problem).errors[0]?.field).toBe('body.providerDepartmentId');
  });
});
