import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../core/index.ts';
import {
  catalogueDepartments,
  ENDORSER_CAPACITIES,
  reviewQueue,
  shippedTemplates,
  type TemplateRegistry,
} from '../../governance/index.ts';
import { ASSESSMENT_STAGES, type Db } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { errorResponses, timestamp } from '../schemas.ts';

const tags = ['governance'];
const security = [{ bearer: [] }];
const localized = z.object({ en: z.string(), zhHant: z.string() });
const stageSchema = z.enum(ASSESSMENT_STAGES);

const questionSchema = z.object({
  id: z.string(),
  number: z.string().optional(),
  kind: z.enum(['yes_no', 'yes_no_na', 'text', 'go_no_go', 'level']),
  text: localized,
  help: localized.optional(),
  stages: z.array(stageSchema).optional().describe('The stages it applies at; none: every stage'),
  principles: z.array(z.string()).optional().describe('Ids of the principles it serves'),
  effect: z
    .object({
      kind: z.enum(['impact', 'tier', 'privacy-risk']),
      group: z.string().optional(),
      tier: z.string().optional(),
    })
    .optional()
    .describe('What a "yes" (or a rating) derives'),
  details: z.record(z.string(), z.string()).optional(),
});

const templateResponse = z
  .object({
    id: z.string(),
    version: z.string(),
    title: localized,
    description: localized.optional(),
    source: z.object({
      name: z.string(),
      edition: z.string().optional(),
      url: z.string().optional(),
      licence: z.string().optional(),
      imported: z.boolean().optional(),
    }),
    stages: z.array(stageSchema).optional(),
    principles: z
      .array(
        z.object({
          id: z.string(),
          name: localized,
          fundamental: z.boolean().optional(),
          description: localized.optional(),
        }),
      )
      .optional(),
    parts: z.array(
      z.object({
        id: z.string(),
        title: localized,
        description: localized.optional(),
        sections: z.array(
          z.object({
            id: z.string(),
            title: localized,
            range: z.string().optional(),
            description: localized.optional(),
            questions: z.array(questionSchema),
          }),
        ),
      }),
    ),
  })
  .describe('An assessment template edition: parts, sections, questions (kind, stages, principles), principles');

const queuedSchema = z.object({
  assessmentId: z.string(),
  applicationId: z.string(),
  departmentId: z.string(),
  name: localized,
  stage: stageSchema,
  round: z.number().int(),
  submittedAt: timestamp.nullable(),
  capacities: z
    .array(z.enum(ENDORSER_CAPACITIES))
    .describe('The still-open capacities the caller holds: more than one means they name the one they act in'),
});

export interface GovernanceReviewDeps {
  db: Db;
  /** The loaded assessment templates (default: the shipped ones). */
  templates?: () => TemplateRegistry;
}

/**
 * What the console's governance pages read (issue #16): template editions for the assessment form,
 * the reviewer queue, and the departments the shared catalogue names.
 */
export function governanceReviewRoutes(app: FastifyInstance, deps: GovernanceReviewDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const templates = deps.templates ?? shippedTemplates;

  api.get(
    '/api/v1/governance/templates/:templateId/:version',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'One assessment template edition, as an assessment made with it is answered',
        params: z
          .object({
            templateId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a template id such as hk-aiaia'),
            version: z.string().regex(/^\d+(\.\d+)*$/, 'must be a dotted number such as 1.4'),
          })
          .strict(),
        response: { 200: templateResponse, ...errorResponses },
      },
    },
    async (request) => {
      const template = templates().get(request.params.templateId, request.params.version);
      if (!template) throw notFound('Template');
      return template;
    },
  );
  api.get(
    '/api/v1/governance/review-queue',
    {
      onRequest: authorize('governance:endorse'),
      schema: {
        tags,
        security,
        summary:
          "Assessments in review that still need an endorsement in a capacity the caller holds (never the caller's own work)",
        response: { 200: z.object({ items: z.array(queuedSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await reviewQueue(deps.db, requirePrincipal(request))).map((item) => ({
        ...item,
        submittedAt: item.submittedAt?.toISOString() ?? null,
      })),
    }),
  );
  api.get(
    '/api/v1/governance/departments',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary:
          "The departments with applications in the catalogue (any department's: the catalogue is shared), to name and filter its entries",
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async () => ({ items: await catalogueDepartments(deps.db) }),
  );
}
