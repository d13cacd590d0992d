import { getDepartment, isPlatformAdmin, type Principal } from '../access/index.ts';
import { AppError, forbidden, unknownDepartment } from '../core/index.ts';
import type { Executor } from '../store/index.ts';

const NO_DEPARTMENT = {
  en: 'You belong to no department, so there is no department list to show you',
  zhHant: '你不屬於任何部門，因此沒有部門清單可以顯示',
};

/**
 * The department a list is filtered by. An asked-for department the caller cannot see, or that
 * does not exist, is 404 naming the field on every list alike (never 403, never an empty 200:
 * both would say it exists). Without one, platform admins see all departments (undefined) and
 * everyone else their own; a caller who is neither (no department) is refused.
 *
 * @example const departmentId = await departmentFilter(db, principal, request.query.departmentId);
 */
export async function departmentFilter(
  db: Executor,
  principal: Principal,
  asked: string | undefined,
): Promise<string | undefined> {
  if (asked === undefined) {
    if (isPlatformAdmin(principal)) return undefined;
    // Never '' or null: the lists read a missing department as "every department".
    if (principal.departmentId === null) throw forbidden(NO_DEPARTMENT);
    return principal.departmentId;
  }
  await getDepartment(db, principal, asked).catch((error: unknown) => {
    if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    throw unknownDepartment('querystring.departmentId');
  });
  return asked;
}
