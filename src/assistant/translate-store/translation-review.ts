import { eq } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { notFound } from '../../core/index.ts';
import { type Db, type Executor, jobs } from '../../store/index.ts';
import {
  applyReview,
  type Glossary,
  parseGlossary,
  type ReviewAction,
  reviewedText,
  reviewProgress,
  startReview,
  type TranslationResult,
  type TranslationReview,
} from '../translate/index.ts';
import { ASSISTANT_TASK_JOB, type AssistantTaskPayload } from '../workspace/assistant-task.ts';
import { getDepartmentGlossary, parsedGlossary } from './department-glossary.ts';

/** Which glossary a translate task enforced: the one sent with the request, the department's (a version), or none. */
export interface GlossaryUsed {
  source: 'request' | 'department' | 'none';
  version: number | null;
}

/** What a translate job stores as its output; `review` appears with the officer's first accept or edit. */
export interface TranslateOutput {
  translation: TranslationResult;
  glossary?: GlossaryUsed;
  review?: TranslationReview;
}

/**
 * A review step refused, in English and Traditional Chinese: a bad step (unknown sentence, empty
 * text, nothing to accept: `validation_failed`) or a job that cannot be reviewed (`conflict`).
 */
export class ReviewRefused extends Error {
  constructor(
    readonly issues: { code: string; path: (string | number)[]; message: string; messageZh: string }[],
    readonly kind: 'validation_failed' | 'conflict' = 'validation_failed',
  ) {
    super(issues.map((issue) => issue.message).join('; '));
  }
}

/** A translation's review as the API returns it: the sentences, how far the officer is, and the text as it stands. */
export interface ReviewState {
  jobId: string;
  review: TranslationReview;
  progress: ReturnType<typeof reviewProgress>;
  text: string;
}

/**
 * Applies the officer's accept or edit to one sentence of a finished translate job and stores the
 * review with the job's result, the sentence checked against the glossary the task enforced.
 * Another department's job is 404; a job that is no translation, or has not finished, is 409.
 * Audited (which sentence, the step, violations left; not the wording).
 *
 * @example await reviewTranslationJob(db, ctx, jobId, { sentence: 2, action: 'edit', text: '屋宇署表示…' })
 */
export async function reviewTranslationJob(
  db: Db,
  ctx: ServiceContext,
  jobId: string,
  step: ReviewAction,
): Promise<ReviewState> {
  return db.transaction(async (tx) => {
    const [job] = await tx.select().from(jobs).where(eq(jobs.id, jobId)).for('update');
    if (
      !job ||
      job.kind !== ASSISTANT_TASK_JOB ||
      !job.departmentId ||
      !canSeeDepartment(ctx.principal, job.departmentId)
    )
      throw notFound('Job');
    const payload = job.payload as AssistantTaskPayload;
    if (payload.request.task !== 'translate')
      throw conflict(
        `only a translation can be reviewed sentence by sentence: this is a ${payload.request.task} task`,
        `只可逐句審閱翻譯工作：此工作是「${payload.request.task}」`,
      );
    const result = job.result as { output?: TranslateOutput } | null;
    const output = result?.output;
    if (job.status !== 'succeeded' || !output?.translation) {
      const failed = job.status === 'failed';
      throw conflict(
        `the translation has ${failed ? 'failed' : 'not finished'}: only a finished one can be reviewed`,
        `翻譯${failed ? '已失敗' : '尚未完成'}：只可審閱已完成的翻譯`,
      );
    }
    const review = output.review ?? startReview(output.translation);
    const glossary = await glossaryOfJob(tx, payload, output.glossary);
    const applied = applyReview(review, step, glossary);
    if (!applied.ok) throw new ReviewRefused(applied.issues);
    const next = applied.value;
    await tx
      .update(jobs)
      .set({ result: { ...result, output: { ...output, review: next } } })
      .where(eq(jobs.id, jobId));
    const before = review.sentences.find((sentence) => sentence.id === step.sentence);
    const after = next.sentences.find((sentence) => sentence.id === step.sentence);
    const progress = reviewProgress(next);
    await appendAudit(tx, auditContext(ctx), {
      action: 'assistant.translation_review',
      entityType: 'job',
      entityId: jobId,
      departmentId: job.departmentId,
      before: { sentence: step.sentence, status: before?.status ?? null },
      after: {
        sentence: step.sentence,
        action: step.action,
        status: after?.status ?? null,
        chars: after?.target?.length ?? 0,
        violations: after?.violations.length ?? 0,
        progress,
      },
    });
    return { jobId, review: next, progress, text: reviewedText(next) };
  });
}

function conflict(en: string, zh: string): ReviewRefused {
  return new ReviewRefused([{ code: 'not_reviewable', path: [], message: en, messageZh: zh }], 'conflict');
}

/** The glossary a translate job enforced, to check an edit against the same terms. */
async function glossaryOfJob(
  db: Executor,
  payload: AssistantTaskPayload,
  used: GlossaryUsed | undefined,
): Promise<Glossary | null> {
  const request = payload.request;
  if (request.task === 'translate' && request.glossary !== undefined) {
    const parsed = parseGlossary(request.glossary, 'glossary');
    return parsed.ok ? parsed.value : null;
  }
  if (used?.source !== 'department' || used.version === null) return null;
  const stored = await getDepartmentGlossary(db, payload.departmentId, used.version);
  return stored ? parsedGlossary(stored) : null;
}
