import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDepartment, getUser } from '../../access/index.ts';
import { grantedPermissions } from '../../core/index.ts';
import type { Store } from '../../store/index.ts';
import { authorize, requirePrincipal } from '../authenticate-request.ts';
import { departmentSchema, errorResponses, permissionsSchema, userSchema } from '../schemas.ts';
import { toJson } from '../to-json.ts';

/** Who the caller is: user, department and the key in use. */
export function meRoutes(app: FastifyInstance, store: Store): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/me',
    {
      onRequest: authorize('authenticated'),
      schema: {
        tags: ['access'],
        summary: 'The caller: user, department, key and permissions',
        security: [{ bearer: [] }],
        response: {
          200: z.object({
            user: userSchema,
            department: departmentSchema,
            keyId: z.string().nullable(),
            permissions: permissionsSchema,
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      const user = await getUser(store.db, principal, principal.id);
      const department = await getDepartment(store.db, principal, user.departmentId);
      const permissions = grantedPermissions(principal.roles);
      return { user: toJson(user), department: toJson(department), keyId: principal.keyId, permissions };
    },
  );
}
