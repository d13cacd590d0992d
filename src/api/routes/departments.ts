import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createDepartment, getDepartment, listDepartments, updateDepartment } from '../../access/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import type { CorsPolicy } from '../cors-policy.ts';
import { departmentSchema, errorResponses, idParams, originSchema, readBase, text } from '../schemas.ts';
import { toJson } from '../to-json.ts';

const slaHours = z
  .number()
  .int()
  .min(1)
  .max(24 * 90)
  .describe('Hours to reply to a handoff case (its SLA), from opening or referral; default 48');

const createBody = z
  .object({
    code: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,31}$/, 'must be 2–32 lower-case letters, digits or hyphens, starting with a letter'),
    nameEn: text(200),
    nameZh: text(200),
    corsOrigins: z.array(originSchema).max(50).optional(),
    handoffSlaHours: slaHours.optional(),
  })
  .strict();

const patchBody = z
  .object({
    nameEn: text(200).optional(),
    nameZh: text(200).optional(),
    corsOrigins: z.array(originSchema).max(50).optional(),
    handoffSlaHours: slaHours.optional(),
    status: z.enum(['active', 'archived']).optional(),
    base: z
      .object({
        nameEn: z.string().max(200),
        nameZh: z.string().max(200),
        corsOrigins: z.array(z.string().max(200)).max(50),
        handoffSlaHours: z.number(),
        status: z.enum(['active', 'archived']),
      })
      .partial()
      .strict()
      .optional()
      .describe(readBase('The settings', '`corsOrigins` takes only the editor’s own additions and removals')),
  })
  .strict()
  .refine((body) => Object.keys(body).some((key) => key !== 'base'), {
    message: 'must change at least one field',
    params: { zhHant: '須最少更改一個欄位' },
  });

const tags = ['departments'];
const security = [{ bearer: [] }];

export function departmentRoutes(app: FastifyInstance, store: Store, cors: CorsPolicy): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/departments',
    {
      onRequest: authorize('department:read'),
      schema: {
        tags,
        security,
        summary: 'Departments the caller can see',
        response: { 200: z.object({ items: z.array(departmentSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: (await listDepartments(store.db, requirePrincipal(request))).map(toJson) }),
  );
  api.post(
    '/api/v1/departments',
    {
      onRequest: authorize('department:create'),
      schema: {
        tags,
        security,
        summary: 'Create a department',
        body: createBody,
        response: { 201: departmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await createDepartment(store.db, serviceContext(request), request.body);
      await cors.refresh();
      return reply.code(201).send(toJson(row));
    },
  );
  api.get(
    '/api/v1/departments/:id',
    {
      onRequest: authorize('department:read'),
      schema: {
        tags,
        security,
        summary: 'One department',
        params: idParams,
        response: { 200: departmentSchema, ...errorResponses },
      },
    },
    async (request) => toJson(await getDepartment(store.db, requirePrincipal(request), request.params.id)),
  );
  api.patch(
    '/api/v1/departments/:id',
    {
      onRequest: authorize('department:update'),
      schema: {
        tags,
        security,
        summary: 'Rename, set CORS origins, archive (platform admin) a department',
        params: idParams,
        body: patchBody,
        response: { 200: departmentSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { base, ...change } = request.body;
      const row = await updateDepartment(store.db, serviceContext(request), request.params.id, change, base);
      await cors.refresh();
      return toJson(row);
    },
  );
}
