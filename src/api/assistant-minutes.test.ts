import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportResult, exportableOfTask } from '../assistant/index.ts';
import { auditLog, jobs } from '../store/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';
import { multipartUpload } from './testing/multipart-upload.ts';

/** The minutes editor (issue #17): an officer corrects finished minutes; the export uses the correction. */

const TRANSCRIPT = [
  'Present: Mary Chan, John Lee',
  'Chair: Item 1: Budget for 2027.',
  'Mary: The budget is tight this year.',
  'Chair: The committee agreed to cut the printing budget by ten percent.',
  'Mary: I will circulate the revised budget by Friday.',
].join('\n');

describe('PUT /api/v1/assistant/jobs/{id}/minutes', () => {
  let f: Fixture;
  let minutesJob: string;
  let rewriteJob: string;

  const run = async (body: Record<string, unknown>) => {
    const queued = await f.as('editor', { method: 'POST', url: '/api/v1/assistant/jobs', payload: body });
    expect(queued.statusCode, queued.body).toBe(202);
    await f.app.lionrock.jobWorker.drain();
    return (queued.json() as { job: { id: string } }).job.id;
  };
  const edit = (
    jobId: string,
    payload: Record<string, unknown>,
    role: 'editor' | 'agent' = 'editor',
    language = 'en',
  ) =>
    f.as(role, {
      method: 'PUT',
      url: `/api/v1/assistant/jobs/${jobId}/minutes`,
      payload,
      headers: { 'accept-language': language },
    });
  const corrected = {
    attendees: ['Mary Chan', 'John Lee', 'Peter Wong'],
    items: [
      {
        title: 'Budget for 2027',
        summary: 'Members noted the budget is tight.',
        decisions: ['The committee agreed to cut the printing budget by 10%.'],
        actions: [{ owner: 'Mary Chan', action: 'Circulate the revised budget.', due: '2026-12-04' }],
      },
    ],
  };

  beforeAll(async () => {
    f = await createFixture();
    const upload = await f.as('editor', {
      ...multipartUpload({ fileName: 'meeting.txt', content: TRANSCRIPT, contentType: 'text/plain' }),
      url: '/api/v1/assistant/documents',
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const documentId = (upload.json() as { id: string }).id;
    minutesJob = await run({ task: 'minutes', documentId, meetingDate: '2026-12-01' });
    rewriteJob = await run({ task: 'rewrite-cantonese', text: '我哋今日開會。' });
  });
  afterAll(async () => f?.close());

  it("stores the officer's minutes, keeps the assistant's beside them, audits the counts, and exports the correction", async () => {
    const response = await edit(minutesJob, corrected);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ jobId: minutesJob, minutes: corrected, edited: { times: 1 } });

    const stored = async () => {
      const [row] = await f.store.db.select().from(jobs).where(eq(jobs.id, minutesJob));
      if (!row) throw new Error('job gone');
      return row.result as { output: { minutes: { attendees: string[] }; asGenerated: { attendees: string[] } } };
    };
    const result = await stored();
    const { output } = result;
    expect(output.minutes.attendees).toEqual(corrected.attendees);
    expect(output.asGenerated.attendees).toEqual(['Chair', 'Mary Chan', 'John Lee']);

    const [audit] = await f.store.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'assistant.minutes_edit'), eq(auditLog.entityId, minutesJob)));
    expect(audit?.before).toMatchObject({ attendees: 3, items: 1 });
    expect(audit?.after).toMatchObject({ attendees: 3, actions: 1 });

    const exportable = exportableOfTask(result);
    if (!exportable) throw new Error('nothing to export');
    const docx = await exportResult(exportable, 'docx');
    const mammoth = (await import('mammoth')).default;
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
    expect(value).toContain('Circulate the revised budget.');
    expect(value).toContain('Peter Wong');

    // A second correction keeps the first machine version, not the officer's first edit.
    expect((await edit(minutesJob, { ...corrected, attendees: ['Mary Chan'] })).json()).toMatchObject({
      edited: { times: 2 },
    });
    expect((await stored()).output.asGenerated.attendees).toEqual(['Chair', 'Mary Chan', 'John Lee']);
  });

  it('refuses another task with 409 in the asker’s language, bad fields by name, and another department’s job as 404', async () => {
    const other = await edit(rewriteJob, corrected, 'editor', 'zh-HK');
    expect(other.statusCode).toBe(409);
    expect(other.json().errors[0]).toMatchObject({ field: 'params.id', code: 'not_editable' });
    expect(other.json().errors[0].message).toContain('此處只可修改會議紀錄');

    const bad = await edit(minutesJob, { attendees: 'Mary', items: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toContain('body.attendees');

    const hidden = await f.as(
      'editor',
      { method: 'PUT', url: `/api/v1/assistant/jobs/${minutesJob}/minutes`, payload: corrected },
      f.other,
    );
    expect(hidden.statusCode).toBe(404);
  });
});
