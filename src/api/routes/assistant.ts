import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canSeeDepartment, getDepartment, type Principal } from '../../access/index.ts';
import {
  ASSISTANT_TASK_JOB,
  type AssistantTaskPayload,
  type AssistantTaskRequest,
  addWorkspaceDocument,
  deleteWorkspaceDocument,
  documentIdsOf,
  documentText,
  enqueueAssistantTask,
  getAssistantPolicy,
  getWorkspaceDocument,
  listAssistantJobs,
  listWorkspaceDocuments,
  parseGlossary,
  putAssistantPolicy,
  TranscriptRefused,
  type DocumentFinding,
  type WorkspaceDocumentSummary,
} from '../../assistant/index.ts';
import { AppError, notFound, unknownDepartment } from '../../core/index.ts';
import { getAllowlist } from '../../gateway/index.ts';
import { getJob, type Job } from '../../jobs/index.ts';
import { type Extracted, ImportError } from '../../knowledge/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { departmentFilter } from '../department-filter.ts';
import { importProblem, readUpload } from '../read-upload.ts';
import { errorResponses, idParams, idSchema } from '../schemas.ts';
import { toJson } from '../to-json.ts';
import {
  assistantJobDetailSchema,
  assistantJobSchema,
  policyBody,
  policySchema,
  taskBody,
  uploadFields,
  workspaceDocumentDetailSchema,
  workspaceDocumentSchema,
} from './assistant-schemas.ts';

const tags = ['assistant'];
const security = [{ bearer: [] }];
const TEXT_SHOWN = 100_000;

/** What the workspace reads of one upload: the importers' limit on extracted text. */
const MAX_TEXT_CHARS = 5_000_000;

/**
 * The document assistant (issue #17): a department's workspace of uploaded documents, tasks run as
 * jobs (summarise, combine, minutes, Cantonese rewrite) that the console polls, and the
 * department's assistant policy. See docs/assistant.md, "API".
 */
export function assistantRoutes(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/assistant/documents',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary:
          'Upload a document to the workspace (multipart/form-data: file, departmentId): PDF, DOCX, HTML, Markdown, text, scans, or a WebVTT / SRT transcript',
        // Multipart bodies are read by the handler (the JSON schema sees null).
        body: z.null().optional(),
        response: {
          201: workspaceDocumentSchema,
          ...errorResponses,
          422: errorResponses[400],
          503: errorResponses[400],
        },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError(
          'unsupported_media_type',
          { en: 'Upload the document as multipart/form-data', zhHant: '請以 multipart/form-data 上載文件' },
          [
            {
              field: 'body.file',
              code: 'required',
              message: { en: 'is required (multipart/form-data)', zhHant: '必須提供（multipart/form-data）' },
            },
          ],
        );
      const ctx = serviceContext(request);
      const { file, fields } = await readUpload(request, uploadFields);
      const departmentId = await targetDepartment(store, ctx.principal, fields.departmentId, 'body.departmentId');
      const document = await addWorkspaceDocument(store.db, ctx, departmentId, file, MAX_TEXT_CHARS).catch(
        uploadProblem,
      );
      return reply.code(201).send(documentView(document));
    },
  );
  api.get(
    '/api/v1/assistant/documents',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: "The department's workspace documents, newest first",
        querystring: z.object({ departmentId: idSchema.optional() }).strict(),
        response: { 200: z.object({ items: z.array(workspaceDocumentSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const departmentId = await departmentFilter(store.db, principal, request.query.departmentId);
      const items = await listWorkspaceDocuments(store.db, departmentId);
      return { items: items.map(documentView) };
    },
  );
  api.get(
    '/api/v1/assistant/documents/:id',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: 'A workspace document with its text and the guard findings',
        params: idParams,
        response: { 200: workspaceDocumentDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { content, rawText, ...document } = await getWorkspaceDocument(
        store.db,
        requirePrincipal(request),
        request.params.id,
      );
      const text = rawText ?? (content ? documentText(content as Extracted) : '');
      return {
        ...documentView(document),
        text: text.slice(0, TEXT_SHOWN),
        textTruncated: text.length > TEXT_SHOWN,
      };
    },
  );
  api.delete(
    '/api/v1/assistant/documents/:id',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: 'Delete a workspace document (results that cited it keep their citations)',
        params: idParams,
        response: { 200: z.object({ id: z.string(), deleted: z.literal(true) }), ...errorResponses },
      },
    },
    async (request) => {
      await deleteWorkspaceDocument(store.db, serviceContext(request), request.params.id);
      return { id: request.params.id, deleted: true as const };
    },
  );
  api.post(
    '/api/v1/assistant/jobs',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary:
          'Run a task on workspace documents as a job (202): summarise, combine, minutes, rewrite-cantonese, translate; poll GET /api/v1/assistant/jobs/{id}',
        body: taskBody,
        response: { 202: z.object({ job: assistantJobSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = serviceContext(request);
      const { departmentId: asked, ...task } = request.body;
      const departmentId = await targetDepartment(store, ctx.principal, asked, 'body.departmentId');
      const taskRequest = task as AssistantTaskRequest;
      if (taskRequest.task === 'translate' && taskRequest.glossary !== undefined) assertGlossary(taskRequest.glossary);
      if (taskRequest.model) await assertAllowed(store, ctx.principal, departmentId, taskRequest.model);
      const job = await enqueueAssistantTask(store.db, ctx, departmentId, taskRequest);
      return reply.code(202).send({ job: jobView(job) });
    },
  );
  api.get(
    '/api/v1/assistant/jobs',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: "The department's assistant tasks, newest first (without their results)",
        querystring: z.object({ departmentId: idSchema.optional() }).strict(),
        response: { 200: z.object({ items: z.array(assistantJobSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const departmentId = await departmentFilter(store.db, principal, request.query.departmentId);
      const rows = await listAssistantJobs(store.db, departmentId);
      return { items: rows.map(jobView) };
    },
  );
  api.get(
    '/api/v1/assistant/jobs/:id',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary: 'An assistant task: status, progress, and when done its result (with citations and findings) or error',
        params: idParams,
        response: { 200: assistantJobDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const job = await getJob(store.db, request.params.id);
      if (
        !job ||
        job.kind !== ASSISTANT_TASK_JOB ||
        !job.departmentId ||
        !canSeeDepartment(principal, job.departmentId)
      )
        throw notFound('Job');
      return { ...jobView(job), result: job.result ?? null };
    },
  );
  api.get(
    '/api/v1/assistant/policy',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary:
          "The department's assistant policy: personal data to models, retention days, second officer's approval of drafts",
        querystring: z.object({ departmentId: idSchema.optional() }).strict(),
        response: { 200: policySchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const departmentId = await targetDepartment(
        store,
        principal,
        request.query.departmentId,
        'querystring.departmentId',
      );
      return toJson(await getAssistantPolicy(store.db, departmentId));
    },
  );
  api.put(
    '/api/v1/assistant/policy',
    {
      onRequest: authorize('department:update'),
      schema: {
        tags,
        security,
        summary: "Change the department's assistant policy (fields left out keep their value)",
        body: policyBody,
        response: { 200: policySchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = serviceContext(request);
      const { departmentId: asked, ...patch } = request.body;
      const departmentId = await targetDepartment(store, ctx.principal, asked, 'body.departmentId');
      return toJson(await putAssistantPolicy(store.db, ctx, departmentId, patch));
    },
  );
}

/** The department a call acts on: the one asked (404 naming `field` when hidden or unknown), else the caller's. */
export async function targetDepartment(
  store: Store,
  principal: Principal,
  asked: string | undefined,
  field: string,
): Promise<string> {
  const id = asked ?? principal.departmentId;
  if (!id)
    throw new AppError(
      'validation_failed',
      { en: `${field} is required for a caller without a department`, zhHant: `不屬於任何部門的帳戶必須填寫 ${field}` },
      [{ field, code: 'required', message: 'is required' }],
    );
  const department = await getDepartment(store.db, principal, id).catch(() => null);
  if (!department) throw unknownDepartment(field);
  return department.id;
}

/** A model not on the department's allow-list is refused now, naming the field, rather than failing in the job. */
async function assertAllowed(
  store: Store,
  principal: Principal,
  departmentId: string,
  model: { provider: string; model: string },
): Promise<void> {
  const allowed = await getAllowlist(store.db, principal, departmentId);
  if (!allowed.some((entry) => entry.provider === model.provider && entry.model === model.model))
    throw new AppError(
      'model_not_allowed',
      {
        en: `${model.provider}/${model.model} is not on the department's allow-list`,
        zhHant: `${model.provider}/${model.model} 不在部門的模型允許清單內`,
      },
      [{ field: 'body.model', code: 'model_not_allowed', message: 'is not on the department’s allow-list' }],
    );
}

/** A document as the API shows it (findings are stored as JSON; the workspace wrote them as DocumentFinding). */
function documentView(document: WorkspaceDocumentSummary) {
  return { ...toJson(document), findings: document.findings as DocumentFinding[] };
}

/** A glossary that does not parse is refused at the request, every problem by line (in both languages). */
function assertGlossary(tsv: string): void {
  const parsed = parseGlossary(tsv, 'glossary');
  if (parsed.ok) return;
  const issues = parsed.issues.slice(0, 10);
  throw new AppError(
    'validation_failed',
    {
      en: `The glossary is not valid: ${issues.map((i) => i.message).join('; ')}`,
      zhHant: `詞彙表無效：${issues.map((i) => i.messageZh).join('；')}`,
    },
    issues.map((issue) => ({
      field: 'body.glossary',
      code: 'malformed',
      message: { en: issue.message, zhHant: issue.messageZh },
    })),
  );
}

function jobView(job: Job) {
  const payload = job.payload as AssistantTaskPayload;
  return {
    id: job.id,
    departmentId: job.departmentId ?? payload.departmentId,
    task: payload.request.task,
    status: job.status,
    progress: job.progress,
    progressNote: job.progressNote,
    documentIds: documentIdsOf(payload.request).map((d) => d.id),
    model: payload.request.model ?? null,
    error: job.error,
    createdBy: job.createdBy,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

/** Refused uploads as problems naming the file: the importers' reasons, or the transcript's lines. */
function uploadProblem(error: unknown): never {
  if (error instanceof TranscriptRefused) {
    const issues = error.issues.slice(0, 10);
    const first = issues[0];
    throw new AppError(
      'unprocessable',
      {
        en: `The transcript cannot be read: ${issues.map((i) => i.message).join('; ')}`,
        zhHant: `無法讀取會議文本：${issues.map((i) => i.messageZh).join('；')}`,
      },
      [
        {
          field: 'body.file',
          code: 'malformed',
          message: first
            ? { en: first.message, zhHant: first.messageZh }
            : { en: 'is not a transcript', zhHant: '不是會議文本' },
        },
      ],
    );
  }
  if (error instanceof ImportError) importProblem(error);
  throw error;
}
