import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  GlossaryRefused,
  getDepartmentGlossary,
  listDepartmentGlossaryVersions,
  parsedGlossary,
  ReviewRefused,
  reviewTranslationJob,
  putDepartmentGlossary,
} from '../../assistant/index.ts';
import { displayNames } from '../../access/index.ts';
import { AppError, type LocalizedText } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { errorResponses, idParams, idSchema, text, timestamp } from '../schemas.ts';
import { targetDepartment } from './assistant.ts';

const tags = ['assistant'];
const security = [{ bearer: [] }];

const versionSchema = z.object({
  version: z.number().int(),
  entries: z.number().int().describe('Term pairs it holds'),
  createdBy: z.string(),
  createdAt: timestamp,
});

const glossarySchema = z.object({
  departmentId: z.string(),
  /** Null while the department has none. */
  current: versionSchema
    .extend({
      tsv: z.string().describe('The TSV as uploaded'),
      terms: z
        .array(
          z.object({
            line: z.number().int(),
            en: z.string(),
            zhHant: z.string(),
            zhHans: z.string(),
            field: z.string().nullable(),
            wrongEn: z.array(z.string()),
            wrongZh: z.array(z.string()),
            note: z.string().nullable(),
          }),
        )
        .describe('Its term pairs as read (line in the TSV, approved wordings, known wrong ones)'),
    })
    .nullable()
    .describe('The version in force (the newest), null while the department has none'),
  versions: z.array(versionSchema).describe('Every version, newest first'),
  people: z
    .record(z.string(), z.string())
    .describe('The display names of the uploaders, by user id; ids of no person (`cli`) are absent'),
});

const glossaryBody = z
  .object({
    departmentId: idSchema.optional().describe('Platform admins name the department; others act on their own'),
    tsv: z
      .string()
      .min(1, 'must not be empty')
      .max(500_000, 'must be at most 500000 characters')
      .describe(
        'The glossary as TSV (format version 1): a header row with en, zh_hant [, zh_hans, field, wrong_en, wrong_zh, note], one term pair a row',
      ),
  })
  .strict();

const spanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const violationSchema = z.object({
  kind: z.enum(['missing', 'variant', 'wrong-variant', 'wrong-term']),
  source: spanSchema,
  target: spanSchema.nullable(),
  expected: z.array(z.string()),
  entries: z.array(z.string()),
  fixable: z.boolean(),
  message: z.object({ en: z.string(), zh: z.string() }),
});

const reviewSchema = z.object({
  jobId: z.string(),
  review: z.object({
    from: z.enum(['en', 'zh-Hant', 'zh-Hans']),
    to: z.enum(['en', 'zh-Hant', 'zh-Hans']),
    sentences: z.array(
      z.object({
        id: z.number().int(),
        paragraph: z.number().int(),
        source: z.string(),
        machine: z.string().nullable().describe('The translation as produced'),
        target: z.string().nullable().describe('The translation as it stands'),
        status: z.enum(['pending', 'accepted', 'edited']),
        violations: z.array(violationSchema),
      }),
    ),
  }),
  progress: z.object({
    accepted: z.number().int(),
    edited: z.number().int(),
    pending: z.number().int(),
    violations: z.number().int(),
    complete: z.boolean(),
  }),
  text: z.string().describe('The translation as it stands, in the source paragraphs'),
});

const reviewBody = z.discriminatedUnion('action', [
  z.object({ sentence: z.number().int().min(1).max(1_000_000), action: z.literal('accept') }).strict(),
  z
    .object({
      sentence: z.number().int().min(1).max(1_000_000),
      action: z.literal('edit'),
      text: text(20_000).describe("The officer's wording of the sentence"),
    })
    .strict(),
]);

/**
 * The translate task's stored parts (issue #17, Translate): the department's glossary (read by
 * officers, uploaded by department and platform admins as a new version) and the officer's
 * sentence-by-sentence review of a translate job. See docs/assistant.md, "Translate".
 */
export function assistantTranslateRoutes(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/assistant/glossary',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary:
          "The department's translation glossary: the version in force (its TSV) and every version's author and time",
        querystring: z.object({ departmentId: idSchema.optional() }).strict(),
        response: { 200: glossarySchema, ...errorResponses },
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
      return glossaryView(store, departmentId);
    },
  );
  api.put(
    '/api/v1/assistant/glossary',
    {
      onRequest: authorize('department:update'),
      schema: {
        tags,
        security,
        summary:
          "Upload the department's glossary as a new version (the translate task enforces the newest when a request sends none)",
        description: 'A bad line is refused (400) naming its number, in the language the request asks for',
        body: glossaryBody,
        response: { 200: glossarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = serviceContext(request);
      const departmentId = await targetDepartment(store, ctx.principal, request.body.departmentId, 'body.departmentId');
      try {
        await putDepartmentGlossary(store.db, ctx, departmentId, request.body.tsv);
      } catch (error) {
        if (error instanceof GlossaryRefused)
          refuse({ en: 'The glossary is not valid', zhHant: '詞彙表無效' }, error, 'body.tsv');
        throw error;
      }
      return glossaryView(store, departmentId);
    },
  );
  api.post(
    '/api/v1/assistant/jobs/:id/review',
    {
      onRequest: authorize('assistant:use'),
      schema: {
        tags,
        security,
        summary:
          "Accept or edit one sentence of a finished translation: the officer's side-by-side review, stored with the job",
        description:
          'The sentence is checked against the glossary the task enforced. Another department’s job is 404; a job that ' +
          'is not a translation, or has not finished, is 409. The export of the job then uses the reviewed wording',
        params: idParams,
        body: reviewBody,
        response: { 200: reviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      try {
        return await reviewTranslationJob(store.db, serviceContext(request), request.params.id, request.body);
      } catch (error) {
        if (error instanceof ReviewRefused)
          refuse(
            error.kind === 'conflict'
              ? { en: 'The job cannot be reviewed', zhHant: '此工作無法審閱' }
              : { en: 'The review step is not valid', zhHant: '審閱步驟無效' },
            error,
            error.kind === 'conflict' ? 'params.id' : 'body',
            error.kind,
          );
        throw error;
      }
    },
  );
}

async function glossaryView(store: Store, departmentId: string) {
  const current = await getDepartmentGlossary(store.db, departmentId);
  const versions = await listDepartmentGlossaryVersions(store.db, departmentId);
  const view = <T extends { createdAt: Date }>(row: T) => ({ ...row, createdAt: row.createdAt.toISOString() });
  return {
    departmentId,
    current: current
      ? view({
          version: current.version,
          entries: current.entries,
          createdBy: current.createdBy,
          createdAt: current.createdAt,
          tsv: current.tsv,
          terms: (parsedGlossary(current)?.entries ?? []).map(({ ref: _ref, ...entry }) => entry),
        })
      : null,
    versions: versions.map(({ departmentId: _d, ...row }) => view(row)),
    people: await displayNames(
      store.db,
      versions.map((row) => row.createdBy),
    ),
  };
}

/**
 * Refused input as a 400 naming each problem (a glossary's line and column, a review's field), in
 * both languages: the problem renderer gives the asker theirs (Accept-Language).
 */
function refuse(
  what: LocalizedText,
  error: { issues: readonly { message: string; messageZh: string; code: string; path?: (string | number)[] }[] },
  field: string,
  code: 'validation_failed' | 'conflict' = 'validation_failed',
): never {
  const issues = error.issues.slice(0, 10);
  throw new AppError(
    code,
    {
      en: `${what.en}: ${issues.map((i) => i.message).join('; ')}`,
      zhHant: `${what.zhHant}：${issues.map((i) => i.messageZh).join('；')}`,
    },
    issues.map((issue) => ({
      field: issue.path?.length ? `${field}.${issue.path.join('.')}` : field,
      code: issue.code,
      message: { en: issue.message, zhHant: issue.messageZh },
    })),
  );
}
