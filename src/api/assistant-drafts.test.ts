import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { createProvider, type FakeProvider, putAllowlist, startFakeProvider } from '../gateway/index.ts';
import { assistantPolicies, auditLog } from '../store/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

/** Drafts end to end through the API (issue #17): templates, versions, issue report, second officer's approval. */
let f: Fixture;
let fake: FakeProvider;
const cli = { principal: CLI_PRINCIPAL, requestId: 'test' };

const slots = {
  reference: 'AF/DL/2026/0137',
  recipientName: 'Mr Chan',
  enquiryDate: '3 March 2026',
  subject: 'dog licences',
  contactLine: 'Ms Lee on 2150 7000',
  officerName: 'Wong Siu Ming',
};
const facts = ['A dog licence costs HK$80 and is valid for three years.', 'Mr Chan called from 9123 4567.'];

interface DraftJson {
  id: string;
  status: string;
  currentVersion: number;
  approvalRequired: boolean;
  note: { en: string; zh: string } | null;
  approval: {
    requestedBy: string | null;
    decidedBy: string | null;
    decidedVersion: number | null;
    comment: string | null;
  };
  versions: {
    version: number;
    method: string;
    model: string | null;
    text: string;
    paragraphs: { text: string; origin: string; author: string }[];
    issues: { kind: string; sentence: string | null; start: number | null; end: number | null }[];
  }[];
}

async function create(
  role: 'editor' | 'dept_admin' = 'editor',
  body: Record<string, unknown> = {},
): Promise<DraftJson> {
  const response = await f.as(role, {
    method: 'POST',
    url: '/api/v1/assistant/drafts',
    payload: { templateId: 'public-enquiry-reply', language: 'en', slots, facts, ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as DraftJson;
}

async function requireApproval(required: boolean) {
  await f.store.db
    .insert(assistantPolicies)
    .values({ departmentId: f.own.department.id, requireSecondOfficerApproval: required, updatedBy: 'test' })
    .onConflictDoUpdate({ target: assistantPolicies.departmentId, set: { requireSecondOfficerApproval: required } });
}

beforeAll(async () => {
  fake = await startFakeProvider();
  f = await createFixture({ gatewayRetryBaseMs: 1, gatewayRetryMaxDelayMs: 5 });
  await createProvider(f.store.db, cli, f.app.gateway.secrets, { name: 'fake', baseUrl: fake.url, models: ['m', 'n'] });
  await putAllowlist(f.store.db, cli, f.own.department.id, [{ provider: 'fake', model: 'm' }]);
});
afterAll(async () => {
  await f?.close();
  await fake?.close();
});

describe('drafts through the API', () => {
  it('lists the four templates with bilingual slots, tones, lengths and required elements', async () => {
    const response = await f.as('reviewer', { method: 'GET', url: '/api/v1/assistant/draft-templates' });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: { id: string; slots: { label: { zh: string } }[] }[] }).items;
    expect(items.map((t) => t.id).sort()).toEqual(['internal-memo', 'letter', 'press-release', 'public-enquiry-reply']);
  });

  it('fills a draft without a model, saying plainly that its own wording needs one, and audits it', async () => {
    const draft = await create();
    expect(draft).toMatchObject({ status: 'draft', currentVersion: 1, approvalRequired: false });
    expect(draft.note?.en).toMatch(/needs a model/);
    expect(draft.note?.zh).toMatch(/模型/);
    const [version] = draft.versions;
    expect(version?.method).toBe('template');
    expect(version?.issues).toEqual([]);
    expect(version?.paragraphs.map((p) => p.origin)).toContain('officer');
    expect(version?.paragraphs[0]).toMatchObject({ origin: 'template', author: 'public-enquiry-reply@1' });
    const [entry] = await f.store.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, draft.id), eq(auditLog.action, 'draft.create')));
    expect(entry?.actorId).toBe(f.own.users.editor.id);
  });

  it('refuses a draft missing a required slot, naming the field in English and Chinese', async () => {
    const { contactLine: _, ...rest } = slots;
    const payload = { templateId: 'public-enquiry-reply', language: 'en', slots: rest, facts };
    const en = await f.as('editor', { method: 'POST', url: '/api/v1/assistant/drafts', payload });
    expect(en.statusCode).toBe(400);
    expect(en.json().errors).toEqual([{ field: 'body.slots.contactLine', code: 'required', message: 'is required' }]);
    const zh = await f.as('editor', {
      method: 'POST',
      url: '/api/v1/assistant/drafts',
      payload: { ...payload, templateId: 'no-such-template' },
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(zh.statusCode).toBe(400);
    expect(zh.json().errors).toEqual([{ field: 'body.templateId', code: 'unknown', message: '不是草稿範本' }]);
    const tone = await f.as('editor', {
      method: 'POST',
      url: '/api/v1/assistant/drafts',
      payload: { ...payload, slots, tone: 'angry' },
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(tone.json().errors).toEqual([
      { field: 'body.tone', code: 'unsupported', message: '須為以下其中之一：formal、plain、warm' },
    ]);
  });

  it('keeps versions: an edit is the officer’s where it changed, and its issue report finds the wrong figure', async () => {
    const draft = await create();
    const text = (draft.versions[0]?.text ?? '').replace('HK$80', 'HK$800');
    const edited = await f.as('editor', {
      method: 'POST',
      url: `/api/v1/assistant/drafts/${draft.id}/versions`,
      payload: { text, baseVersion: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(201);
    const v2 = (edited.json() as DraftJson).versions[1];
    expect(v2?.method).toBe('officer');
    const changed = v2?.paragraphs.find((p) => p.text.includes('HK$800'));
    expect(changed).toMatchObject({ origin: 'officer', author: f.own.users.editor.id });
    expect(v2?.paragraphs.filter((p) => p.origin === 'template').length).toBeGreaterThan(3);
    const report = await f.as('editor', { method: 'GET', url: `/api/v1/assistant/drafts/${draft.id}/issues` });
    expect(report.statusCode).toBe(200);
    const body = report.json() as {
      version: number;
      text: string;
      counts: Record<string, number>;
      issues: DraftJson['versions'][number]['issues'];
    };
    expect(body.version).toBe(2);
    expect(body.counts).toEqual({ unsupported_claim: 0, contradiction: 0, wrong_figure: 1, missing_element: 0 });
    const [issue] = body.issues;
    expect(body.text.slice(issue?.start ?? 0, issue?.end ?? 0)).toContain('HK$800');
    const v1 = await f.as('editor', { method: 'GET', url: `/api/v1/assistant/drafts/${draft.id}/issues?version=1` });
    expect(v1.json().issues).toEqual([]);
    const stale = await f.as('editor', {
      method: 'POST',
      url: `/api/v1/assistant/drafts/${draft.id}/versions`,
      payload: { text, baseVersion: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0]).toMatchObject({ field: 'body.baseVersion', code: 'stale_version' });
  });

  it('regenerates the body with a model through the gateway, personal data masked, paragraphs marked as the model’s', async () => {
    const draft = await create();
    fake.script({ kind: 'reply', text: 'A dog licence costs HK$80 and is valid for three years [1].' });
    const before = fake.requests.length;
    const response = await f.as('editor', {
      method: 'POST',
      url: `/api/v1/assistant/drafts/${draft.id}/regenerate`,
      payload: { model: { provider: 'fake', model: 'm' }, tone: 'plain' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const regenerated = response.json() as DraftJson;
    expect(regenerated.note).toBeNull();
    const v2 = regenerated.versions[1];
    expect(v2).toMatchObject({ method: 'model', model: 'fake/m', issues: [] });
    expect(v2?.paragraphs.find((p) => p.origin === 'model')).toMatchObject({
      text: 'A dog licence costs HK$80 and is valid for three years.',
      author: 'fake/m',
    });
    const sent = JSON.stringify(fake.requests.slice(before).map((r) => r.body.messages));
    expect(sent).toContain('Plain language');
    expect(sent).not.toContain('9123 4567');
    const refused = await f.as('editor', {
      method: 'POST',
      url: `/api/v1/assistant/drafts/${draft.id}/regenerate`,
      payload: { model: { provider: 'fake', model: 'n' } },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().errors[0]).toMatchObject({ field: 'body.model', code: 'model_not_allowed' });
  });

  it('writes a new draft with a model when one is named', async () => {
    fake.script({ kind: 'reply', text: 'Thank you for asking about dog licences.\n\nA dog licence costs HK$80.' });
    const draft = await create('editor', { model: { provider: 'fake', model: 'm' }, language: 'en' });
    expect(draft.versions[0]).toMatchObject({ method: 'model', model: 'fake/m' });
    expect(draft.versions[0]?.paragraphs.filter((p) => p.origin === 'model')).toHaveLength(2);
  });

  it('needs a second officer’s approval before a draft going outside is finalised, where the policy says so', async () => {
    await requireApproval(true);
    try {
      const draft = await create('dept_admin');
      expect(draft.approvalRequired).toBe(true);
      const url = `/api/v1/assistant/drafts/${draft.id}`;
      const early = await f.as('dept_admin', {
        method: 'POST',
        url: `${url}/finalise`,
        headers: { 'accept-language': 'zh-HK' },
      });
      expect(early.statusCode).toBe(409);
      expect(early.json()).toMatchObject({
        code: 'conflict',
        errors: [{ field: 'status', code: 'approval_required' }],
      });
      expect(early.json().reason.zh).toMatch(/另一名人員批核/);
      expect(early.json().reason.en).toMatch(/second officer/);
      expect((await f.as('dept_admin', { method: 'POST', url: `${url}/approval-request` })).statusCode).toBe(200);
      // The one who asked may not approve it, though their role may approve others' drafts.
      const own = await f.as('dept_admin', {
        method: 'POST',
        url: `${url}/approval`,
        payload: { decision: 'approve' },
      });
      expect(own.statusCode).toBe(409);
      expect(own.json().errors[0]).toMatchObject({ field: 'principal', code: 'own_draft' });
      expect(own.json().reason.zh).toMatch(/另一名人員/);
      const noReason = await f.as('approver', {
        method: 'POST',
        url: `${url}/approval`,
        payload: { decision: 'reject' },
      });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0]).toMatchObject({ field: 'body.comment', code: 'required' });
      const other = await f.as(
        'approver',
        { method: 'POST', url: `${url}/approval`, payload: { decision: 'approve' } },
        f.other,
      );
      expect(other.statusCode).toBe(404);
      const approved = await f.as('approver', {
        method: 'POST',
        url: `${url}/approval`,
        payload: { decision: 'approve' },
      });
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({
        status: 'approved',
        approval: { requestedBy: f.own.users.dept_admin.id, decidedBy: f.own.users.approver.id, decidedVersion: 1 },
      });
      const final = await f.as('dept_admin', { method: 'POST', url: `${url}/finalise` });
      expect(final.statusCode).toBe(200);
      expect(final.json().status).toBe('finalised');
      const late = await f.as('dept_admin', {
        method: 'POST',
        url: `${url}/versions`,
        payload: { text: 'Dear Mr Chan,' },
      });
      expect(late.statusCode).toBe(409);
      const actions = (
        await f.store.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, draft.id))
      ).map((row) => row.action);
      expect(actions).toEqual(['draft.create', 'draft.request_approval', 'draft.approve', 'draft.finalise']);
    } finally {
      await requireApproval(false);
    }
  });

  it('an edit after approval needs approving again; an internal memo needs no approval', async () => {
    await requireApproval(true);
    try {
      const draft = await create('editor');
      const url = `/api/v1/assistant/drafts/${draft.id}`;
      await f.as('editor', { method: 'POST', url: `${url}/approval-request` });
      await f.as('approver', { method: 'POST', url: `${url}/approval`, payload: { decision: 'approve' } });
      const edited = await f.as('editor', {
        method: 'POST',
        url: `${url}/versions`,
        payload: { text: `${draft.versions[0]?.text}\n\nWe look forward to hearing from you.` },
      });
      expect(edited.json()).toMatchObject({ status: 'draft', currentVersion: 2 });
      expect((await f.as('editor', { method: 'POST', url: `${url}/finalise` })).statusCode).toBe(409);
      const memo = await f.as('editor', {
        method: 'POST',
        url: '/api/v1/assistant/drafts',
        payload: {
          templateId: 'internal-memo',
          language: 'zh-Hant',
          slots: { reference: 'AF/M/1', to: '總務組', from: '牌照組', date: '2026年3月4日', subject: '狗隻牌照' },
          facts: ['三月份共發出120個狗隻牌照。'],
        },
      });
      expect(memo.statusCode, memo.body).toBe(201);
      expect(memo.json()).toMatchObject({ approvalRequired: false });
      expect(
        (await f.as('editor', { method: 'POST', url: `/api/v1/assistant/drafts/${memo.json().id}/finalise` }))
          .statusCode,
      ).toBe(200);
    } finally {
      await requireApproval(false);
    }
  });

  it('hides other departments’ drafts: 404 to read, edit or report, and never listed', async () => {
    const draft = await create();
    const url = `/api/v1/assistant/drafts/${draft.id}`;
    for (const request of [
      { method: 'GET' as const, url },
      { method: 'GET' as const, url: `${url}/issues` },
      { method: 'POST' as const, url: `${url}/versions`, payload: { text: 'Dear Mr Chan,' } },
      { method: 'POST' as const, url: `${url}/approval-request` },
      { method: 'POST' as const, url: `${url}/finalise` },
    ]) {
      const response = await f.as('editor', request, f.other);
      expect(response.statusCode, request.url).toBe(404);
    }
    const list = await f.as('editor', { method: 'GET', url: '/api/v1/assistant/drafts' }, f.other);
    expect((list.json() as { items: { id: string }[] }).items.map((d) => d.id)).not.toContain(draft.id);
    const own = await f.as('editor', { method: 'GET', url: '/api/v1/assistant/drafts' });
    expect((own.json() as { items: { id: string }[] }).items.map((d) => d.id)).toContain(draft.id);
  });
});
