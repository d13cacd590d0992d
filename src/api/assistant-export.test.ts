import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, pdfLines } from '../assistant/testing/read-export.ts';
import { createFixture, type DepartmentFixture, type Fixture } from './test-fixture.ts';
import { multipartUpload } from './testing/multipart-upload.ts';

/** GET /api/v1/assistant/jobs/:id/export: a finished task, run by the real worker, as DOCX or PDF. */

const TRANSCRIPT = [
  'Present: Chair Wong, Mary Lee',
  'Chair Wong: Item 1: Budget. The committee agreed to approve the revised budget for next year.',
  'Mary Lee: I will circulate the revised paper to members by Friday.',
  'Chair Wong: 議程二：人手。',
  '陳主席：委員會一致同意增聘兩名牌照組同事。',
].join('\n');

const squash = (value: string) => value.replace(/\s+/g, '');

describe('assistant exports API', () => {
  let f: Fixture;

  const queue = async (department: DepartmentFixture, body: Record<string, unknown>, content = TRANSCRIPT) => {
    const uploaded = await f.as(
      'editor',
      {
        ...multipartUpload({ fileName: 'meeting.txt', content, contentType: 'text/plain' }),
        url: '/api/v1/assistant/documents',
      },
      department,
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { id } = uploaded.json() as { id: string };
    const queued = await f.as(
      'editor',
      {
        method: 'POST',
        url: '/api/v1/assistant/jobs',
        payload: body.task === 'summarise' ? { ...body, documentIds: [id] } : { ...body, documentId: id },
      },
      department,
    );
    expect(queued.statusCode, queued.body).toBe(202);
    return (queued.json() as { job: { id: string } }).job.id;
  };
  const exported = (id: string, format: string, department?: DepartmentFixture) =>
    f.as('editor', { method: 'GET', url: `/api/v1/assistant/jobs/${id}/export?format=${format}` }, department);

  beforeAll(async () => {
    f = await createFixture({ maxUploadBytes: 200_000 });
  });
  afterAll(async () => {
    await f.close();
  });

  it('downloads finished minutes as PDF and DOCX with their decisions and actions', async () => {
    const id = await queue(f.own, { task: 'minutes' });
    await f.app.lionrock.jobWorker.drain();

    const pdf = await exported(id, 'pdf');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="lionrock-minutes.pdf"');
    const text = squash((await pdfLines(pdf.rawPayload)).join(''));
    expect(text).toContain(squash('Decision 決定 The committee agreed to approve the revised budget for next year.'));
    expect(text).toContain(squash('委員會一致同意增聘兩名牌照組同事'));
    expect(text).toContain(squash('Mary Lee'));

    const docx = await exported(id, 'docx');
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const parts = await docxParts(docx.rawPayload);
    expect(parts.text).toContain('I will circulate the revised paper to members by Friday.');
    expect(parts.document).toContain('w:eastAsia="Microsoft JhengHei"');
  });

  it('downloads a finished summary with its citations', async () => {
    const id = await queue(f.own, { task: 'summarise', words: 40 });
    await f.app.lionrock.jobWorker.drain();
    const docx = await exported(id, 'docx');
    expect(docx.statusCode, docx.body).toBe(200);
    expect(docx.headers['content-disposition']).toBe('attachment; filename="lionrock-summary-meeting.docx"');
    expect((await docxParts(docx.rawPayload)).footnotes).toContain('meeting.txt');
  });

  it('downloads a translation side by side', async () => {
    const id = await queue(
      f.own,
      { task: 'translate', to: 'zh-Hans' },
      '委員會一致同意增聘兩名牌照組同事。\n簡報於下星期發出。',
    );
    await f.app.lionrock.jobWorker.drain();
    const pdf = await exported(id, 'pdf');
    expect(pdf.statusCode, pdf.body).toBe(200);
    const text = squash((await pdfLines(pdf.rawPayload)).join(''));
    expect(text).toContain(squash('Side by side 對照'));
    expect(text).toContain(squash('委員會一致同意增聘兩名牌照組同事。 委员会一致同意增聘两名牌照组同事。'));
    expect(text).toContain('简报于下星期发出');
  });

  it('refuses a task that has not finished (409), a bad format (400 naming it), another department’s task (404)', async () => {
    const queued = await queue(f.own, { task: 'minutes' });
    const early = await exported(queued, 'pdf');
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'conflict' });
    expect(early.json().detail).toMatch(/not finished/);
    const inChinese = await f.as('editor', {
      method: 'GET',
      url: `/api/v1/assistant/jobs/${queued}/export?format=pdf`,
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(inChinese.json().detail).toMatch(/尚未完成/);

    const bad = await exported(queued, 'odt');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('querystring.format');
    await f.app.lionrock.jobWorker.drain();

    const theirs = await queue(f.other, { task: 'minutes' });
    await f.app.lionrock.jobWorker.drain();
    expect((await exported(theirs, 'pdf', f.other)).statusCode).toBe(200);
    expect((await exported(theirs, 'pdf')).statusCode).toBe(404);
  });
});
