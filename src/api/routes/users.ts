import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUser, getUser, listUsers, updateUser } from '../../access/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal, serviceContext } from '../authenticate-request.ts';
import { departmentFilter } from '../department-filter.ts';
import { errorResponses, idParams, idSchema, readBase, rolesSchema, text, userSchema } from '../schemas.ts';
import { toJson } from '../to-json.ts';

const email = z.email({ message: 'must be an e-mail address' }).max(254);

const createBody = z
  .object({
    departmentId: idSchema.optional(),
    displayName: text(200),
    email: email.nullable().optional(),
    roles: rolesSchema,
  })
  .strict();

const patchBody = z
  .object({
    displayName: text(200).optional(),
    email: email.nullable().optional(),
    roles: rolesSchema.optional(),
    status: z.enum(['active', 'disabled']).optional(),
    base: z
      .object({
        displayName: z.string().max(200),
        email: z.string().max(254).nullable(),
        roles: rolesSchema,
        status: z.enum(['active', 'disabled']),
      })
      .partial()
      .strict()
      .optional()
      .describe(
        readBase(
          'The user',
          '`roles` takes only the editor’s own additions and removals, so what another administrator granted or withdrew meanwhile holds',
        ),
      ),
  })
  .strict()
  .refine((body) => Object.keys(body).some((key) => key !== 'base'), {
    message: 'must change at least one field',
    params: { zhHant: '須最少更改一個欄位' },
  });

const tags = ['users'];
const security = [{ bearer: [] }];

export function userRoutes(app: FastifyInstance, store: Store): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/users',
    {
      onRequest: authorize('user:read'),
      schema: {
        tags,
        security,
        summary: "Users of the caller's department (platform admins: any, filtered by departmentId)",
        querystring: z.object({ departmentId: idSchema.optional() }).strict(),
        response: { 200: z.object({ items: z.array(userSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: (
        await listUsers(
          store.db,
          requirePrincipal(request),
          await departmentFilter(store.db, requirePrincipal(request), request.query.departmentId),
        )
      ).map(toJson),
    }),
  );
  api.post(
    '/api/v1/users',
    {
      onRequest: authorize('user:manage'),
      schema: {
        tags,
        security,
        summary: 'Create a user or machine account',
        body: createBody,
        response: { 201: userSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(toJson(await createUser(store.db, serviceContext(request), request.body))),
  );
  api.get(
    '/api/v1/users/:id',
    {
      onRequest: authorize('user:read'),
      schema: {
        tags,
        security,
        summary: 'One user',
        params: idParams,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => toJson(await getUser(store.db, requirePrincipal(request), request.params.id)),
  );
  api.patch(
    '/api/v1/users/:id',
    {
      onRequest: authorize('user:manage'),
      schema: {
        tags,
        security,
        summary: "Change a user's name, e-mail, roles or status (disabling stops all its keys)",
        params: idParams,
        body: patchBody,
        response: { 200: userSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { base, ...change } = request.body;
      return toJson(await updateUser(store.db, serviceContext(request), request.params.id, change, base));
    },
  );
}
