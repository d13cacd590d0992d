import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import { openPglite } from './pglite-client.ts';
import * as schema from './schema.ts';

type Schema = typeof schema;

/** The query interface shared by the PGlite and PostgreSQL drivers. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction: what every multi-row change and its audit entry run inside. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either: functions that only read or that join a caller's transaction take this. */
export type Executor = Db | Tx;

/** An open database plus what to call to close it. */
export interface Store {
  readonly db: Db;
  /** `pglite` (embedded) or `postgres`. */
  readonly kind: 'pglite' | 'postgres';
  /** Human-readable location, with any password hidden. */
  readonly location: string;
  /** The exclusive lock on a PGlite data folder (null in memory and on PostgreSQL). */
  readonly lock: DataDirLock | null;
  close(): Promise<void>;
}

export type StoreOptions =
  | { databaseUrl: string }
  /** `command` is what the data folder's lock names as its holder (default: this process's script). */
  | { dataDir: string; command?: string }
  | { memory: true };

/**
 * Opens PostgreSQL when a URL is given, else PGlite in `dataDir` (created if missing) or in memory.
 * A data folder is locked for this process until `close()`: a second opener gets a
 * `DataDirLockedError` naming the holder (PGlite would let both write and keep only one's changes).
 *
 * @example const store = await openStore({ dataDir: './.lionrock' });
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if ('databaseUrl' in options) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process:
    // the pool discards it and the next query opens a new one.
    pool.on('error', () => undefined);
    // A bad URL or a stopped server should fail at start, not on the first request.
    const client = await pool.connect();
    client.release();
    return {
      db: drizzlePg(pool, { schema }) as unknown as Db,
      kind: 'postgres',
      location: redactUrl(options.databaseUrl),
      lock: null,
      close: () => pool.end(),
    };
  }
  if (!('dataDir' in options)) {
    const client = await openPglite();
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      kind: 'pglite',
      location: 'memory',
      lock: null,
      close: () => client.close(),
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const lock = acquireDataDirLock(options.dataDir, options.command ?? defaultCommand());
  const dataDir = resolve(options.dataDir, 'pgdata');
  let client: Awaited<ReturnType<typeof openPglite>>;
  try {
    mkdirSync(dataDir, { recursive: true });
    client = await openPglite(dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    location: dataDir,
    lock,
    close: async () => {
      try {
        await client.close();
      } finally {
        lock.release();
      }
    },
  };
}

function defaultCommand(): string {
  return [process.argv0, ...process.argv.slice(1, 2).map((path) => basename(path))].join(' ');
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}
