import { describe, expect, it } from 'vitest';
import type { Principal } from '../access/index.ts';
import type { Executor } from '../store/index.ts';
import { departmentFilter } from './department-filter.ts';

/** No department is asked for, so the filter reads no database. */
const noDatabase = {} as Executor;
const principal = (roles: Principal['roles'], departmentId: string | null): Principal => ({
  id: 'u1',
  roles,
  departmentId,
  keyId: null,
});

describe('departmentFilter without an asked-for department', () => {
  it('is every department for a platform admin and the caller’s own for everyone else', async () => {
    expect(await departmentFilter(noDatabase, principal(['platform_admin'], null), undefined)).toBeUndefined();
    expect(await departmentFilter(noDatabase, principal(['auditor'], 'd1'), undefined)).toBe('d1');
  });

  it('refuses a caller with no department who is not a platform admin, rather than read it as every department', async () => {
    await expect(departmentFilter(noDatabase, principal(['auditor'], null), undefined)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
