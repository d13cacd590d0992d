import { getDepartment, isPlatformAdmin, type Principal } from '../access/index.ts';
import { AppError, unknownDepartment } from '../core/index.ts';
import type { Executor } from '../store/index.ts';

/**
 * The department a list is filtered by. An asked-for department the caller cannot see, or that
 * does not exist, is 404 naming the field on every list alike (never 403, never an empty 200:
 * both would say it exists). Without one, platform admins see all departments (undefined) and
 * everyone else their own.
 *
 * @example const departmentId = await departmentFilter(db, principal, request.query.departmentId);
 */
export async function departmentFilter(
  db: Executor,
  principal: Principal,
  asked: string | undefined,
): Promise<string | undefined> {
  if (asked === undefined) return isPlatformAdmin(principal) ? undefined : (principal.departmentId ?? '');
  await getDepartment(db, principal, asked).catch((error: unknown) => {
    if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    throw unknownDepartment('querystring.departmentId');
  });
  return asked;
}
