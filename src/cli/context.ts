import { anchorPathsFrom, openCheckpointer } from '../audit/index.ts';
import { AppError, type Config, ConfigError, loadConfig } from '../core/index.ts';
import { bilingual } from './bilingual.ts';
import { DataDirLockedError, migrate, openStore, type Store, storeOptionsFrom } from '../store/index.ts';

/** Thrown by commands for a failure the operator can fix; printed without a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

let commandName = 'lionrock';

/** Records the running command (`lionrock kb import`), which a data folder's lock names as its holder. */
export function setCommandName(name: string): void {
  commandName = name;
}

/** The configured database, locked for this process when it is the embedded one. */
export function openConfiguredStore(config: Config): Promise<Store> {
  const options = storeOptionsFrom(config);
  return openStore('dataDir' in options ? { ...options, command: commandName } : options);
}

/**
 * Loads the configuration and opens (and migrates) the configured database for one command.
 * Whatever the command appended to the audit trail is then checkpointed to the anchor.
 */
export async function withStore<T>(run: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = await openConfiguredStore(config);
  try {
    await migrate(store);
    return await run(store, config);
  } finally {
    try {
      await (await openCheckpointer(store.db, anchorPathsFrom(config))).checkpoint();
    } catch (error) {
      process.stderr.write(`lionrock: warning: could not write the audit checkpoint: ${(error as Error).message}\n`);
    }
    await store.close();
  }
}

/**
 * Prints a failure for a human and sets the exit code; never a stack trace for expected errors. A
 * service's refusal (AppError) is expected too: its reason in both languages (see bilingual.ts), exit 1.
 */
export function reportFailure(error: unknown): void {
  if (error instanceof CliError || error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`lionrock: ${error.message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 2;
    return;
  }
  if (error instanceof AppError && error.code !== 'internal') {
    process.stderr.write(`lionrock: ${bilingual(error.reason)}\n`);
    process.exitCode = 1;
    return;
  }
  process.stderr.write(
    `lionrock: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
