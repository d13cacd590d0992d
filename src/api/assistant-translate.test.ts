import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { docxParts } from '../assistant/testing/read-export.ts';
import { createProvider, type FakeProvider, putAllowlist, startFakeProvider } from '../gateway/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

/**
 * The translate task's stored parts (issue #17, Translate): the department's glossary (versioned,
 * bad lines named in the asker's language) and the officer's sentence-by-sentence review of a
 * translate job, stored with the job and used by its export. The model is an OpenAI-compatible
 * server started here (the only test double).
 */

const GLOSSARY = [
  'en\tzh_hant\twrong_zh',
  'Department of Health\t衞生署\t衛生部',
  'Buildings Department\t屋宇署\t',
].join('\n');
const TEXT = 'The Department of Health wrote to us. The Buildings Department will inspect the site.';

interface ReviewView {
  review: { sentences: { id: number; status: string; target: string | null; violations: unknown[] }[] };
  progress: { accepted: number; edited: number; pending: number; violations: number; complete: boolean };
  text: string;
}

const ctx = { principal: CLI_PRINCIPAL, requestId: 'assistant-translate-test' };

describe('assistant glossary and translation review API', () => {
  let f: Fixture;
  let fake: FakeProvider;

  const putGlossary = (tsv: string, role: 'dept_admin' | 'editor' = 'dept_admin', language = 'en') =>
    f.as('dept_admin' === role ? 'dept_admin' : 'editor', {
      method: 'PUT',
      url: '/api/v1/assistant/glossary',
      payload: { tsv },
      headers: { 'accept-language': language },
    });
  const run = async (body: Record<string, unknown>, department = f.own) => {
    const queued = await f.as('editor', { method: 'POST', url: '/api/v1/assistant/jobs', payload: body }, department);
    expect(queued.statusCode, queued.body).toBe(202);
    await f.app.lionrock.jobWorker.drain();
    const job = (
      await f.as('editor', { method: 'GET', url: `/api/v1/assistant/jobs/${queued.json().job.id}` }, department)
    ).json() as { id: string; status: string; error: string | null; result: { output: Record<string, unknown> } };
    expect(job.status, job.error ?? '').toBe('succeeded');
    return job;
  };
  const review = (id: string, payload: Record<string, unknown>, language = 'en', department = f.own) =>
    f.as(
      'editor',
      { method: 'POST', url: `/api/v1/assistant/jobs/${id}/review`, payload, headers: { 'accept-language': language } },
      department,
    );

  beforeAll(async () => {
    fake = await startFakeProvider();
    f = await createFixture();
    await createProvider(f.store.db, ctx, f.app.gateway.secrets, {
      name: 'local',
      baseUrl: fake.url,
      models: ['m'],
      maxRetries: 1,
    });
    await putAllowlist(f.store.db, ctx, f.own.department.id, [{ provider: 'local', model: 'm' }]);
  });
  afterAll(async () => {
    await f.close();
    await fake.close();
  });

  it('stores the department glossary as versions, who and when, audited; officers read it, only admins upload', async () => {
    const empty = await f.as('editor', { method: 'GET', url: '/api/v1/assistant/glossary' });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toMatchObject({ departmentId: f.own.department.id, current: null, versions: [] });

    expect((await putGlossary(GLOSSARY, 'editor')).statusCode).toBe(403);
    const auditBefore = await f.auditCount();
    const first = await putGlossary(GLOSSARY.split('\n').slice(0, 2).join('\n'));
    expect(first.statusCode, first.body).toBe(200);
    const second = await putGlossary(GLOSSARY);
    expect(second.statusCode, second.body).toBe(200);
    expect(await f.auditCount()).toBe(auditBefore + 2);
    const read = (await f.as('editor', { method: 'GET', url: '/api/v1/assistant/glossary' })).json();
    expect(read.current).toMatchObject({ version: 2, entries: 2, tsv: GLOSSARY, createdBy: f.own.users.dept_admin.id });
    // The uploader by name too: an editor may not list users, and the page should not show an id.
    expect(read.people).toEqual({ [f.own.users.dept_admin.id]: f.own.users.dept_admin.displayName });
    expect(read.versions.map((v: { version: number; entries: number }) => [v.version, v.entries])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    const audit = (await f.as('dept_admin', { method: 'GET', url: '/api/v1/audit?limit=5' })).json() as {
      items: { action: string; after: Record<string, unknown> }[];
    };
    expect(audit.items.find((e) => e.action === 'assistant.glossary_update')?.after).toMatchObject({
      version: 2,
      entries: 2,
    });
    // Another department's glossary is not ours to read.
    const theirs = await f.as('editor', {
      method: 'GET',
      url: `/api/v1/assistant/glossary?departmentId=${f.other.department.id}`,
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().errors[0]).toMatchObject({ field: 'querystring.departmentId' });
  });

  it('refuses a glossary with a bad line, naming the line in English and in 繁體中文, and keeps the version in force', async () => {
    const bad = `${GLOSSARY}\nTransport Department`;
    const english = await putGlossary(bad);
    expect(english.statusCode).toBe(400);
    expect(english.json().errors[0]).toMatchObject({ field: 'body.tsv', code: 'wrong_column_count' });
    expect(english.json().errors[0].message).toMatch(/^line 4: /);
    expect(english.json().detail).toMatch(/line 4/);
    const chinese = await putGlossary(bad, 'dept_admin', 'zh-HK');
    expect(chinese.statusCode).toBe(400);
    expect(chinese.json().errors[0].message).toMatch(/^第 4 行：/);
    expect(chinese.json().detail).toMatch(/第 4 行/);
    const read = (await f.as('editor', { method: 'GET', url: '/api/v1/assistant/glossary' })).json();
    expect(read.current.version).toBe(2);
  });

  it('refuses an empty or malformed term in both languages, naming the line and the column, never English to a Chinese reader', async () => {
    const bad = `${GLOSSARY}\n\t運輸署\t`;
    const english = await putGlossary(bad);
    expect(english.statusCode).toBe(400);
    expect(english.json().errors).toEqual([
      { field: 'body.tsv', code: 'invalid_term', message: 'line 4: invalid term: en is empty' },
    ]);
    expect(english.json().detail).toBe('The glossary is not valid: line 4: invalid term: en is empty');
    const chinese = await putGlossary(bad, 'dept_admin', 'zh-HK');
    expect(chinese.statusCode).toBe(400);
    expect(chinese.json().errors).toEqual([
      { field: 'body.tsv', code: 'invalid_term', message: '第 4 行：詞彙無效：en 欄是空的' },
    ]);
    expect(chinese.json().detail).toBe('詞彙表無效：第 4 行：詞彙無效：en 欄是空的');
    const simplified = await putGlossary(bad, 'dept_admin', 'zh-CN');
    expect(simplified.json().detail).toBe('词汇表无效：第 4 行：词汇无效：en 栏是空的');
  });

  it("translates with the department's glossary when the request sends none, and says which version", async () => {
    const job = await run({ task: 'translate', to: 'zh-Hant', text: TEXT });
    expect(job.result.output.glossary).toEqual({ source: 'department', version: 2 });
    const translation = job.result.output.translation as {
      mode: string;
      terms: { term: string; approved: string[] }[];
    };
    expect(translation.mode).toBe('glossary-lookup');
    expect(translation.terms.map((t) => [t.term, t.approved])).toEqual([
      ['Department of Health', ['衞生署']],
      ['Buildings Department', ['屋宇署']],
    ]);
    // Another department has no glossary: nothing is enforced there.
    const theirs = await run({ task: 'translate', to: 'zh-Hant', text: TEXT }, f.other);
    expect(theirs.result.output.glossary).toEqual({ source: 'none', version: null });
  });

  it('reviews a model translation sentence by sentence: an edit is re-checked, the review is stored, audited and exported', async () => {
    fake.script({ kind: 'reply', text: '[1] 衛生部致函我們。\n[2] 屋宇署將視察地盤。' });
    const job = await run({ task: 'translate', to: 'zh-Hant', text: TEXT, model: { provider: 'local', model: 'm' } });
    const translation = job.result.output.translation as { sentences: { violations: { kind: string }[] }[] };
    expect(translation.sentences[0]?.violations.map((v) => v.kind)).toEqual(['wrong-variant']);

    const accepted = await review(job.id, { sentence: 2, action: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((accepted.json() as ReviewView).progress).toMatchObject({ accepted: 1, pending: 1, complete: false });
    // An edit that keeps a wrong wording is stored, and its violation reported again.
    const stillWrong = (await review(job.id, { sentence: 1, action: 'edit', text: '衛生部曾致函我們。' })).json();
    expect((stillWrong as ReviewView).review.sentences[0]?.violations).toHaveLength(1);
    const edited = await review(job.id, { sentence: 1, action: 'edit', text: '衞生署致函我們。' });
    expect(edited.statusCode, edited.body).toBe(200);
    const state = edited.json() as ReviewView;
    expect(state.progress).toEqual({ accepted: 1, edited: 1, pending: 0, violations: 0, complete: true });
    expect(state.text).toBe('衞生署致函我們。屋宇署將視察地盤。');
    const audit = (await f.as('dept_admin', { method: 'GET', url: '/api/v1/audit?limit=20' })).json() as {
      items: { action: string; entityId: string; after: Record<string, unknown> }[];
    };
    const steps = audit.items.filter((e) => e.entityId === job.id && e.action === 'assistant.translation_review');
    expect(steps.map((e) => [e.after.sentence, e.after.action, e.after.violations])).toEqual([
      [1, 'edit', 0],
      [1, 'edit', 1],
      [2, 'accept', 0],
    ]);

    // Stored with the job: the job page reads it back; the export uses the reviewed wording.
    const again = (await f.as('editor', { method: 'GET', url: `/api/v1/assistant/jobs/${job.id}` })).json();
    expect(again.result.output.review.sentences[0]).toMatchObject({
      status: 'edited',
      machine: '衛生部致函我們。',
      target: '衞生署致函我們。',
    });
    const docx = await f.as('editor', { method: 'GET', url: `/api/v1/assistant/jobs/${job.id}/export?format=docx` });
    expect(docx.statusCode, docx.body).toBe(200);
    const parts = await docxParts(docx.rawPayload);
    expect(parts.text).toContain('衞生署致函我們。');
    expect(parts.text).not.toContain('衛生部致函我們。');
  });

  it('refuses a bad step naming the field, a job that is not a translation (409) and another department’s job (404)', async () => {
    const offline = await run({ task: 'translate', to: 'zh-Hant', text: TEXT });
    const nothing = await review(offline.id, { sentence: 1, action: 'accept' }, 'zh-HK');
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().errors[0]).toMatchObject({ field: 'body.sentence', code: 'nothing_to_accept' });
    expect(nothing.json().errors[0].message).toMatch(/第 1 句沒有可接納的譯文/);
    const unknown = await review(offline.id, { sentence: 9, action: 'edit', text: '衞生署' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'body.sentence', code: 'unknown_sentence' });
    const empty = await review(offline.id, { sentence: 1, action: 'edit', text: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ field: 'body.text' });
    // Offline English → Chinese has no translation to accept, but the officer may write one.
    const written = await review(offline.id, { sentence: 1, action: 'edit', text: '衞生署致函我們。' });
    expect(written.statusCode, written.body).toBe(200);

    const rewrite = await run({ task: 'rewrite-cantonese', text: '我哋聽日開會。' });
    const conflict = await review(rewrite.id, { sentence: 1, action: 'accept' }, 'zh-HK');
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().errors[0]).toMatchObject({ field: 'params.id', code: 'not_reviewable' });
    expect(conflict.json().detail).toMatch(/^此工作無法審閱：.*只可逐句審閱翻譯工作/);
    expect(nothing.json().detail).toMatch(/^審閱步驟無效：第 1 句沒有可接納的譯文/);

    const theirs = await run({ task: 'translate', to: 'zh-Hant', text: '卫生署今日公布。' }, f.other);
    expect((await review(theirs.id, { sentence: 1, action: 'accept' })).statusCode).toBe(404);
    expect((await review(theirs.id, { sentence: 1, action: 'accept' }, 'en', f.other)).statusCode).toBe(200);
  });
});
