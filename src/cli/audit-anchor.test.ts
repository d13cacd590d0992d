import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { desc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, openStore } from '../store/index.ts';
import { run } from './cli-harness.ts';

/** Item 12 of issue 12: a database writer cannot rewrite the audit trail unnoticed. */

// Each step runs the CLI in a child process; seeding alone took over a minute on a loaded two-core machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

/** As someone with write access to the database would: the append-only trigger out of the way. */
async function asDatabaseWriter(dataDir: string, ...statements: string[]): Promise<void> {
  const store = await openStore({ dataDir });
  try {
    await store.db.execute(sql.raw('alter table audit_log disable trigger audit_log_append_only'));
    for (const statement of statements) await store.db.execute(sql.raw(statement));
    await store.db.execute(sql.raw('alter table audit_log enable trigger audit_log_append_only'));
  } finally {
    await store.close();
  }
}

async function lastEntry(dataDir: string) {
  const store = await openStore({ dataDir });
  try {
    const [entry] = await store.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    return entry;
  } finally {
    await store.close();
  }
}

describe('lionrock audit verify and restore check the anchor outside the database', () => {
  let dir: string;
  let seeded: string;
  let entries: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lionrock-anchor-cli-'));
    seeded = join(dir, 'seeded');
    await run(['seed'], seeded);
    const verdict = JSON.parse((await run(['audit', 'verify', '--json'], seeded)).stdout);
    entries = verdict.entries;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the seeded folder (database, key and anchor) for one test to attack. */
  function copy(name: string): string {
    const target = join(dir, name);
    cpSync(seeded, target, { recursive: true });
    return target;
  }

  it('every command anchors what it appended', async () => {
    const verdict = JSON.parse((await run(['audit', 'verify', '--json'], seeded)).stdout);
    expect(verdict).toMatchObject({ ok: true, anchor: { anchored: true, ok: true, latest: { seq: entries } } });
  });

  it('reports the last entry deleted and the head rewound (exit 1)', async () => {
    const data = copy('rewound');
    await asDatabaseWriter(
      data,
      `delete from audit_log where seq = ${entries}`,
      `update audit_head set seq = ${entries - 1}, hash = (select hash from audit_log where seq = ${entries - 1})`,
    );
    const result = await run(['audit', 'verify'], data);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `BROKEN at entry ${entries} \\(truncated\\).*entries ${entries}\\.\\.${entries} were removed and the head rewound`,
      ),
    );
  });

  it('reports an edited entry (exit 1)', async () => {
    const data = copy('edited');
    await asDatabaseWriter(data, `update audit_log set action = 'nothing.happened' where seq = 2`);
    const result = await run(['audit', 'verify'], data);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/BROKEN at entry 2/);
  });

  it('reports a forged checkpoint (exit 1)', async () => {
    const data = copy('forged');
    const file = join(data, 'audit-anchor.jsonl');
    const [line] = readFileSync(file, 'utf8').trim().split('\n');
    writeFileSync(file, `${JSON.stringify({ ...JSON.parse(line ?? '{}'), seq: 1 })}\n`, { flag: 'a' });
    const result = await run(['audit', 'verify'], data);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/\(signature\).*forged or altered/);
  });

  it('restore refuses a tampered backup, and --force restores it and records that it was forced', async () => {
    const data = copy('restore');
    const file = join(dir, 'backup.json');
    expect((await run(['backup', file], data)).code).toBe(0);
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    backup.tables.audit_log[1].action = 'nothing.happened';
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(backup));
    const before = await lastEntry(data);

    const refused = await run(['restore', tampered, '--yes'], data);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/fails verification, nothing was changed:\n.*entry 2 was altered/);
    expect(await lastEntry(data)).toEqual(before);

    const forced = await run(['restore', tampered, '--yes', '--force'], data);
    expect(forced.code, forced.stderr).toBe(0);
    const restored = await lastEntry(data);
    expect(restored).toMatchObject({ action: 'system.restore', actorId: 'cli' });
    expect(restored?.after).toMatchObject({ forced: true, problems: [expect.stringMatching(/entry 2 was altered/)] });
  });

  it('restore refuses a backup whose chain was rewritten whole (rehashed), which only the anchor shows', async () => {
    const data = copy('rehashed');
    const file = join(dir, 'rehash-source.json');
    await run(['backup', file], data);
    // The backup's chain is self-consistent: take another installation's chain of the same length.
    const other = join(dir, 'other');
    await run(['seed'], other);
    const foreign = join(dir, 'foreign.json');
    await run(['backup', foreign], other);
    const refused = await run(['restore', foreign, '--yes'], data);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/anchor \(rewritten\)/);
  });

  it('restoring a good older backup is accepted and verifies afterwards', async () => {
    const data = copy('older');
    const file = join(dir, 'older.json');
    await run(['backup', file], data);
    await run(['keys', 'create', '--department', 'demo', '--role', 'editor', '--name', 'later'], data);
    const restored = await run(['restore', file, '--yes'], data);
    expect(restored.code, restored.stderr).toBe(0);
    const verdict = await run(['audit', 'verify', '--json'], data);
    expect(JSON.parse(verdict.stdout)).toMatchObject({ ok: true, entries: entries + 1, anchor: { ok: true } });
  });
});
