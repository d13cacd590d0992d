import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';

/** What the lock file holds: enough for an operator to find the process that holds the folder. */
export interface LockOwner {
  pid: number;
  host: string;
  /** e.g. `lionrock serve`; never the command's arguments (they may hold an API key). */
  command: string;
  startedAt: string;
  /** The port a server listens on, once it does. */
  port?: number;
  /** Tells this opener's lock from another one in the same process. */
  token: string;
}

/** A second process (or a second open in this one) wanted a PGlite folder that is in use. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly lockFile: string,
    readonly owner: LockOwner,
  ) {
    const port = owner.port === undefined ? '' : `, listening on port ${owner.port}`;
    super(
      `the data folder ${resolve(lockFile, '..')} is in use by another LionRock process ` +
        `(pid ${owner.pid} on ${owner.host}: "${owner.command}"${port}, since ${owner.startedAt}). ` +
        'The embedded database takes one process at a time: stop that process first, or make the change ' +
        `through its API. If no such process runs, delete ${lockFile}.`,
    );
  }
}

/** A held lock: update what it says (the port), release it. */
export interface DataDirLock {
  readonly file: string;
  update(patch: Pick<LockOwner, 'port'>): void;
  release(): void;
}

const LOCK_FILE = 'lionrock.lock';

/**
 * Takes the exclusive lock on a PGlite data folder, or throws {@link DataDirLockedError} naming
 * the holder. PGlite has no lock of its own: two processes on one folder each keep their own
 * copy of the database in memory and the last to close overwrites the other's writes.
 *
 * The lock file is written whole beside and then hard-linked into place, which fails if it exists
 * (atomic, like O_EXCL, and never seen half written). A lock left by a process that died on this
 * host is taken over; one from another host (a shared folder) is never guessed at.
 * Released on `release()` and, failing that, when the process exits.
 *
 * @example const lock = acquireDataDirLock('./.lionrock', 'lionrock serve'); … lock.release();
 */
export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  const file = resolve(dataDir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    command,
    startedAt: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; ; attempt += 1) {
    if (writeExclusive(file, owner)) break;
    const holder = readOwner(file);
    if (holder === 'gone') continue;
    if (holder !== 'unreadable' && !isStale(holder)) throw new DataDirLockedError(file, holder);
    // Dead holder: move its lock aside (rename is atomic, so only one taker wins) and try again.
    if (attempt >= 3) throw new DataDirLockedError(file, holder === 'unreadable' ? unknownOwner() : holder);
    removeIfSame(file, holder);
  }
  let held = true;
  const onExit = () => release();
  process.once('exit', onExit);
  function release(): void {
    if (!held) return;
    held = false;
    process.removeListener('exit', onExit);
    const current = readOwner(file);
    if (typeof current === 'object' && current.token === owner.token) unlinkSync(file);
  }
  return {
    file,
    update(patch) {
      if (!held) return;
      Object.assign(owner, patch);
      const temp = `${file}.${owner.token}.tmp`;
      writeFileSync(temp, JSON.stringify(owner), { mode: 0o600 });
      renameSync(temp, file);
    },
    release,
  };
}

function writeExclusive(file: string, owner: LockOwner): boolean {
  const temp = `${file}.${owner.token}.tmp`;
  writeFileSync(temp, JSON.stringify(owner), { mode: 0o600 });
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

function readOwner(file: string): LockOwner | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as LockOwner;
    return Number.isInteger(parsed.pid) && typeof parsed.host === 'string' ? parsed : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Only a lock from this host whose process is gone is stale: a pid elsewhere tells us nothing. */
function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Removes the stale lock only if it is still the one judged stale (another taker may have won). */
function removeIfSame(file: string, judged: LockOwner | 'unreadable'): void {
  const aside = `${file}.${randomBytes(6).toString('hex')}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  const same =
    judged === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.token === judged.token;
  if (!same) {
    // Someone took the folder between our read and our rename: put their lock back.
    try {
      linkSync(aside, file);
    } catch {
      // They are gone again, or a third opener holds it now; either way that lock is the live one.
    }
  }
  unlinkSync(aside);
}

function unknownOwner(): LockOwner {
  return { pid: 0, host: 'unknown', command: 'unknown', startedAt: 'unknown', token: '' };
}
