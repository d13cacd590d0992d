import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { readerLocale } from '../../core/index.ts';
import {
  ANSWER_SETS,
  type Assessment,
  assessmentStatusForApplication,
  decideAssessment,
  decisionsOf,
  ENDORSER_CAPACITIES,
  type Endorsement,
  getApplication,
  getAssessment,
  getGovernanceSettings,
  listAssessments,
  LocalizedRefusal,
  markReassessmentDue,
  overdueApplications,
  putGovernanceSettings,
  type Reassessment,
  saveAnswers,
  type StageStatus,
  shippedTemplates,
  stageStatus,
  startAssessment,
  submitAssessment,
  type TemplateRegistry,
  templateEditions,
} from '../../governance/index.ts';
import {
  aiApplications,
  ASSESSMENT_STAGES,
  ASSESSMENT_STATUSES,
  type Db,
  REASSESSMENT_KINDS,
  type StoredAnswerSet,
} from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { departmentFilter } from '../department-filter.ts';
import { errorResponses, idParams, idSchema, text, timestamp } from '../schemas.ts';

const bilingual = z.object({ en: z.string(), zhHant: z.string() });
const capacitySchema = z.enum(ENDORSER_CAPACITIES);
const stageSchema = z.enum(ASSESSMENT_STAGES);
const setNameSchema = z.enum(ANSWER_SETS);

/** A question id as templates write them: `Q9(i)`, `C(ii)`, `header.owner`, `R.use`, AI Verify's `1.2.3`. */
const questionIdSchema = z.string().regex(/^[A-Za-z0-9().:_-]{1,64}$/, 'must be a question id such as Q9(i)');

const answerInputSchema = z
  .object({
    value: text(4000).describe('yes / no / na, go / no_go / escalate, low / medium / high, or text'),
    justification: text(4000).optional().describe('Why: required when the value is na'),
  })
  .strict();

const answersPatchSchema = z
  .record(questionIdSchema, answerInputSchema.nullable())
  .refine((answers) => Object.keys(answers).length <= 300, 'must hold at most 300 answers')
  .describe('Question id → answer; null clears it');

const storedAnswerSchema = z.object({
  value: z.string(),
  justification: z.string().optional(),
  reviewerComment: z.string().optional(),
});
const answerSetSchema = z.object({
  templateId: z.string(),
  templateVersion: z.string(),
  answers: z.record(z.string(), storedAnswerSchema),
});

const derivationSchema = z
  .object({
    impact: z.enum(['low', 'high']),
    tier: z.enum(['unacceptable', 'high', 'limited', 'low']),
    oversight: z.enum(['in-the-loop', 'in-command', 'out-of-the-loop']).nullable(),
    reasons: z.array(z.unknown()).describe('The answers that produced each result, with why'),
  })
  .describe('Derived on submit and copied to the application');

const problemSchema = z.object({
  set: setNameSchema,
  questionId: z.string(),
  code: z.string(),
  field: z.string(),
  message: bilingual,
});

const decisionSchema = z.object({
  id: z.string(),
  round: z.number().int(),
  userId: z.string(),
  capacity: capacitySchema,
  decision: z.enum(['endorse', 'return']),
  comment: z.string().nullable(),
  createdAt: timestamp,
});

const assessmentSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  departmentId: z.string(),
  stage: stageSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  round: z.number().int().describe('Submissions so far; endorsements belong to one round'),
  templateId: z.string(),
  templateVersion: z.string().describe('The edition it was made with, kept when a newer one ships'),
  templates: z.array(z.string()).describe('Every template edition it is answered on, as id@version'),
  answers: z.record(z.string(), storedAnswerSchema),
  tierAnswers: answerSetSchema.nullable(),
  privacyAnswers: answerSetSchema.nullable().describe('The PCPD checklist: present when personal data is used'),
  derivation: derivationSchema.nullable(),
  preparers: z.array(z.string()).describe('Who prepared or submitted it: none of them may endorse it'),
  submittedBy: z.string().nullable(),
  submittedAt: timestamp.nullable(),
  completedAt: timestamp.nullable(),
  problems: z.array(problemSchema).describe('What keeps it from submission: empty means it may be submitted'),
  requiredEndorsements: z.array(capacitySchema).nullable(),
  missingEndorsements: z.array(capacitySchema).nullable(),
  decisions: z.array(decisionSchema).describe('Every endorsement and return, every round (returned comments kept)'),
  createdBy: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const reassessmentSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  kind: z.enum(REASSESSMENT_KINDS),
  reason: z.string(),
  detail: z.record(z.string(), z.unknown()),
  createdBy: z.string(),
  createdAt: timestamp,
});

const stageStatusSchema = z.object({
  assessmentId: z.string(),
  stage: stageSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  templateId: z.string(),
  templateVersion: z.string(),
  round: z.number().int(),
  derivation: derivationSchema.nullable(),
  problems: z.array(problemSchema),
  endorsements: z.array(z.object({ capacity: capacitySchema, userId: z.string(), at: timestamp })),
  requiredEndorsements: z.array(capacitySchema).nullable(),
  missingEndorsements: z.array(capacitySchema).nullable(),
  privacyChecklist: z.object({ required: z.boolean(), complete: z.boolean() }),
  goNoGo: z.string().nullable().describe("Q58's answer: go, no_go or escalate"),
  completedAt: timestamp.nullable(),
});

const settingsSchema = z.object({
  departmentId: z.string(),
  suspendOverdue: z.boolean().describe('Suspend live applications whose periodic review is overdue'),
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

const decisionJson = (row: Endorsement) => ({
  id: row.id,
  round: row.round,
  userId: row.userId,
  capacity: row.capacity,
  decision: row.decision,
  comment: row.comment,
  createdAt: row.createdAt.toISOString(),
});

const reassessmentJson = (row: Reassessment) => ({
  id: row.id,
  applicationId: row.applicationId,
  kind: row.kind,
  reason: row.reason,
  detail: row.detail as Record<string, unknown>,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

const stageJson = (status: StageStatus) => ({
  ...status,
  endorsements: status.endorsements.map((e) => ({ ...e, at: e.at.toISOString() })),
  completedAt: iso(status.completedAt),
});

const tags = ['governance'];
const security = [{ bearer: [] }];

/**
 * A workflow refusal in the reader's language: the services word refusals in both, the request
 * says which one to send (the problem renderer converts Simplified Chinese from Traditional).
 */
async function localized<T>(request: FastifyRequest, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LocalizedRefusal) throw error.inLocale(readerLocale(request.headers['accept-language']));
    throw error;
  }
}

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
      const row = await localized(request, () =>
        startAssessment(db, serviceContext(request), request.params.id, request.body.stage, templates()),
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
          })
          .strict()
          .refine((body) => Object.keys(body).length > 0, 'must change at least one answer set'),
        response: { 200: assessmentSchema, ...errorResponses },
      },
    },
    async (request) =>
      assessmentJson(
        await localized(request, () =>
          saveAnswers(db, serviceContext(request), request.params.id, request.body, templates()),
        ),
      ),
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
      assessmentJson(
        await localized(request, () => submitAssessment(db, serviceContext(request), request.params.id, templates())),
      ),
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
          await localized(request, () =>
            decideAssessment(db, serviceContext(request), request.params.id, { decision, ...body }),
          ),
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
        summary: "Set the department's governance policy: whether overdue live applications are suspended",
        body: z
          .object({
            departmentId: idSchema.optional().describe('Platform admins: the department'),
            suspendOverdue: z.boolean(),
          })
          .strict(),
        response: { 200: settingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = serviceContext(request);
      const departmentId = request.body.departmentId ?? ctx.principal.departmentId ?? '';
      return putGovernanceSettings(db, ctx, departmentId, { suspendOverdue: request.body.suspendOverdue });
    },
  );
}
