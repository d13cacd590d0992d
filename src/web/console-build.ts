import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The console's sources (React + Vite) and where their build goes. */
export const CONSOLE_ROOT = resolve(import.meta.dirname, '../../console');
export const CONSOLE_DIST = join(CONSOLE_ROOT, 'dist');

/** Newest modification time under `path` (a file or a folder, followed recursively). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether the console needs building: no build yet, or a source newer than the build. */
export function consoleBuildIsStale(): boolean {
  const built = join(CONSOLE_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestMtime(join(CONSOLE_ROOT, 'src')),
    newestMtime(join(CONSOLE_ROOT, 'index.html')),
    newestMtime(join(CONSOLE_ROOT, 'vite.config.ts')),
  );
  return sources > statSync(built).mtimeMs;
}

/**
 * Builds the console with Vite when it is missing or older than its sources, so `npm start` needs no
 * separate build step. Builds into a private folder and swaps it in, so a server (or a second test
 * worker) never serves a half-written build.
 *
 * @returns whether it built
 */
export async function ensureConsoleBuilt(): Promise<boolean> {
  if (!consoleBuildIsStale()) return false;
  const { build } = await import('vite');
  const staging = join(CONSOLE_ROOT, `.dist-${process.pid}-${Date.now()}`);
  try {
    await build({
      configFile: join(CONSOLE_ROOT, 'vite.config.ts'),
      build: { outDir: staging, emptyOutDir: true },
      logLevel: 'warn',
    });
    const previous = `${staging}-old`;
    if (existsSync(CONSOLE_DIST)) renameSync(CONSOLE_DIST, previous);
    renameSync(staging, CONSOLE_DIST);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return true;
}
