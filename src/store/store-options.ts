import type { Config } from '../core/index.ts';
import type { StoreOptions } from './database.ts';

/** PostgreSQL when `DATABASE_URL` is configured, else the embedded database in the data folder. */
export function storeOptionsFrom(config: Pick<Config, 'databaseUrl' | 'dataDir'>): StoreOptions {
  return config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir };
}
