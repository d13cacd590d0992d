import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog, knowledgeVersions, openStore } from '../store/index.ts';
import { run, serve } from './cli-harness.ts';

/** Item 10 of issue 12: the CLI never writes behind a running server's back, nor as someone else. */

vi.setConfig({ testTimeout: 240_000 });

describe('one process per embedded data folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lionrock-lock-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a CLI write while the server runs exits 2 naming the server, and changes nothing', async () => {
    const data = join(dir, 'busy');
    const faq = join(dir, 'dog.jsonl');
    writeFileSync(faq, '{"id":"fee","question":"狗牌幾錢？","answer":"港幣 80 元。"}\n');
    const server = serve(data);
    const { url, output } = await server.ready;
    const key = /Admin API key: (\S+)/.exec(output())?.[1];
    const port = new URL(url).port;

    const refused = await run(['kb', 'import', faq, '--department', 'demo', '--json'], data);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/data folder .* is in use by another LionRock process/);
    expect(refused.stderr).toContain(
      `pid ${server.child.pid} on ${hostname()}: "lionrock serve", listening on port ${port}`,
    );

    const sources = await fetch(`${url}/api/v1/knowledge/sources`, { headers: { authorization: `Bearer ${key}` } });
    expect(sources.status).toBe(200);
    const demoSources = ((await sources.json()) as { items: unknown[] }).items;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(existsSync(join(data, 'lionrock.lock'))).toBe(false);

    // Once the server has stopped the CLI works, and only its own import is there.
    const imported = await run(['kb', 'import', faq, '--department', 'demo', '--json'], data);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ outcome: 'created', version: 1 });
    const listed = JSON.parse((await run(['kb', 'list', '--json'], data)).stdout) as unknown[];
    expect(listed).toHaveLength(demoSources.length + 1);
    expect((await run(['audit', 'verify'], data)).code).toBe(0);
  });

  it('takes over the lock a killed process left behind', async () => {
    const data = join(dir, 'stale');
    expect((await run(['migrate'], data)).code).toBe(0);
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout);
    const lock = { pid: dead, host: hostname(), command: 'lionrock serve', startedAt: 'earlier', token: 'dead' };
    writeFileSync(join(data, 'lionrock.lock'), JSON.stringify(lock));
    const migrated = await run(['migrate'], data);
    expect(migrated.code, migrated.stderr).toBe(0);
    expect(existsSync(join(data, 'lionrock.lock'))).toBe(false);
  });
});

describe('kb publish acts only as the owner of the key it is given', () => {
  let dir: string;
  let data: string;
  let faq: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lionrock-as-'));
    data = join(dir, 'data');
    faq = join(dir, 'faq.jsonl');
    await run(['seed'], data);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function keyFor(role: string): Promise<{ userId: string; key: string }> {
    const created = await run(
      ['keys', 'create', '--department', 'demo', '--role', role, '--name', role, '--json'],
      data,
    );
    return JSON.parse(created.stdout) as { userId: string; key: string };
  }

  async function draft(question: string, extra: Record<string, string> = {}): Promise<string> {
    writeFileSync(faq, `${JSON.stringify({ id: question, question, answer: 'Yes.' })}\n`);
    const imported = await run(
      ['kb', 'import', faq, '--department', 'demo', '--title', question, '--json'],
      data,
      extra,
    );
    expect(imported.code, imported.stderr).toBe(0);
    return (JSON.parse(imported.stdout) as { versionId: string }).versionId;
  }

  async function reviewerOf(versionId: string) {
    const store = await openStore({ dataDir: data });
    try {
      const [version] = await store.db.select().from(knowledgeVersions).where(eq(knowledgeVersions.id, versionId));
      const [entry] = await store.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
      return { status: version?.status, reviewerId: version?.reviewerId, lastActor: entry?.actorId };
    } finally {
      await store.close();
    }
  }

  it('--as without that person’s key is refused and publishes nothing', async () => {
    const approver = await keyFor('approver');
    const versionId = await draft('Can I pay by card?');
    const result = await run(['kb', 'publish', versionId, '--as', approver.userId], data);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs their API key/);
    expect(await reviewerOf(versionId)).toMatchObject({ status: 'draft', reviewerId: null });
  });

  it('with a key the owner publishes, recorded as them; --as must name the owner', async () => {
    const approver = await keyFor('approver');
    const other = await keyFor('approver');
    const versionId = await draft('Is there a late fee?');
    const mismatch = await run(['kb', 'publish', versionId, '--as', other.userId], data, {
      LIONROCK_API_KEY: approver.key,
    });
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(/not the owner of the API key/);
    const bad = await run(['kb', 'publish', versionId, '--key', 'lr_not-a-real-key-0123456789abcdefghijklmnop'], data);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/API key was refused/);
    const published = await run(['kb', 'publish', versionId, '--key', approver.key], data);
    expect(published.code, published.stderr).toBe(0);
    expect(await reviewerOf(versionId)).toEqual({
      status: 'published',
      reviewerId: approver.userId,
      lastActor: approver.userId,
    });
  });

  it('without a key the operator acts as the operator, and maker-checker holds for them too', async () => {
    const own = await draft('Do you open on Sundays?');
    const selfReview = await run(['kb', 'publish', own], data);
    expect(selfReview.code).toBe(1);
    expect(selfReview.stderr).toMatch(/Maker-checker/);

    const editor = await keyFor('editor');
    const theirs = await draft('Where is the office?', { LIONROCK_API_KEY: editor.key });
    const published = await run(['kb', 'publish', theirs], data);
    expect(published.code, published.stderr).toBe(0);
    expect(await reviewerOf(theirs)).toEqual({ status: 'published', reviewerId: 'cli', lastActor: 'cli' });
  });
});
