import { count, eq } from 'drizzle-orm';
import { hashApiKey } from '../core/index.ts';
import { apiKeys, departments, users, type Db } from '../store/index.ts';
import { createApiKey } from './api-keys.ts';
import { createDepartment } from './departments.ts';
import { CLI_PRINCIPAL, type Principal, type ServiceContext } from './principal.ts';
import { createUser } from './users.ts';

export const DEMO_DEPARTMENT_CODE = 'demo';

export interface SeedResult {
  /** False when the database already had data (nothing was created). */
  seeded: boolean;
  /** The admin key in clear, only when this call created it (print it once, never again). */
  adminKey: string | null;
  /** True when a preset LIONROCK_ADMIN_KEY was added to an already-seeded admin. */
  presetKeyAdded: boolean;
}

/**
 * Seeds an empty database with the demo department and a platform admin holding one API key,
 * every step audited as the CLI. With `adminKey`, that key is used (and added to the seeded
 * admin on later starts if it is not there yet), so operators can script against a known key.
 */
export async function seedDemo(
  db: Db,
  options: { adminKey?: string | undefined; keyLifetimeDays: number },
): Promise<SeedResult> {
  const ctx: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'seed' };
  const [existing] = await db.select({ n: count() }).from(departments);
  if ((existing?.n ?? 0) > 0) {
    return { seeded: false, adminKey: null, presetKeyAdded: await addPresetKey(db, ctx, options) };
  }
  const department = await createDepartment(db, ctx, {
    code: DEMO_DEPARTMENT_CODE,
    nameEn: 'Demo Department',
    nameZh: '示範部門',
  });
  const admin = await createUser(db, ctx, {
    departmentId: department.id,
    displayName: 'Platform Administrator',
    roles: ['platform_admin'],
  });
  const adminCtx: ServiceContext = { principal: asPrincipal(admin), requestId: 'seed' };
  const { key } = await createApiKey(db, adminCtx, {
    name: 'seeded admin key',
    presetKey: options.adminKey,
    defaultLifetimeDays: options.keyLifetimeDays,
  });
  return { seeded: true, adminKey: key, presetKeyAdded: false };
}

async function addPresetKey(
  db: Db,
  ctx: ServiceContext,
  options: { adminKey?: string | undefined; keyLifetimeDays: number },
): Promise<boolean> {
  if (!options.adminKey) return false;
  const [known] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hashApiKey(options.adminKey)));
  if (known) return false;
  const [admin] = await db
    .select()
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(departments.code, DEMO_DEPARTMENT_CODE));
  const seededAdmin = admin?.users.roles.includes('platform_admin') ? admin.users : null;
  if (!seededAdmin) return false;
  await createApiKey(
    db,
    { ...ctx, principal: asPrincipal(seededAdmin) },
    {
      name: 'LIONROCK_ADMIN_KEY',
      presetKey: options.adminKey,
      defaultLifetimeDays: options.keyLifetimeDays,
    },
  );
  return true;
}

function asPrincipal(user: typeof users.$inferSelect): Principal {
  return { id: user.id, roles: user.roles, departmentId: user.departmentId, keyId: null };
}
