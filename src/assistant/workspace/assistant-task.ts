import { auditContext, type Principal, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { and, desc, eq } from 'drizzle-orm';
import { enqueueJob, type Job } from '../../jobs/index.ts';
import { type Db, type Executor, jobs } from '../../store/index.ts';
import { documentsForTask } from './workspace-documents.ts';

/** The job kind every assistant task runs as. */
export const ASSISTANT_TASK_JOB = 'assistant.task';

/** A provider and model on the department's allow-list: the task's generative path goes through the gateway. */
export interface ModelChoice {
  provider: string;
  model: string;
}

interface Lengths {
  /** Length of Chinese summaries, in characters (default 300). */
  chars?: number | undefined;
  /** Length of English summaries, in words (default 150). */
  words?: number | undefined;
}

/** What an officer asks the assistant to do, on documents of their department's workspace. */
export type AssistantTaskRequest =
  | ({ task: 'summarise'; documentIds: string[]; model?: ModelChoice | undefined } & Lengths)
  | ({ task: 'combine'; documentIds: string[]; model?: ModelChoice | undefined } & Lengths)
  | {
      task: 'minutes';
      documentId: string;
      /** YYYY-MM-DD: due dates are resolved against it. */
      meetingDate?: string | undefined;
      rewriteCantonese?: boolean | undefined;
      model?: ModelChoice | undefined;
    }
  | {
      task: 'rewrite-cantonese';
      text?: string | undefined;
      documentId?: string | undefined;
      model?: ModelChoice | undefined;
    }
  | {
      task: 'translate';
      to: 'zh-Hant' | 'zh-Hans' | 'en';
      text?: string | undefined;
      documentId?: string | undefined;
      /** A glossary as TSV (en, zh_hant[, zh_hans, wrong_en, wrong_zh]): approved term pairs enforced per sentence. */
      glossary?: string | undefined;
      /** With a model: replace known variants of glossary terms by the approved wording. */
      autoFix?: boolean | undefined;
      model?: ModelChoice | undefined;
    };

export type AssistantTaskName = AssistantTaskRequest['task'];

/** What a queued task carries: the request, its department and who asked (the job runs as them). */
export interface AssistantTaskPayload {
  request: AssistantTaskRequest;
  departmentId: string;
  principal: Principal;
}

/** The workspace documents a request names, in order, with the field each came from. */
export function documentIdsOf(request: AssistantTaskRequest): { id: string; field: string }[] {
  if ('documentIds' in request) return request.documentIds.map((id, i) => ({ id, field: `body.documentIds.${i}` }));
  return request.documentId === undefined ? [] : [{ id: request.documentId, field: 'body.documentId' }];
}

/**
 * Queues a task as a job of the department, after checking that every document it names is in the
 * department's workspace (404 naming the field otherwise). Audited with who asked, which task,
 * which documents and which model; the job's completion is audited again with the tokens used.
 */
export async function enqueueAssistantTask(
  db: Db,
  ctx: ServiceContext,
  departmentId: string,
  request: AssistantTaskRequest,
): Promise<Job> {
  const named = documentIdsOf(request);
  await documentsForTask(
    db,
    departmentId,
    named.map((d) => d.id),
    (i) => named[i]?.field ?? 'body',
  );
  const payload: AssistantTaskPayload = { request, departmentId, principal: ctx.principal };
  return db.transaction(async (tx) => {
    // One attempt: a rerun would repeat every model call (and its cost); the officer resubmits instead.
    const job = await enqueueJob(tx, {
      kind: ASSISTANT_TASK_JOB,
      departmentId,
      payload,
      createdBy: ctx.principal.id,
      maxAttempts: 1,
    });
    await appendAudit(tx, auditContext(ctx), {
      action: 'assistant.task_queued',
      entityType: 'job',
      entityId: job.id,
      departmentId,
      after: {
        task: request.task,
        documentIds: named.map((d) => d.id),
        model: request.model ?? null,
        ...('text' in request && request.text !== undefined ? { textChars: request.text.length } : {}),
      },
    });
    return job;
  });
}

/** The assistant tasks of one department (or of all, undefined: platform admins), newest first. */
export async function listAssistantJobs(db: Executor, departmentId: string | undefined): Promise<Job[]> {
  return db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.kind, ASSISTANT_TASK_JOB),
        departmentId === undefined ? undefined : eq(jobs.departmentId, departmentId),
      ),
    )
    .orderBy(desc(jobs.createdAt))
    .limit(200);
}
