import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from './database.ts';
import { migrate } from './migrate.ts';

/**
 * A fresh, migrated, empty database for one test file: PGlite in memory by default, or — when
 * `DATABASE_URL` is set (CI) — a new database on that PostgreSQL server, dropped on close. The
 * same suites thus run unchanged on both.
 */
export async function openTestStore(): Promise<Store> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const store = await openStore({ memory: true });
    await migrate(store);
    return store;
  }
  const name = `lionrock_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: target.toString() });
  await migrate(store);
  return {
    ...store,
    close: async () => {
      await store.close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
