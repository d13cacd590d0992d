import { and, asc, eq } from 'drizzle-orm';
import { botVersions, bots, departments, type Executor } from '../store/index.ts';
import { botConfigSchema } from './bot-config.ts';

/** A bot anyone may talk to: what `/v1/models` lists. */
export interface PublishedBot {
  id: string;
  /** The owning department's code, e.g. `fehd`. */
  departmentCode: string;
  name: { zh: string; en: string };
  publishedAt: Date;
}

/**
 * The bots chat serves, i.e. those with a published version (anyone may ask them, with a key or
 * without), ordered by id; or the one named by `botId`.
 *
 * @example const [bot] = await listPublishedBots(db, 'demo-1823');
 */
export async function listPublishedBots(db: Executor, botId?: string): Promise<PublishedBot[]> {
  const rows = await db
    .select({
      id: bots.id,
      departmentCode: departments.code,
      config: botVersions.config,
      publishedAt: botVersions.publishedAt,
      createdAt: botVersions.createdAt,
    })
    .from(bots)
    .innerJoin(botVersions, and(eq(botVersions.botId, bots.id), eq(botVersions.version, bots.publishedVersion)))
    .innerJoin(departments, eq(departments.id, bots.departmentId))
    .where(botId === undefined ? undefined : eq(bots.id, botId))
    .orderBy(asc(bots.id));
  return rows.map((row) => ({
    id: row.id,
    departmentCode: row.departmentCode,
    name: botConfigSchema.parse(row.config).name,
    publishedAt: row.publishedAt ?? row.createdAt,
  }));
}
