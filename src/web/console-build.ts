import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
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
  // One build at a time (test workers, two servers on one checkout): the others wait, then find it fresh.
  const release = await takeBuildLock();
  try {
    if (!consoleBuildIsStale()) return false;
    await buildInto();
    return true;
  } finally {
    release();
  }
}

const LOCK = join(CONSOLE_ROOT, '.build-lock');
/** A build left behind by a killed process holds the lock no longer than this. */
const LOCK_STALE_MS = 5 * 60_000;

async function takeBuildLock(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const takenAt = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - takenAt > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function buildInto(): Promise<void> {
  const { build } = await import('vite');
  const staging = join(CONSOLE_ROOT, `.dist-${process.pid}-${Date.now()}`);
  // Under Vitest NODE_ENV is 'test', and Vite would then compile JSX for React's development runtime
  // (jsxDEV) while bundling production React: the console renders nothing. A build is for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(CONSOLE_ROOT, 'vite.config.ts'),
      mode: 'production',
      build: { outDir: staging, emptyOutDir: true },
      logLevel: 'warn',
    });
    const previous = `${staging}-old`;
    if (existsSync(CONSOLE_DIST)) renameSync(CONSOLE_DIST, previous);
    renameSync(staging, CONSOLE_DIST);
    rmSync(previous, { recursive: true, force: true });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
    rmSync(staging, { recursive: true, force: true });
  }
}
