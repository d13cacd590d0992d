import { inArray } from 'drizzle-orm';
import { type Executor, users } from '../store/index.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The display names of the people behind user ids a record names (its editor, its approver), so a
 * page shows "Approver Lee" where it had only an id. Ids that are no user (`cli`, a job's name) or a
 * user since deleted are left out: the reader shows those as they are.
 *
 * @example await displayNames(db, [version.editorId, version.reviewerId]) // { 'f3d2…': 'Approver Lee' }
 */
export async function displayNames(db: Executor, ids: readonly (string | null)[]): Promise<Record<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null && UUID.test(id)))];
  if (wanted.length === 0) return {};
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return Object.fromEntries(rows.map((row) => [row.id, row.displayName]));
}
