import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where the shared benchmark data lives (../shared/data beside the repository, or LIONROCK_DATA).
 * Exits non-zero with a clear message when it is missing: benchmark figures must never be made up
 * from partial data.
 */
export function requireDataDir(): string {
  const dir = resolve(process.env.LIONROCK_DATA ?? resolve(import.meta.dirname, '../../../shared/data'));
  if (
    !existsSync(resolve(dir, 'injection')) ||
    !existsSync(resolve(dir, 'pii')) ||
    !existsSync(resolve(dir, 'phishing'))
  ) {
    process.stderr.write(
      `guard data not found at ${dir}: the benchmark reads ../shared/data (injection/, pii/, phishing/, faq/).\n` +
        'Put the shared data folder beside the repository or set LIONROCK_DATA.\n',
    );
    process.exit(2);
  }
  return dir;
}
