import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.ts';
import { openStore } from './database.ts';

/** A pid that belonged to a process that has exited (a lock it left behind is stale). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the PGlite data folder lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lionrock-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second holder, naming the first, until the first releases', () => {
    const first = acquireDataDirLock(dir, 'lionrock serve');
    first.update({ port: 8123 });
    let refused: unknown;
    try {
      acquireDataDirLock(dir, 'lionrock kb import');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect((refused as Error).message).toMatch(
      new RegExp(`pid ${process.pid} on .*"lionrock serve", listening on port 8123`),
    );
    first.release();
    expect(existsSync(first.file)).toBe(false);
    acquireDataDirLock(dir, 'lionrock kb import').release();
  });

  it('takes over a lock left by a process that died on this host', () => {
    const file = join(dir, 'lionrock.lock');
    const stale = { pid: deadPid(), host: hostname(), command: 'lionrock serve', startedAt: 'x', token: 'old' };
    writeFileSync(file, JSON.stringify(stale));
    const lock = acquireDataDirLock(dir, 'lionrock migrate');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, command: 'lionrock migrate' });
    lock.release();
  });

  it('never guesses about a lock held on another host', () => {
    const other = { pid: deadPid(), host: `not-${hostname()}`, command: 'lionrock serve', startedAt: 'x', token: 'o' };
    writeFileSync(join(dir, 'lionrock.lock'), JSON.stringify(other));
    expect(() => acquireDataDirLock(dir, 'lionrock migrate')).toThrow(DataDirLockedError);
  });

  it('openStore holds the lock while open and gives it back on close', async () => {
    const store = await openStore({ dataDir: dir, command: 'test' });
    await expect(openStore({ dataDir: dir })).rejects.toThrow(/in use by another LionRock process/);
    await store.close();
    const again = await openStore({ dataDir: dir });
    await again.close();
  }, 60_000);
});
