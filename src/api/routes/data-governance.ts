import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  applicationDatasets,
  assertConsent,
  exchangeDirectory,
  type Consent,
  type ConsentRequest,
  createDataset,
  type DatasetRecord,
  decideConsentRequest,
  getConsent,
  getConsentRequest,
  getDataset,
  grantConsent,
  linkKnowledgeSource,
  listConsentRequests,
  listConsents,
  listDatasets,
  requestConsent,
  revokeConsent,
  updateDataset,
} from '../../governance/index.ts';
import { CONSENT_OWNER_KINDS, CONSENT_REQUEST_STATUSES, DATA_CLASSIFICATIONS, type Db } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { blankableText, errorResponses, idParams, idSchema, LEFT_OUT_OF_BASE, text, timestamp } from '../schemas.ts';

const tags = ['data governance'];
const security = [{ bearer: [] }];

const classification = z
  .enum(DATA_CLASSIFICATIONS)
  .describe('Government data classification: public, internal, restricted or confidential');
const words = (max: number) => z.array(text(max)).max(50);
const datasetFields = {
  titleEn: text(300),
  titleZhHant: text(300),
  description: blankableText(4000).optional().describe('What the dataset holds; empty clears it'),
  owner: text(200).describe('The post or person accountable for the dataset (data owner)'),
  classification,
  personalData: z.boolean().describe('Whether the dataset holds personal data'),
  personalDataKinds: words(100).describe('Kinds of personal data held (e.g. name, hkid, phone); empty without'),
  retention: text(300).describe('How long records are kept, in the retention schedule’s words'),
  sourceSystems: words(200).describe('Lineage: the source systems the data comes from'),
  applicationIds: z.array(idSchema).max(100).optional().describe('The AI applications that use the dataset'),
};
const datasetBody = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be lower-case letters, digits and hyphens (at most 80)')
      .describe('Short name, unique in the department'),
    ...datasetFields,
  })
  .strict();
const datasetPatch = z
  .object({
    ...datasetFields,
    base: z
      .object(datasetFields)
      .partial()
      .strict()
      .optional()
      .describe(
        'For each field changed, the value it held when the editor read it. A field someone else has since ' +
          `changed to another value is refused (409 changed_meanwhile, nothing saved). ${LEFT_OUT_OF_BASE}`,
      ),
  })
  .partial()
  .strict();

const datasetSchema = z
  .object({
    id: z.string(),
    departmentId: z.string(),
    name: z.string(),
    titleEn: z.string(),
    titleZhHant: z.string(),
    description: z.string(),
    owner: z.string(),
    classification,
    personalData: z.boolean(),
    personalDataKinds: z.array(z.string()),
    retention: z.string(),
    sourceSystems: z.array(z.string()),
    applicationIds: z.array(z.string()),
    knowledgeSourceIds: z.array(z.string()),
    createdBy: z.string(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .describe('A dataset in the departmental data catalogue');
const datasetJson = (row: DatasetRecord) => ({
  id: row.id,
  departmentId: row.departmentId,
  name: row.name,
  titleEn: row.titleEn,
  titleZhHant: row.titleZhHant,
  description: row.description,
  owner: row.owner,
  classification: row.classification,
  personalData: row.personalData,
  personalDataKinds: row.personalDataKinds,
  retention: row.retention,
  sourceSystems: row.sourceSystems,
  applicationIds: row.applicationIds,
  knowledgeSourceIds: row.knowledgeSourceIds,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;
const consentSchema = z
  .object({
    id: z.string(),
    ownerKind: z.enum(CONSENT_OWNER_KINDS),
    ownerRef: z.string(),
    providerDepartmentId: z.string(),
    consumerDepartmentId: z.string(),
    scope: z.string(),
    purpose: z.string(),
    channel: z.string(),
    grantedAt: timestamp,
    expiresAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
    revokedBy: z.string().nullable(),
    revocationReason: z.string().nullable(),
    requestId: z.string().nullable(),
    grantedBy: z.string(),
    live: z.boolean().describe('Granted, not expired and not revoked now'),
  })
  .describe('A consent to exchange data between departments');
const consentJson = (row: Consent) => {
  const now = new Date();
  return {
    id: row.id,
    ownerKind: row.ownerKind,
    ownerRef: row.ownerRef,
    providerDepartmentId: row.providerDepartmentId,
    consumerDepartmentId: row.consumerDepartmentId,
    scope: row.scope,
    purpose: row.purpose,
    channel: row.channel,
    grantedAt: row.grantedAt.toISOString(),
    expiresAt: iso(row.expiresAt),
    revokedAt: iso(row.revokedAt),
    revokedBy: row.revokedBy,
    revocationReason: row.revocationReason,
    requestId: row.requestId,
    grantedBy: row.grantedBy,
    live: !row.revokedAt && row.grantedAt <= now && (!row.expiresAt || row.expiresAt > now),
  };
};
const requestSchema = z
  .object({
    id: z.string(),
    providerDepartmentId: z.string(),
    consumerDepartmentId: z.string(),
    scope: z.string(),
    purpose: z.string(),
    channel: z.string(),
    justification: z.string(),
    expiresAt: timestamp.nullable(),
    status: z.enum(CONSENT_REQUEST_STATUSES),
    requestedBy: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: timestamp.nullable(),
    decisionNote: z.string().nullable(),
    consentId: z.string().nullable(),
    createdAt: timestamp,
  })
  .describe('A department’s request for another department’s data');
const requestJson = (row: ConsentRequest) => ({
  id: row.id,
  providerDepartmentId: row.providerDepartmentId,
  consumerDepartmentId: row.consumerDepartmentId,
  scope: row.scope,
  purpose: row.purpose,
  channel: row.channel,
  justification: row.justification,
  expiresAt: iso(row.expiresAt),
  status: row.status,
  requestedBy: row.requestedBy,
  decidedBy: row.decidedBy,
  decidedAt: iso(row.decidedAt),
  decisionNote: row.decisionNote,
  consentId: row.consentId,
  createdAt: row.createdAt.toISOString(),
});

const terms = {
  scope: text(200).describe('The data the consent covers, e.g. vehicle-licence-records'),
  purpose: text(200).describe('What the consumer may use it for'),
  channel: text(200).describe('How the data travels, e.g. CDEG API, batch file'),
  expiresAt: timestamp.optional().describe('When the consent ends; none = until revoked'),
};
const future = (value: string | undefined) => (value ? new Date(value) : undefined);

/**
 * Data governance (issue #18): the departmental data catalogue, an application's datasets, a
 * knowledge source's dataset, and the consented data exchange (consents, requests, checking a use).
 */
export function dataGovernanceRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const datasets = '/api/v1/governance/datasets';
  const consents = '/api/v1/governance/consents';
  const requests = '/api/v1/governance/consent-requests';

  api.get(
    datasets,
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'The department’s data catalogue by name (every department’s for a platform admin)',
        querystring: z
          .object({
            classification: classification.optional(),
            personalData: z.enum(['true', 'false']).optional(),
          })
          .strict(),
        response: { 200: z.object({ items: z.array(datasetSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (
        await listDatasets(db, requirePrincipal(request), {
          classification: request.query.classification,
          personalData: request.query.personalData === undefined ? undefined : request.query.personalData === 'true',
        })
      ).map(datasetJson),
    }),
  );
  api.post(
    datasets,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary: 'Add a dataset to the department’s catalogue, with the applications that use it',
        body: datasetBody,
        response: { 201: datasetSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await createDataset(db, serviceContext(request), request.body);
      return reply.code(201).send(datasetJson(row));
    },
  );
  api.get(
    `${datasets}/:id`,
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'One dataset with its applications and knowledge sources (another department’s is 404)',
        params: idParams,
        response: { 200: datasetSchema, ...errorResponses },
      },
    },
    async (request) => datasetJson(await getDataset(db, requirePrincipal(request), request.params.id)),
  );
  api.patch(
    `${datasets}/:id`,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary: 'Change a dataset’s entry; applicationIds replaces the applications that use it',
        params: idParams,
        body: datasetPatch,
        response: { 200: datasetSchema, ...errorResponses },
      },
    },
    async (request) => datasetJson(await updateDataset(db, serviceContext(request), request.params.id, request.body)),
  );
  api.get(
    '/api/v1/governance/applications/:id/datasets',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'The datasets an AI application uses (another department’s application is 404)',
        params: idParams,
        response: { 200: z.object({ items: z.array(datasetSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await applicationDatasets(db, requirePrincipal(request), request.params.id)).map(datasetJson),
    }),
  );
  api.put(
    '/api/v1/governance/knowledge-sources/:sourceId/dataset',
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          "Link a knowledge source to its dataset (null unlinks): the department's own, another's public one, or another's under a live consent for the purpose named (403 naming a revoked or expired consent)",
        params: z.object({ sourceId: idSchema }).strict(),
        body: z
          .object({
            datasetId: idSchema.nullable(),
            purpose: z
              .string()
              .trim()
              .min(1)
              .max(200)
              .optional()
              .describe("What another department's non-public dataset is used for: the purpose its consent names"),
          })
          .strict(),
        response: {
          200: z.object({ sourceId: z.string(), datasetId: z.string().nullable(), purpose: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      linkKnowledgeSource(
        db,
        serviceContext(request),
        request.params.sourceId,
        request.body.datasetId,
        request.body.purpose ?? null,
      ),
  );

  api.get(
    consents,
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'Consents the department gives or receives, newest first',
        response: { 200: z.object({ items: z.array(consentSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: (await listConsents(db, requirePrincipal(request))).map(consentJson) }),
  );
  api.post(
    consents,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary: 'Record a consent the department (as provider) gives another department',
        body: z
          .object({
            ownerKind: z.enum(CONSENT_OWNER_KINDS).describe('Whose consent: the data subject’s or the department’s'),
            ownerRef: text(200).describe('The data subject’s reference (never a name) or the owning department’s code'),
            consumerDepartmentId: idSchema,
            ...terms,
          })
          .strict(),
        response: { 201: consentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { expiresAt, ...rest } = request.body;
      const row = await grantConsent(db, serviceContext(request), { ...rest, expiresAt: future(expiresAt) });
      return reply.code(201).send(consentJson(row));
    },
  );
  api.get(
    `${consents}/:id`,
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'One consent (its provider and consumer see it; another department: 404)',
        params: idParams,
        response: { 200: consentSchema, ...errorResponses },
      },
    },
    async (request) => consentJson(await getConsent(db, requirePrincipal(request), request.params.id)),
  );
  api.post(
    `${consents}/:id/revoke`,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary: 'Revoke a consent at once: the very next use is refused (the provider only)',
        params: idParams,
        body: z.object({ reason: text(2000) }).strict(),
        response: { 200: consentSchema, ...errorResponses },
      },
    },
    async (request) =>
      consentJson(await revokeConsent(db, serviceContext(request), request.params.id, request.body.reason)),
  );
  api.post(
    `${consents}/check`,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          'Check and record one use of consented data by the department (the consumer): 200 with the live consent, 403 naming the consent otherwise; audited either way',
        body: z.object({ providerDepartmentId: idSchema, scope: text(200), purpose: text(200) }).strict(),
        response: { 200: consentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = serviceContext(request);
      const consumer = ctx.principal.departmentId ?? '';
      return consentJson(
        await assertConsent(
          db,
          {
            provider: request.body.providerDepartmentId,
            consumer,
            scope: request.body.scope,
            purpose: request.body.purpose,
          },
          ctx,
        ),
      );
    },
  );

  api.get(
    '/api/v1/governance/exchange-departments',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary:
          'Every department by code and name, to name a consent’s parties and choose whom to ask for data (names only, no settings)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                nameEn: z.string(),
                nameZh: z.string(),
                active: z.boolean().describe('Archived departments are listed to name old consents; ask active ones'),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async () => ({ items: await exchangeDirectory(db) }),
  );

  api.get(
    requests,
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'Consent requests the department made or received, newest first',
        response: { 200: z.object({ items: z.array(requestSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: (await listConsentRequests(db, requirePrincipal(request))).map(requestJson) }),
  );
  api.post(
    requests,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary: 'Ask another department for data: scope, purpose, channel and why',
        body: z.object({ providerDepartmentId: idSchema, justification: text(4000), ...terms }).strict(),
        response: { 201: requestSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { expiresAt, ...rest } = request.body;
      const row = await requestConsent(db, serviceContext(request), { ...rest, expiresAt: future(expiresAt) });
      return reply.code(201).send(requestJson(row));
    },
  );
  api.get(
    `${requests}/:id`,
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'One consent request (its two departments see it; another: 404)',
        params: idParams,
        response: { 200: requestSchema, ...errorResponses },
      },
    },
    async (request) => requestJson(await getConsentRequest(db, requirePrincipal(request), request.params.id)),
  );
  api.post(
    `${requests}/:id/decision`,
    {
      onRequest: authorize('governance:endorse'),
      schema: {
        tags,
        security,
        summary: 'The providing department approves (granting a consent) or refuses a pending request',
        params: idParams,
        body: z.object({ approve: z.boolean(), note: text(2000).optional() }).strict(),
        response: { 200: requestSchema, ...errorResponses },
      },
    },
    async (request) =>
      requestJson(await decideConsentRequest(db, serviceContext(request), request.params.id, request.body)),
  );
}
