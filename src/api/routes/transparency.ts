import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readerLocale } from '../../core/index.ts';
import {
  LocalizedRefusal,
  type NoticeVersion,
  type NoticeWorkspace,
  noticeWorkspace,
  publicNotice,
  publishNotice,
  renderNoticeHtml,
  saveNoticeDraft,
} from '../../governance/index.ts';
import { AI_APPLICATION_STATUSES, AI_APPLICATION_TYPES, type Db } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { errorResponses, idParams, text, timestamp } from '../schemas.ts';

const bilingual = z.object({ en: z.string(), zhHant: z.string() });
const bilingualInput = z.object({ en: text(4000), zhHant: text(4000) }).strict();

const noticeSchema = z
  .object({
    modelledOn: z.string(),
    applicationId: z.string(),
    botId: z.string().nullable(),
    name: bilingual,
    type: z.object({ id: z.enum(AI_APPLICATION_TYPES), label: bilingual }),
    status: z.enum(AI_APPLICATION_STATUSES),
    ownerDepartment: z.object({ code: z.string(), name: bilingual }),
    whatItDoes: bilingual,
    whatItDoesNotDo: bilingual.describe('Written by the department'),
    howItWorks: bilingual,
    models: z.array(z.object({ provider: z.string(), model: z.string() })).describe('Empty: no AI model is called'),
    reportedModels: z
      .array(z.object({ provider: z.string(), model: z.string(), lastSeen: timestamp }))
      .describe('The models the providers reported answering its calls, latest seen first; empty before any call'),
    data: z.object({
      sources: z.array(z.string()),
      personalData: z.boolean(),
      personalDataKinds: z.array(z.string()),
      description: bilingual,
    }),
    humanOversight: z.object({
      mode: z.enum(['in-the-loop', 'in-command', 'out-of-the-loop']).nullable(),
      description: bilingual,
    }),
    reachAPerson: bilingual,
    complaints: bilingual.describe('Written by the department'),
    risk: z.object({
      impact: z.enum(['low', 'high']).nullable(),
      tier: z.enum(['unacceptable', 'high', 'limited', 'low']).nullable(),
      level: z.enum(['low', 'medium', 'high']).nullable(),
      description: bilingual,
    }),
    lastAssessment: z.object({ stage: z.string(), completedAt: timestamp }).nullable(),
    lastEvaluation: z
      .object({
        finishedAt: timestamp,
        suites: z.array(
          z.object({
            suiteId: z.string(),
            name: bilingual.describe('The suite’s name, as the notice’s page shows it'),
            passed: z.boolean(),
            score: z.number(),
            grade: z.string().nullable(),
            finishedAt: timestamp,
          }),
        ),
      })
      .nullable(),
    notice: z.object({ version: z.number().int(), publishedAt: timestamp.nullable() }),
  })
  .describe('A public AI transparency notice, modelled on the UK Algorithmic Transparency Recording Standard');

const contentSchema = z.object({
  doesNotDo: bilingual,
  complaints: bilingual,
  contact: bilingual.optional(),
  dataUsed: bilingual.optional(),
});
const versionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  content: contentSchema,
  createdBy: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  publishedAt: timestamp.nullable(),
  publishedBy: z.string().nullable(),
});
const workspaceSchema = z
  .object({
    applicationId: z.string(),
    public: z.boolean().describe('Served to the public: the application is live and a version is published'),
    path: z.string().describe('The public URL’s path, e.g. /transparency/demo-1823 (and .json)'),
    draft: versionSchema.nullable(),
    published: versionSchema.nullable().describe('The newest published version'),
    versions: z.array(versionSchema).describe('Every version, newest first'),
    preview: noticeSchema.describe('The notice as the public would read it with the draft’s words'),
  })
  .describe('An application’s transparency notice as its department prepares it');

const versionJson = (v: NoticeVersion) => ({
  id: v.id,
  version: v.version,
  content: v.content,
  createdBy: v.createdBy,
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
  publishedAt: v.publishedAt?.toISOString() ?? null,
  publishedBy: v.publishedBy,
});
const workspaceJson = (w: NoticeWorkspace) => ({
  ...w,
  draft: w.draft && versionJson(w.draft),
  published: w.published && versionJson(w.published),
  versions: w.versions.map(versionJson),
});

const applicationParams = z
  .object({
    application: z
      .string()
      .regex(/^[A-Za-z0-9-]{2,64}$/, 'must be an application id or a bot id')
      .describe('The application’s id, or its bot’s id (e.g. demo-1823)'),
  })
  .strict();

/** The same 404 for unknown, not live and unpublished: nothing about drafts leaks. */
const noNotice = new LocalizedRefusal(
  'not_found',
  { en: 'No public transparency notice here', zhHant: '此處沒有公開的透明度聲明' },
  [
    {
      field: 'params.application',
      code: 'no_public_notice',
      message: {
        en: 'names no live AI application with a published notice',
        zhHant: '並非已上線並已發布聲明的人工智能應用',
      },
    },
  ],
);

async function noticeOr404(db: Db, _request: FastifyRequest, id: string) {
  try {
    return await publicNotice(db, id);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'not_found') throw noNotice;
    throw error;
  }
}

/**
 * Public transparency notices (issue #18): `GET /transparency/{application}` (HTML, both languages,
 * the reader's first) and `GET /transparency/{application}.json` (its machine-readable twin), no
 * sign-in; and the department's preview, draft and publication under the governance API.
 */
export function transparencyRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['transparency'];

  api.get(
    '/transparency/:application.json',
    {
      schema: {
        tags,
        security: [],
        summary: 'A live AI application’s transparency notice as JSON (anyone)',
        params: applicationParams,
        response: { 200: noticeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const notice = await noticeOr404(db, request, request.params.application);
      // Public data: anyone's site or tool may read it.
      reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
      return notice;
    },
  );

  api.get(
    '/transparency/:application',
    {
      schema: {
        tags,
        security: [],
        summary:
          'A live AI application’s transparency notice as an accessible HTML page in English and 繁體中文 (anyone)',
        description: 'Its JSON twin is the same path with `.json`; an application that is not live is 404',
        params: applicationParams,
        produces: ['text/html'],
      },
    },
    async (request, reply) => {
      const id = request.params.application;
      const notice = await noticeOr404(db, request, id);
      const prefer = readerLocale(request.headers['accept-language']) === 'en' ? 'en' : 'zhHant';
      const html = renderNoticeHtml(notice, { prefer, jsonPath: `/transparency/${id}.json` });
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
    },
  );

  const apps = '/api/v1/governance/applications/:id/transparency';
  api.get(
    apps,
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags: ['governance'],
        security: [{ bearer: [] }],
        summary: 'The application’s transparency notice: versions, draft and a preview of what the public would read',
        params: idParams,
        response: { 200: workspaceSchema, ...errorResponses },
      },
    },
    async (request) => workspaceJson(await noticeWorkspace(db, requirePrincipal(request), request.params.id)),
  );
  api.put(
    apps,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags: ['governance'],
        security: [{ bearer: [] }],
        summary:
          'Save the officers’ words of the notice as its draft (what it does not do, how to complain, a contact, the data it uses)',
        params: idParams,
        body: z
          .object({
            doesNotDo: bilingualInput.describe('What the AI does not do'),
            complaints: bilingualInput.describe('How to complain or appeal'),
            contact: bilingualInput.optional().describe('How to reach a person, beyond the bot’s own fallback'),
            dataUsed: bilingualInput
              .optional()
              .describe(
                'What data it uses, in the public’s words: replaces the description made from the register’s data sources and personal-data kinds, which are in one language (whether it uses personal data is still said)',
              ),
            base: z
              .object({
                doesNotDo: bilingualInput,
                complaints: bilingualInput,
                contact: bilingualInput,
                dataUsed: bilingualInput,
              })
              .partial()
              .strict()
              .optional()
              .describe(
                'The words as the editor read them (the draft’s, else the published ones; a field not written yet left out). Given, only the fields it changed are saved, and one someone else changed since to other words is 409 `changed_meanwhile`, nothing saved.',
              ),
          })
          .strict(),
        response: { 200: workspaceSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = serviceContext(request);
      const { contact, dataUsed, base, ...words } = request.body;
      const written = { ...words, ...(contact ? { contact } : {}), ...(dataUsed ? { dataUsed } : {}) };
      await saveNoticeDraft(db, ctx, request.params.id, written, base);
      return workspaceJson(await noticeWorkspace(db, ctx.principal, request.params.id));
    },
  );
  api.post(
    `${apps}/publish`,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags: ['governance'],
        security: [{ bearer: [] }],
        summary: 'Publish the draft: it becomes the public notice while the application is live (409 without a draft)',
        params: idParams,
        body: z
          .object({
            version: z.number().int().min(1).describe('The draft’s version as the officer read it'),
            updatedAt: timestamp.describe('When that draft was last saved, as read'),
          })
          .strict()
          .nullish()
          .describe('The draft as the officer read it: a draft saved since is 409 `draft_changed`, nothing published'),
        response: { 200: workspaceSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = serviceContext(request);
      await publishNotice(db, ctx, request.params.id, request.body ?? undefined);
      return workspaceJson(await noticeWorkspace(db, ctx.principal, request.params.id));
    },
  );
}
