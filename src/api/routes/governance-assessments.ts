import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  type Assessment,
  assessmentStatusForApplication,
  decideAssessment,
  decisionsOf,
  getApplication,
  getAssessment,
  getGovernanceSettings,
  incidentThresholdsSchema,
  listAssessments,
  markReassessmentDue,
  overdueApplications,
  putGovernanceSettings,
  saveAnswers,
  shippedTemplates,
  stageStatus,
  startAssessment,
  submitAssessment,
  type TemplateRegistry,
  templateEditions,
} from '../../governance/index.ts';
import { aiApplications, ASSESSMENT_STAGES, type Db, type StoredAnswerSet } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { departmentFilter } from '../department-filter.ts';
import { errorResponses, idParams, idSchema, text, timestamp } from '../schemas.ts';
import {
  answersPatchSchema,
  assessmentSchema,
  bilingual,
  capacitySchema,
  decisionJson,
  iso,
  questionIdSchema,
  reassessmentJson,
  reassessmentSchema,
  setNameSchema,
  settingsSchema,
  stageJson,
  stageSchema,
  stageStatusSchema,
} from './governance-assessment-schemas.ts';

const ANSWER_SET_KEYS = ['answers', 'tierAnswers', 'privacyAnswers'] as const;

const tags = ['governance'];
const security = [{ bearer: [] }];

export interface GovernanceAssessmentDeps {
  db: Db;
  /** The loaded assessment templates (default: the shipped ones). */
  templates?: () => TemplateRegistry;
}

/** Staged assessments, endorsements and returns, the go-live gate's view, re-assessment and the review policy (issue #16). */
export function governanceAssessmentRoutes(app: FastifyInstance, deps: GovernanceAssessmentDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const templates = deps.templates ?? shippedTemplates;

  /** An assessment as the API shows it: its answers, live problems, the endorsements it needs and every decision. */
  async function assessmentJson(row: Assessment) {
    const [[application], decisions] = await Promise.all([
      db
        .select({ personalData: aiApplications.personalData })
        .from(aiApplications)
        .where(eq(aiApplications.id, row.applicationId)),
      decisionsOf(db, row.id),
    ]);
    const status = await stageStatus(db, templates(), row, application?.personalData ?? false);
    return {
      id: row.id,
      applicationId: row.applicationId,
      departmentId: row.departmentId,
      stage: row.stage,
      status: row.status,
      round: row.round,
      templateId: row.templateId,
      templateVersion: row.templateVersion,
      templates: templateEditions(row),
      answers: row.answers,
      tierAnswers: row.tierAnswers as StoredAnswerSet | null,
      privacyAnswers: row.privacyAnswers as StoredAnswerSet | null,
      derivation: row.derivation,
      preparers: row.preparers,
      submittedBy: row.submittedBy,
      submittedAt: iso(row.submittedAt),
      completedAt: iso(row.completedAt),
      problems: status.problems,
      requiredEndorsements: status.requiredEndorsements,
      missingEndorsements: status.missingEndorsements,
      decisions: decisions.map(decisionJson),
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  api.post(
    '/api/v1/governance/applications/:id/assessments',
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          'Start a draft assessment of the application at a stage, on the newest template editions (one open assessment per stage)',
        params: idParams,
        body: z.object({ stage: stageSchema }).strict(),
        response: { 201: assessmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await startAssessment(
        db,
        serviceContext(request),
        request.params.id,
        request.body.stage,
        templates(),
      );
      return reply.code(201).send(await assessmentJson(row));
    },
  );
  api.get(
    '/api/v1/governance/applications/:id/assessments',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: "The application's assessments, by stage, oldest first",
        params: idParams,
        response: { 200: z.object({ items: z.array(assessmentSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await listAssessments(db, requirePrincipal(request), request.params.id);
      return { items: await Promise.all(rows.map(assessmentJson)) };
    },
  );
  api.get(
    '/api/v1/governance/applications/:id/assessment-status',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary:
          "Each stage's latest assessment (status, derivation, problems, endorsements present and missing, privacy " +
          'checklist, go / no-go), open re-assessment flags and the next periodic review: what the go-live gate reads',
        params: idParams,
        response: {
          200: z.object({
            applicationId: z.string(),
            stages: z.object(
              Object.fromEntries(ASSESSMENT_STAGES.map((stage) => [stage, stageStatusSchema.nullable()])) as Record<
                (typeof ASSESSMENT_STAGES)[number],
                z.ZodNullable<typeof stageStatusSchema>
              >,
            ),
            reassessmentDue: z.array(reassessmentSchema),
            nextReviewDue: timestamp.nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      await getApplication(db, requirePrincipal(request), request.params.id);
      const status = await assessmentStatusForApplication(db, request.params.id, templates());
      return {
        applicationId: status.applicationId,
        stages: Object.fromEntries(
          ASSESSMENT_STAGES.map((stage) => {
            const one = status.stages[stage];
            return [stage, one ? stageJson(one) : null];
          }),
        ) as Record<(typeof ASSESSMENT_STAGES)[number], ReturnType<typeof stageJson> | null>,
        reassessmentDue: status.reassessmentDue.map(reassessmentJson),
        nextReviewDue: iso(status.nextReviewDue),
      };
    },
  );
  api.post(
    '/api/v1/governance/applications/:id/reassessment',
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          'Report an incident or another reason the application must be assessed again (the same reason twice is flagged once)',
        params: idParams,
        body: z.object({ reason: text(1000) }).strict(),
        response: { 201: reassessmentSchema, 200: reassessmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { flag, created } = await markReassessmentDue(db, serviceContext(request), request.params.id, {
        kind: 'incident',
        reason: request.body.reason,
        detail: { reason: request.body.reason },
      });
      return reply.code(created ? 201 : 200).send(reassessmentJson(flag));
    },
  );
  api.get(
    '/api/v1/governance/assessments/:id',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'One assessment: answers, problems, the endorsements it needs and every decision',
        params: idParams,
        response: { 200: assessmentSchema, ...errorResponses },
      },
    },
    async (request) => assessmentJson(await getAssessment(db, requirePrincipal(request), request.params.id)),
  );
  api.patch(
    '/api/v1/governance/assessments/:id',
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          'Save answers to a draft (partial answers are fine; an unknown question or a value the question does not take is refused)',
        params: idParams,
        body: z
          .object({
            answers: answersPatchSchema.optional(),
            tierAnswers: answersPatchSchema.optional(),
            privacyAnswers: answersPatchSchema.optional(),
            base: z
              .object({
                answers: answersPatchSchema.optional(),
                tierAnswers: answersPatchSchema.optional(),
                privacyAnswers: answersPatchSchema.optional(),
              })
              .strict()
              .optional()
              .describe(
                'For each question changed, the answer it held when the page showed it (null: unanswered). A ' +
                  'question someone else has since answered otherwise is refused (409 changed_meanwhile, nothing ' +
                  'saved). A question left out of `base` is answered as sent, as without `base`.',
              ),
          })
          .strict()
          .refine((body) => ANSWER_SET_KEYS.some((key) => body[key] !== undefined), {
            message: 'must change at least one answer set',
            params: { zhHant: '須最少更改一組答案' },
          }),
        response: { 200: assessmentSchema, ...errorResponses },
      },
    },
    async (request) =>
      assessmentJson(await saveAnswers(db, serviceContext(request), request.params.id, request.body, templates())),
  );
  api.post(
    '/api/v1/governance/assessments/:id/submit',
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          'Submit a draft for review: 422 listing each problem by question unless none remain; derives impact, tier and oversight',
        params: idParams,
        body: z.object({}).strict().nullish(),
        response: { 200: assessmentSchema, 422: errorResponses[409], ...errorResponses },
      },
    },
    async (request) =>
      assessmentJson(await submitAssessment(db, serviceContext(request), request.params.id, templates())),
  );
  const answerComments = z
    .array(
      z
        .object({
          set: setNameSchema.optional().describe('Default: answers (the impact assessment)'),
          questionId: questionIdSchema,
          comment: text(2000),
        })
        .strict(),
    )
    .max(300)
    .optional()
    .describe('Reviewer comments on single answers, kept on the answer');
  for (const decision of ['endorse', 'return'] as const) {
    api.post(
      `/api/v1/governance/assessments/:id/${decision}`,
      {
        onRequest: authorize('governance:endorse'),
        schema: {
          tags,
          security,
          summary:
            decision === 'endorse'
              ? 'Endorse an assessment in review as project owner, assurance reviewer or IT board / CIO (never your own work)'
              : 'Return an assessment in review to draft, with comments (kept)',
          params: idParams,
          body: z
            .object({
              capacity: capacitySchema.optional().describe('Needed only when you hold more than one open capacity'),
              comment: decision === 'return' ? text(4000) : text(4000).optional(),
              answerComments,
            })
            .strict()
            .nullish(),
          response: { 200: assessmentSchema, ...errorResponses },
        },
      },
      async (request) => {
        const body = request.body ?? {};
        return assessmentJson(
          await decideAssessment(db, serviceContext(request), request.params.id, { decision, ...body }),
        );
      },
    );
  }
  api.get(
    '/api/v1/governance/overdue',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'Live applications whose periodic review is overdue (6 months for high risk, 12 otherwise)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                applicationId: z.string(),
                departmentId: z.string(),
                name: bilingual,
                lastCompletedAt: timestamp.nullable(),
                nextReviewDue: timestamp.nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      items: (await overdueApplications(db, requirePrincipal(request))).map((o) => ({
        applicationId: o.applicationId,
        departmentId: o.departmentId,
        name: { en: o.nameEn, zhHant: o.nameZhHant },
        lastCompletedAt: iso(o.lastCompletedAt),
        nextReviewDue: iso(o.nextReviewDue),
      })),
    }),
  );
  api.get(
    '/api/v1/governance/settings',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: "The department's governance policy (platform admins: name the department)",
        querystring: z.object({ departmentId: idSchema.optional() }).strict(),
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const departmentId =
        (await departmentFilter(db, principal, request.query.departmentId)) ?? principal.departmentId;
      return getGovernanceSettings(db, principal, departmentId ?? '');
    },
  );
  api.put(
    '/api/v1/governance/settings',
    {
      onRequest: authorize('department:update'),
      schema: {
        tags,
        security,
        summary:
          "Set the department's governance policy: whether overdue live applications are suspended, and the thresholds at which guard events open a draft incident (each field given replaces its value; the rest are kept)",
        body: z
          .object({
            departmentId: idSchema.optional().describe('Platform admins: the department'),
            suspendOverdue: z.boolean().optional(),
            incidentThresholds: incidentThresholdsSchema.partial().optional(),
          })
          .strict(),
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = serviceContext(request);
      const departmentId = request.body.departmentId ?? ctx.principal.departmentId ?? '';
      return putGovernanceSettings(db, ctx, departmentId, {
        suspendOverdue: request.body.suspendOverdue,
        incidentThresholds: request.body.incidentThresholds,
      });
    },
  );
}
