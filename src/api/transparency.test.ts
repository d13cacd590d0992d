import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { createProvider, putAllowlist, startFakeProvider } from '../gateway/index.ts';
import { createApplication, renderNoticeHtml, type TransparencyNotice } from '../governance/index.ts';
import { createFixture, type Fixture, principalOf, testBot } from './test-fixture.ts';
import { liveApplication } from './testing/live-application.ts';

const APPS = '/api/v1/governance/applications';

const WORDS = {
  doesNotDo: {
    en: 'It does not decide on any application; an officer checks every form it reads.',
    zhHant: '它不會審批任何申請；人員會核對它讀取的每份表格。',
  },
  complaints: {
    en: 'Write to the Registry Office, or to the Ombudsman.',
    zhHant: '請致函登記處，或向申訴專員公署投訴。',
  },
};

interface NoticeJson {
  applicationId: string;
  name: { en: string; zhHant: string };
  whatItDoes: { en: string };
  whatItDoesNotDo: { en: string; zhHant: string };
  complaints: { en: string };
  ownerDepartment: { code: string; name: { en: string; zhHant: string } };
  humanOversight: { mode: string | null };
  risk: { impact: string | null; tier: string | null; level: string | null };
  lastAssessment: { stage: string; completedAt: string } | null;
  lastEvaluation: unknown;
  models: unknown[];
  data: { sources: string[]; personalData: boolean };
  notice: { version: number; publishedAt: string | null };
}

describe('public transparency notices', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  const people = () => ({
    preparer: principalOf(f.own.users.editor),
    owner: principalOf(f.own.users.dept_admin),
    assurance: principalOf(f.own.users.assurance_reviewer),
    itBoard: principalOf(f.own.users.it_board),
  });
  const save = (id: string, words: object = WORDS) =>
    f.as('editor', { method: 'PUT', url: `${APPS}/${id}/transparency`, payload: words });
  const publish = (id: string, language = 'en') =>
    f.as('editor', {
      method: 'POST',
      url: `${APPS}/${id}/transparency/publish`,
      headers: { 'accept-language': language },
    });
  const anonymous = (path: string, language = 'en') =>
    f.app.inject({ method: 'GET', url: path, headers: { 'accept-language': language } });

  it('serves no notice for an application that is not live, and leaks nothing of its draft', async () => {
    const application = await liveApplication(f.store.db, f.own.department.id, people(), { stop: 'testing' });
    expect((await save(application.id)).statusCode).toBe(200);
    expect((await publish(application.id)).statusCode).toBe(200);
    for (const path of [`/transparency/${application.id}`, `/transparency/${application.id}.json`]) {
      const response = await anonymous(path, 'zh-HK');
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ errors: [{ field: 'params.application', code: 'no_public_notice' }] });
      expect(response.body).toContain('聲明');
      expect(response.body).not.toContain(WORDS.doesNotDo.en);
      expect(response.body).not.toContain('Form OCR');
    }
    expect((await anonymous('/transparency/no-such-bot')).statusCode).toBe(404);
  });

  it('publishes a bilingual, accessible HTML notice and its JSON twin for a live application, from its records', async () => {
    const application = await liveApplication(f.store.db, f.own.department.id, people(), {
      name: { en: 'Licence form reader', zhHant: '牌照表格讀取系統' },
    });
    // Before anything is published: a preview, no public notice.
    const before = await f.as('auditor', { method: 'GET', url: `${APPS}/${application.id}/transparency` });
    expect(before.json()).toMatchObject({ public: false, draft: null, published: null });
    expect((await anonymous(`/transparency/${application.id}`)).statusCode).toBe(404);
    const refused = await publish(application.id, 'zh-HK');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ errors: [{ field: 'draft', code: 'no_draft' }] });
    expect(refused.body).toContain('草稿');

    const saved = await save(application.id);
    expect(saved.json()).toMatchObject({
      public: false,
      draft: { version: 1 },
      preview: { whatItDoesNotDo: WORDS.doesNotDo },
    });
    const published = await publish(application.id);
    expect(published.json()).toMatchObject({ public: true, draft: null, published: { version: 1 } });

    const html = await anonymous(`/transparency/${application.id}`, 'zh-HK,zh;q=0.9,en;q=0.5');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    // The reader's language first and as the page's; the other language in full, marked.
    expect(html.body).toMatch(/<html lang="zh-Hant">/);
    expect(html.body).toContain('<section lang="zh-Hant"');
    expect(html.body).toContain('<section lang="en"');
    expect(html.body.indexOf('lang="zh-Hant" id=')).toBeLessThan(html.body.indexOf('<section lang="en"'));
    for (const text of [
      'Licence form reader',
      '牌照表格讀取系統',
      WORDS.doesNotDo.en,
      WORDS.doesNotDo.zhHant,
      WORDS.complaints.zhHant,
      'What it does not do',
      '不會做的事',
      'How to complain',
      '如何投訴',
      'Alpha Department',
      '甲部門',
    ]) {
      expect(html.body).toContain(text);
    }
    expect(html.body).not.toContain('<script');
    expect(html.body).toMatch(/<h1 id="zh-hant-title">/);

    const json = await anonymous(`/transparency/${application.id}.json`);
    expect(json.statusCode).toBe(200);
    const notice = json.json() as NoticeJson;
    expect(notice).toMatchObject({
      applicationId: application.id,
      whatItDoes: { en: 'Reads paper forms into the case system' },
      whatItDoesNotDo: WORDS.doesNotDo,
      ownerDepartment: { code: f.own.department.code, name: { en: 'Alpha Department', zhHant: '甲部門' } },
      risk: { impact: 'low', level: 'low' },
      lastAssessment: { stage: 'deployment' },
      lastEvaluation: null,
      models: [],
      data: { sources: ['Scanned application forms'], personalData: false },
      notice: { version: 1 },
    });
    expect(notice.lastAssessment?.completedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(json.headers['access-control-allow-origin']).toBe('*');
  });

  it('keeps the public notice until a new version is published, and audits each step', async () => {
    const application = await liveApplication(f.store.db, f.own.department.id, people());
    await save(application.id);
    await publish(application.id);
    const changed = { ...WORDS, complaints: { en: 'Call 1823.', zhHant: '請致電 1823。' } };
    const drafted = await save(application.id, changed);
    expect(drafted.json()).toMatchObject({
      draft: { version: 2 },
      published: { version: 1 },
      preview: { complaints: changed.complaints },
    });
    const stillOld = (await anonymous(`/transparency/${application.id}.json`)).json() as NoticeJson;
    expect(stillOld).toMatchObject({ complaints: WORDS.complaints, notice: { version: 1 } });
    await publish(application.id);
    const now = (await anonymous(`/transparency/${application.id}.json`)).json() as NoticeJson;
    expect(now).toMatchObject({ complaints: changed.complaints, notice: { version: 2 } });

    const audit = (await f.as('auditor', { method: 'GET', url: '/api/v1/audit?limit=500' })).json() as {
      items: { action: string; after: { applicationId?: string } | null }[];
    };
    expect(
      audit.items
        .filter((e) => e.after?.applicationId === application.id && e.action.startsWith('transparency.'))
        .map((e) => e.action)
        .sort(),
    ).toEqual(['transparency.draft', 'transparency.draft', 'transparency.publish', 'transparency.publish']);
    // Another department's notice is not there for the officers either.
    const other = await f.as('editor', { method: 'GET', url: `${APPS}/${application.id}/transparency` }, f.other);
    expect(other.statusCode).toBe(404);
  });

  it('names the model identities the providers report answering, with when each was last seen, in the JSON and both languages', async () => {
    const cli = { principal: CLI_PRINCIPAL, requestId: 'transparency-test' };
    const fake = await startFakeProvider();
    try {
      await createProvider(f.store.db, cli, f.app.gateway.secrets, {
        name: 'notice-llm',
        baseUrl: fake.url,
        models: ['m'],
      });
      await putAllowlist(f.store.db, cli, f.own.department.id, [{ provider: 'notice-llm', model: 'm' }]);
      const botId = await testBot(f.store, f.own, false);
      const application = await createApplication(f.store.db, cli, {
        departmentId: f.own.department.id,
        ownerId: f.own.users.dept_admin.id,
        type: 'lionrock_bot',
        name: { en: 'Licence helper', zhHant: '牌照助理' },
        purpose: { en: 'Answers licence questions', zhHant: '解答牌照問題' },
        publicFacing: true,
        generative: true,
        personalData: false,
        botId,
      });
      for (const [model, fingerprint] of [
        ['m-2026-01', 'fp_a'],
        ['m-2026-01', 'fp_b'],
        ['m-2026-03', 'fp_c'],
      ] as const) {
        fake.setDefault({ kind: 'reply', model, fingerprint });
        await f.app.gateway.complete({
          departmentId: f.own.department.id,
          botId,
          provider: 'notice-llm',
          model: 'm',
          messages: [{ role: 'user', content: 'hello' }],
          actor: { id: 'test', roles: ['service'], departmentId: f.own.department.id },
          requestId: null,
        });
      }
      await f.app.gateway.flush();
      await save(application.id);

      const workspace = await f.as('auditor', { method: 'GET', url: `${APPS}/${application.id}/transparency` });
      expect(workspace.statusCode).toBe(200);
      const preview = (workspace.json() as { preview: TransparencyNotice }).preview;
      // One line per reported model (its fingerprints are the bill of materials' detail), latest first.
      expect(preview.reportedModels.map((m) => [m.provider, m.model])).toEqual([
        ['notice-llm', 'm-2026-03'],
        ['notice-llm', 'm-2026-01'],
      ]);
      for (const m of preview.reportedModels) expect(m.lastSeen).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      const html = renderNoticeHtml(preview, { prefer: 'en', jsonPath: '/transparency/x.json' });
      const seen = preview.reportedModels[0]?.lastSeen ?? '';
      const when = `<time datetime="${seen}">${seen.slice(0, 10)}</time>`;
      for (const text of [
        'Models the providers report answering',
        '服務供應商報稱作答的模型',
        'notice-llm — m-2026-03',
      ]) {
        expect(html).toContain(text);
      }
      expect(html).toContain(`notice-llm — m-2026-03 (last seen ${when})`);
      expect(html).toContain(`notice-llm — m-2026-03（最近一次見於 ${when}）`);
    } finally {
      await fake.close();
    }
  });

  it("keeps another officer's words saved meanwhile, and refuses words both changed, in the reader's language", async () => {
    const application = await liveApplication(f.store.db, f.own.department.id, people());
    await save(application.id);
    const contact = { en: 'Ring 1823.', zhHant: '請致電 1823。' };
    // Another officer adds a contact; this one, from the words as read, rewrites the complaints.
    expect((await save(application.id, { ...WORDS, contact, base: WORDS })).statusCode).toBe(200);
    const complaints = { en: 'Write to us.', zhHant: '請致函我們。' };
    const kept = await save(application.id, { ...WORDS, complaints, base: WORDS });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().draft.content).toEqual({ ...WORDS, complaints, contact });

    const auditBefore = await f.auditCount();
    const clash = await f.as('editor', {
      method: 'PUT',
      url: `${APPS}/${application.id}/transparency`,
      payload: { ...WORDS, complaints: { en: 'Phone us.', zhHant: '請致電我們。' }, base: WORDS },
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors).toEqual([
      { field: 'body.complaints', code: 'changed_meanwhile', message: '在你開啟後已被其他人改為另一個值' },
    ]);
    // The reason names the field, as the English does: its issue is not repeated after it.
    expect(clash.json().detail).toBe('你開啟聲明後，其他人已更改 complaints：未有儲存任何內容');
    expect(await f.auditCount()).toBe(auditBefore);
  });

  it('publishes only the draft as the officer read it', async () => {
    const application = await liveApplication(f.store.db, f.own.department.id, people());
    const read = (await save(application.id)).json().draft as { version: number; updatedAt: string };
    await save(application.id, { ...WORDS, complaints: { en: 'Call 1823.', zhHant: '請致電 1823。' } });
    const unseen = await f.as('editor', {
      method: 'POST',
      url: `${APPS}/${application.id}/transparency/publish`,
      payload: { version: read.version, updatedAt: read.updatedAt },
    });
    expect(unseen.statusCode).toBe(409);
    expect(unseen.json().errors[0]).toMatchObject({ field: 'body.updatedAt', code: 'draft_changed' });
    expect((await anonymous(`/transparency/${application.id}.json`)).statusCode).toBe(404);
    const now = (await f.as('editor', { url: `${APPS}/${application.id}/transparency` })).json().draft;
    const published = await f.as('editor', {
      method: 'POST',
      url: `${APPS}/${application.id}/transparency/publish`,
      payload: { version: now.version, updatedAt: now.updatedAt },
    });
    expect(published.statusCode).toBe(200);
    expect(((await anonymous(`/transparency/${application.id}.json`)).json() as NoticeJson).complaints.en).toBe(
      'Call 1823.',
    );
  });

  it('names the field of a bad notice, in the reader’s language', async () => {
    const application = await liveApplication(f.store.db, f.own.department.id, people(), { stop: 'draft' });
    const missing = await f.as('editor', {
      method: 'PUT',
      url: `${APPS}/${application.id}/transparency`,
      headers: { 'accept-language': 'zh-HK' },
      payload: { doesNotDo: { en: 'x', zhHant: '' }, complaints: WORDS.complaints },
    });
    expect(missing.statusCode).toBe(400);
    expect((missing.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual([
      'body.doesNotDo.zhHant',
    ]);
  });

  it('reads the data it uses in the officers’ words in each language, and refuses those words in one language only', async () => {
    const application = await liveApplication(f.store.db, f.own.department.id, people());
    const dataUsed = { en: 'The forms you send us', zhHant: '你交來的表格' };
    const oneLanguage = await save(application.id, { ...WORDS, dataUsed: { en: 'The forms you send us', zhHant: '' } });
    expect(oneLanguage.statusCode).toBe(400);
    expect(oneLanguage.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.dataUsed.zhHant']);

    const saved = await save(application.id, { ...WORDS, dataUsed });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().draft.content).toEqual({ ...WORDS, dataUsed });
    expect(saved.json().preview.data).toMatchObject({
      // The register's entry, in the one language it was written in, stays in the JSON twin.
      sources: ['Scanned application forms'],
      description: {
        en: 'The forms you send us. It does not use personal data.',
        zhHant: '你交來的表格。它不使用個人資料。',
      },
    });
    // An officer who clears the words puts back the description from the register.
    const cleared = await save(application.id, { ...WORDS, base: { ...WORDS, dataUsed } });
    expect(cleared.json().draft.content).toEqual(WORDS);
    expect(cleared.json().preview.data.description.zhHant).toBe(
      '所用資料：Scanned application forms。它不使用個人資料。',
    );
  });
});
