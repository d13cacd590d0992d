import { type Config, ConfigError, loadConfig } from '../core/index.ts';
import { migrate, openStore, type Store, storeOptionsFrom } from '../store/index.ts';

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

/** Loads the configuration and opens (and migrates) the configured database for one command. */
export async function withStore<T>(run: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = await openStore(storeOptionsFrom(config));
  try {
    await migrate(store);
    return await run(store, config);
  } finally {
    await store.close();
  }
}

/** Prints a failure for a human and sets the exit code; never a stack trace for expected errors. */
export function reportFailure(error: unknown): void {
  if (error instanceof CliError || error instanceof ConfigError) {
    process.stderr.write(`lionrock: ${error.message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 2;
    return;
  }
  process.stderr.write(
    `lionrock: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
