export { openStore, type Db, type Tx, type Executor, type Store, type StoreOptions } from './database.ts';
export { acquireDataDirLock, DataDirLockedError, type DataDirLock, type LockOwner } from './data-dir-lock.ts';
export { migrate, isMigrated, MIGRATIONS_FOLDER } from './migrate.ts';
export { backup, restore, BACKUP_FORMAT, type Backup } from './backup.ts';
export * from './schema.ts';
export { storeOptionsFrom } from './store-options.ts';
export { rawRows } from './raw-rows.ts';
export { chainStatements, jsonRowsInsert } from './json-rows-insert.ts';
export { openTestStore } from './test-store.ts';
