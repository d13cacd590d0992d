import type { Db, Tx } from '../store/index.ts';

// Per database handle: how many changes to providers, allow-lists or quotas this process made.
const generations = new WeakMap<Db, number>();

/** The number of routing changes made through this process on this database handle so far. */
export function routingGeneration(db: Db): number {
  return generations.get(db) ?? 0;
}

/**
 * Runs a change to providers, allow-lists or quotas in a transaction, then tells this process's
 * gateway caches (which compare {@link routingGeneration} on every read) to drop what they hold.
 */
export async function changeRouting<T>(db: Db, change: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(change);
  } finally {
    generations.set(db, routingGeneration(db) + 1);
  }
}
