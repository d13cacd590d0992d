import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db, Tx } from './database.ts';
import { ALL_TABLES } from './schema.ts';

export const BACKUP_FORMAT = 'lionrock-backup/1';

/** A whole-database backup: every table's rows as JSON, in parent-before-child order. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

const TABLES = Object.values(ALL_TABLES) as PgTable[];

/** Reads every table inside one transaction, so the snapshot is consistent. */
export async function backup(db: Db): Promise<Backup> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    const tables: Backup['tables'] = {};
    for (const table of TABLES) {
      tables[getTableName(table)] = (await tx.select().from(table)) as Record<string, unknown>[];
    }
    return { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), tables };
  });
}

/**
 * Replaces every row with the backup's, in one transaction: on any error nothing changes.
 * `afterRestore` runs inside the same transaction (the CLI records the restore in the audit trail).
 */
export async function restore(db: Db, input: unknown, afterRestore?: (tx: Tx) => Promise<void>): Promise<void> {
  const parsed = backupSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(`Not a LionRock backup (${BACKUP_FORMAT}): ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  const data = parsed.data;
  await db.transaction(async (tx) => {
    // TRUNCATE bypasses the audit trail's row triggers, which is what a restore must do.
    const names = TABLES.map((table) => `"${getTableName(table)}"`).join(', ');
    await tx.execute(sql.raw(`truncate table ${names}`));
    for (const table of TABLES) {
      const rows = (data.tables[getTableName(table)] ?? []).map((row) => revive(table, row));
      for (let i = 0; i < rows.length; i += 500) {
        await tx.insert(table).values(rows.slice(i, i + 500));
      }
    }
    if (afterRestore) await afterRestore(tx);
  });
}

/** JSON turned Date columns into strings; turn them back. */
function revive(table: PgTable, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = out[key];
    if (column.dataType === 'date' && typeof value === 'string') out[key] = new Date(value);
  }
  return out;
}
