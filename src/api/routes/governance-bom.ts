import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applicationBom, type BomChange, CYCLONEDX_MEDIA_TYPE, listBomChanges } from '../../governance/index.ts';
import { BOM_CHANGE_KINDS, type Db } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { errorResponses, idParams, timestamp } from '../schemas.ts';

const bomComponentSchema = z.looseObject({
  type: z.string().describe('`machine-learning-model`, `data`, `application` (LionRock, with its npm libraries)…'),
  'bom-ref': z.string(),
  name: z.string(),
  version: z.string().optional(),
});

const bomSchema = z
  .looseObject({
    bomFormat: z.literal('CycloneDX'),
    specVersion: z.literal('1.6'),
    serialNumber: z.string(),
    version: z.number().int(),
    metadata: z.looseObject({ timestamp: z.string(), component: bomComponentSchema }),
    components: z.array(bomComponentSchema),
    services: z.array(z.looseObject({ 'bom-ref': z.string(), name: z.string() })),
    dependencies: z.array(z.object({ ref: z.string(), dependsOn: z.array(z.string()) })),
  })
  .describe(
    'A CycloneDX 1.6 document (https://cyclonedx.org/docs/1.6/json/): the application in metadata.component, ' +
      'its models, data and LionRock in components, its model providers in services (docs/governance.md, ' +
      '"AI bill of materials")',
  );

const bomChangeSchema = z
  .object({
    id: z.string(),
    kind: z.enum(BOM_CHANGE_KINDS),
    applicationId: z.string().nullable().describe('Null for a dependency update of LionRock itself'),
    summary: z.object({ en: z.string(), zhHant: z.string() }),
    detail: z
      .record(z.string(), z.unknown())
      .describe('What changed: `{provider, requested, model, fingerprint, previous}`, `{sourceId, version, sha256}`…'),
    baseline: z.boolean().describe('Part of the first record, not a change'),
    significant: z
      .boolean()
      .describe('Governance counts it as significant: after an assessment, re-assessment falls due'),
    changedAt: timestamp,
    recordedAt: timestamp,
  })
  .describe('A change seen in an AI bill of materials');

const changeJson = (row: BomChange) => {
  // The dependency rows keep the whole package list to compare the next lockfile with; the history shows the diff.
  const { packages: _kept, ...detail } = row.detail;
  return {
    id: row.id,
    kind: row.kind,
    applicationId: row.applicationId,
    summary: { en: row.summaryEn, zhHant: row.summaryZhHant },
    detail,
    baseline: row.baseline,
    significant: row.significant,
    changedAt: row.changedAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
  };
};

/** The AI bill of materials of an application and its change history (issue #18). */
export function governanceBomRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/governance/applications/:id/bom',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags: ['governance'],
        security: [{ bearer: [] }],
        summary: 'The application’s AI bill of materials, as CycloneDX 1.6 JSON (a download)',
        description:
          'Made at the request from the registry, the gateway’s model calls, the published knowledge and ' +
          'LionRock’s lockfile; served as `application/vnd.cyclonedx+json` with a file name. An application of ' +
          'another department is 404',
        params: idParams,
        response: { 200: bomSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const bom = await applicationBom(deps.db, requirePrincipal(request), request.params.id);
      reply
        .type(CYCLONEDX_MEDIA_TYPE)
        .header('content-disposition', `attachment; filename="application-${request.params.id}.cdx.json"`);
      return bom;
    },
  );
  api.get(
    '/api/v1/governance/applications/:id/bom/changes',
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags: ['governance'],
        security: [{ bearer: [] }],
        summary: 'What changed in the application’s AI bill of materials, with dates, oldest first',
        description:
          'A model identity a provider reported, a knowledge source or new content of one, and LionRock’s ' +
          'dependency updates. An application of another department is 404',
        params: idParams,
        response: { 200: z.object({ changes: z.array(bomChangeSchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const rows = await listBomChanges(deps.db, requirePrincipal(request), request.params.id);
      return { changes: rows.map(changeJson) };
    },
  );
}
