import type { SQL } from 'drizzle-orm';
import type { Executor } from './database.ts';

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{rows}`, but the shared PgDatabase type
 * cannot say so, hence the one cast here rather than at every caller.
 */
export async function rawRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
