import { eq } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notFound } from '../../core/index.ts';
import { type Db, jobs } from '../../store/index.ts';
import type { ActionItem, Minutes, MinutesItem } from '../minutes/index.ts';
import { ASSISTANT_TASK_JOB, type AssistantTaskPayload } from './assistant-task.ts';

/** The minutes as the officer corrected them: every field a person reads, nothing the machine derived. */
export interface MinutesEdit {
  attendees: string[];
  items: { title: string; summary: string; decisions: string[]; actions: ActionItem[] }[];
}

/** What a minutes job stores once edited: the officer's minutes, the machine's kept beside them, who edited and when. */
interface MinutesOutput {
  minutes: Minutes;
  asGenerated?: Minutes;
  edited?: { by: string; at: string; times: number };
}

/** A minutes job that cannot be edited (another task, or not finished): English and Traditional Chinese. */
export class MinutesNotEditable extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
  }
}

/**
 * Replaces a finished minutes job's minutes with the officer's corrections; the minutes as the
 * assistant wrote them are kept (`asGenerated`), and the export then uses the corrected ones. An
 * item's model-written sentences stay only while its summary is unchanged. Another department's
 * job is 404; a job that is no minutes, or has not finished, is 409. Audited with the counts of
 * items, decisions and actions before and after (not the wording).
 *
 * @example await editMinutesJob(db, ctx, jobId, { attendees: ['Chair', 'Mary Chan'], items: [...] })
 */
export async function editMinutesJob(db: Db, ctx: ServiceContext, jobId: string, edit: MinutesEdit) {
  return db.transaction(async (tx) => {
    const [job] = await tx.select().from(jobs).where(eq(jobs.id, jobId)).for('update');
    if (
      !job ||
      job.kind !== ASSISTANT_TASK_JOB ||
      !job.departmentId ||
      !canSeeDepartment(ctx.principal, job.departmentId)
    )
      throw notFound('Job');
    const task = (job.payload as AssistantTaskPayload).request.task;
    if (task !== 'minutes')
      throw new MinutesNotEditable(
        `only minutes can be edited here: this is a ${task} task`,
        `此處只可修改會議紀錄：此工作是「${task}」`,
      );
    const result = job.result as { output?: MinutesOutput } | null;
    const output = result?.output;
    if (job.status !== 'succeeded' || !output?.minutes)
      throw new MinutesNotEditable(
        'the minutes have not been made: only finished minutes can be edited',
        '會議紀錄尚未完成：只可修改已完成的會議紀錄',
      );
    const before = output.minutes;
    const minutes: Minutes = {
      ...before,
      attendees: edit.attendees,
      items: edit.items.map((item, index): MinutesItem => {
        const was = before.items[index] as (MinutesItem & { discussion?: unknown }) | undefined;
        const kept = was && was.summary === item.summary && was.discussion ? { discussion: was.discussion } : {};
        return { ...kept, foundBy: was?.foundBy ?? 'start', ...item };
      }),
    };
    const edited = { by: ctx.principal.id, at: new Date().toISOString(), times: (output.edited?.times ?? 0) + 1 };
    await tx
      .update(jobs)
      .set({ result: { ...result, output: { ...output, minutes, asGenerated: output.asGenerated ?? before, edited } } })
      .where(eq(jobs.id, jobId));
    await appendAudit(tx, auditContext(ctx), {
      action: 'assistant.minutes_edit',
      entityType: 'job',
      entityId: jobId,
      departmentId: job.departmentId,
      before: counts(before),
      after: counts(minutes),
    });
    return { jobId, minutes, edited };
  });
}

const counts = (minutes: Minutes) => ({
  attendees: minutes.attendees.length,
  items: minutes.items.length,
  decisions: minutes.items.reduce((sum, item) => sum + item.decisions.length, 0),
  actions: minutes.items.reduce((sum, item) => sum + item.actions.length, 0),
});
