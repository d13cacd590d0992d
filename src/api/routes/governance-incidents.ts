import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addTimelineEntry,
  closeIncident,
  confirmIncident,
  dismissIncident,
  getIncident,
  type Incident,
  type IncidentRecord,
  listIncidents,
  reportIncident,
} from '../../governance/index.ts';
import {
  type Db,
  INCIDENT_SEVERITIES,
  INCIDENT_SOURCES,
  INCIDENT_STATUSES,
  INCIDENT_STEPS,
} from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { errorResponses, idParams, idSchema, text, timestamp } from '../schemas.ts';

const tags = ['governance'];
const security = [{ bearer: [] }];

const severitySchema = z.enum(INCIDENT_SEVERITIES);
const stepSchema = z.enum(INCIDENT_STEPS).describe('A PCPD incident response step');

const incidentFields = {
  id: z.string(),
  departmentId: z.string(),
  title: z.string(),
  description: z.string(),
  severity: severitySchema,
  status: z
    .enum(INCIDENT_STATUSES)
    .describe('draft (a guard threshold, awaiting a person) → open → closed; or dismissed'),
  step: stepSchema,
  suspends: z.boolean().describe('While open, its applications are suspended and the go-live gate refuses them'),
  source: z.enum(INCIDENT_SOURCES),
  sourceDetail: z.record(z.string(), z.unknown()).describe('What a guard threshold saw: bot, count, window'),
  reportedBy: z.string().nullable(),
  openedAt: timestamp.nullable(),
  closedBy: z.string().nullable(),
  closedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  applicationIds: z.array(z.string()),
};
const summarySchema = z.object(incidentFields).describe('An incident in the register');
const incidentSchema = z
  .object({
    ...incidentFields,
    timeline: z.array(
      z.object({
        id: z.string(),
        step: stepSchema,
        kind: z.enum(['opened', 'drafted', 'confirmed', 'suspended', 'note', 'step', 'closed', 'dismissed']),
        note: z.string(),
        actor: z.string(),
        createdAt: timestamp,
      }),
    ),
  })
  .describe('An incident with its timeline, oldest entry first');

const iso = (d: Date | null) => d?.toISOString() ?? null;
const summaryJson = (row: Incident & { applicationIds: string[] }) => ({
  id: row.id,
  departmentId: row.departmentId,
  title: row.title,
  description: row.description,
  severity: row.severity,
  status: row.status,
  step: row.step,
  suspends: row.suspends,
  source: row.source,
  sourceDetail: row.sourceDetail as Record<string, unknown>,
  reportedBy: row.reportedBy,
  openedAt: iso(row.openedAt),
  closedBy: row.closedBy,
  closedAt: iso(row.closedAt),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  applicationIds: row.applicationIds,
});
const incidentJson = (row: IncidentRecord) => ({
  ...summaryJson(row),
  timeline: row.timeline.map((e) => ({
    id: e.id,
    step: e.step,
    kind: e.kind as z.infer<typeof incidentSchema>['timeline'][number]['kind'],
    note: e.note,
    actor: e.actor,
    createdAt: e.createdAt.toISOString(),
  })),
});

const note = text(4000);

/** The AI incident register (issue #18): report, confirm or dismiss a draft, the timeline, closure by a reviewer. */
export function governanceIncidentRoutes(app: FastifyInstance, deps: { db: Db }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const base = '/api/v1/governance/incidents';

  api.get(
    base,
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'The department’s incident register, newest first (every department’s for a platform admin)',
        querystring: z
          .object({ status: z.enum(INCIDENT_STATUSES).optional(), applicationId: idSchema.optional() })
          .strict(),
        response: { 200: z.object({ items: z.array(summarySchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (await listIncidents(db, requirePrincipal(request), request.query)).map(summaryJson),
    }),
  );
  api.post(
    base,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          'Report an incident (open at once): its applications fall due for re-assessment and, with suspend, are suspended until it is closed',
        body: z
          .object({
            title: text(200),
            description: note,
            severity: severitySchema,
            applicationIds: z.array(idSchema).min(1, 'must name at least one application').max(20),
            suspend: z.boolean().optional().describe('Suspend the applications until the incident is closed'),
          })
          .strict(),
        response: { 201: incidentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await reportIncident(db, serviceContext(request), request.body);
      return reply.code(201).send(incidentJson(row));
    },
  );
  api.get(
    `${base}/:id`,
    {
      onRequest: authorize('governance:read'),
      schema: {
        tags,
        security,
        summary: 'One incident with its timeline (another department’s is 404)',
        params: idParams,
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) => incidentJson(await getIncident(db, requirePrincipal(request), request.params.id)),
  );
  api.post(
    `${base}/:id/timeline`,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary: 'Add to an open incident’s timeline; with step, move it to that PCPD step',
        params: idParams,
        body: z.object({ note, step: stepSchema.optional() }).strict(),
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) =>
      incidentJson(await addTimelineEntry(db, serviceContext(request), request.params.id, request.body)),
  );
  api.post(
    `${base}/:id/confirm`,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary:
          'Confirm a draft incident a guard threshold opened: it opens, reported by the caller, with its effects',
        params: idParams,
        body: z
          .object({ suspend: z.boolean().optional(), severity: severitySchema.optional(), note: note.optional() })
          .strict(),
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) =>
      incidentJson(await confirmIncident(db, serviceContext(request), request.params.id, request.body)),
  );
  api.post(
    `${base}/:id/dismiss`,
    {
      onRequest: authorize('governance:prepare'),
      schema: {
        tags,
        security,
        summary: 'Dismiss a draft incident as a false alarm, saying why',
        params: idParams,
        body: z.object({ note }).strict(),
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) =>
      incidentJson(await dismissIncident(db, serviceContext(request), request.params.id, request.body)),
  );
  api.post(
    `${base}/:id/close`,
    {
      onRequest: authorize('governance:endorse'),
      schema: {
        tags,
        security,
        summary:
          'Close an incident after recovery: an assurance reviewer who did not report it (403 otherwise; 409 before the recover step)',
        params: idParams,
        body: z.object({ note }).strict(),
        response: { 200: incidentSchema, ...errorResponses },
      },
    },
    async (request) => incidentJson(await closeIncident(db, serviceContext(request), request.params.id, request.body)),
  );
}
