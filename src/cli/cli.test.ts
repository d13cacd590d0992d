import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../store/index.ts';
import { run, serve } from './cli-harness.ts';

/** The `lionrock` command line is a contract: these tests run the real binary on a real data folder. */

vi.setConfig({ testTimeout: 300_000 });

describe('lionrock CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lionrock-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['serve', 'migrate', 'seed', 'backup', 'restore', 'audit verify', 'keys create', 'keys revoke'])(
    '%s --help explains itself',
    async (command) => {
      const result = await run([...command.split(' '), '--help'], join(dir, 'help'));
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: lionrock /);
    },
  );

  it('migrates, seeds once, manages keys, backs up, restores and verifies the audit trail', async () => {
    const data = join(dir, 'life');
    expect((await run(['migrate'], data)).stdout).toMatch(/up to date/);
    const seeded = await run(['seed'], data);
    expect(seeded.stdout).toMatch(/^Admin API key: lr_[\w-]{43}$/m);
    expect((await run(['seed'], data)).stdout).toMatch(/nothing seeded/);

    const created = await run(
      ['keys', 'create', '--department', 'demo', '--role', 'service', '--name', 'ci bot', '--json'],
      data,
    );
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout) as { id: string; key: string; prefix: string };
    expect(key.key.startsWith(key.prefix)).toBe(true);
    const revoked = await run(['keys', 'revoke', key.prefix], data);
    expect(revoked.stdout).toContain(`Revoked key ${key.prefix}`);
    expect((await run(['keys', 'revoke', key.prefix], data)).code).toBe(1);
    expect((await run(['keys', 'revoke', 'lr_nosuchkey'], data)).stderr).toMatch(/no API key/);

    const intact = /intact: (\d+) entries/.exec((await run(['audit', 'verify'], data)).stdout);
    const entries = Number(intact?.[1]);
    expect(entries).toBeGreaterThan(5);

    const file = join(dir, 'backup.json');
    expect((await run(['backup', file], data)).stdout).toMatch(/Backed up \d+ rows from \d+ tables/);
    const refused = await run(['restore', file], join(dir, 'restored'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--yes/);
    expect((await run(['restore', file, '--yes'], join(dir, 'restored'))).code).toBe(0);
    const verdict = await run(['audit', 'verify', '--json'], join(dir, 'restored'));
    expect(JSON.parse(verdict.stdout)).toMatchObject({ ok: true, entries: entries + 1 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'lionrock-backup/1' });
  });

  it('audit verify exits 1 and names the entry someone edited in the database', async () => {
    const data = join(dir, 'tamper');
    await run(['seed'], data);
    const store = await openStore({ dataDir: data });
    await store.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await store.db.execute(sql`update audit_log set action = 'nothing.happened' where seq = 2`);
    await store.close();
    const result = await run(['audit', 'verify'], data);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/BROKEN at entry 2/);
  });

  it('refuses a bad configuration, naming the variable', async () => {
    const result = await run(['migrate'], join(dir, 'bad'), { PORT: 'eighty' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/port \(env PORT\)/);
  });

  it('serve prints the URL and the admin key once, serves the API and shuts down gracefully', async () => {
    const data = join(dir, 'serve');
    const first = serve(data);
    const { url, output } = await first.ready;
    // The first start says what it is doing, step by step with timings, before it listens.
    const steps = [
      /^Migrating the database…$/m,
      /^Migrated the database in \d+\.\d s$/m,
      /^Seeding the demo department and admin…$/m,
      /^Seeding the demo bots \(importing their FAQs\)…$/m,
      /^Seeded the demo bots in \d+\.\d s$/m,
      /^Loading the knowledge index and starting the API…$/m,
      /^Started the API in \d+\.\d s$/m,
      /^LionRock listening on /m,
    ];
    const at = steps.map((step) => output().search(step));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const key = /Admin API key: (\S+)/.exec(output())?.[1];
    expect(key).toMatch(/^lr_/);
    const me = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(me.status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = serve(data);
    const again = await second.ready;
    expect(again.output()).not.toMatch(/Admin API key|Seeding the demo bots/);
    expect(again.output()).toMatch(/^Migrated the database in /m);
    expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('serve uses LIONROCK_ADMIN_KEY for the seeded admin', async () => {
    const adminKey = 'lr_operator-chosen-key-0123456789abcdef';
    const server = serve(join(dir, 'preset'), { LIONROCK_ADMIN_KEY: adminKey });
    const { url, output } = await server.ready;
    expect(output()).not.toContain(adminKey);
    const me = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${adminKey}` } });
    expect(((await me.json()) as { user: { roles: string[] } }).user.roles).toEqual(['platform_admin']);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});

describe('lionrock kb', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lionrock-kb-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a file as a draft, publishes it as another user, lists it, and treats a re-import as unchanged', async () => {
    const data = join(dir, 'data');
    await run(['seed'], data);
    const faq = join(dir, 'dog.jsonl');
    writeFileSync(faq, '{"id":"fee","question":"狗牌幾錢？","answer":"港幣 80 元。"}\n');
    const imported = await run(['kb', 'import', faq, '--department', 'demo', '--json'], data);
    expect(imported.code, imported.stderr).toBe(0);
    const draft = JSON.parse(imported.stdout) as { outcome: string; versionId: string; version: number };
    expect(draft).toMatchObject({ outcome: 'created', version: 1 });

    const approver = JSON.parse(
      (
        await run(
          ['keys', 'create', '--department', 'demo', '--role', 'approver', '--name', 'approver', '--json'],
          data,
        )
      ).stdout,
    ) as { userId: string; key: string };
    const editor = JSON.parse(
      (await run(['keys', 'create', '--department', 'demo', '--role', 'editor', '--name', 'editor', '--json'], data))
        .stdout,
    ) as { userId: string; key: string };
    const notAllowed = await run(['kb', 'publish', draft.versionId], data, { LIONROCK_API_KEY: editor.key });
    expect(notAllowed.code).toBe(1);
    expect(notAllowed.stderr).toMatch(/Only an approver/);
    const published = await run(['kb', 'publish', draft.versionId, '--as', approver.userId], data, {
      LIONROCK_API_KEY: approver.key,
    });
    expect(published.stdout).toMatch(/Published version 1/);

    expect((await run(['kb', 'list', '--department', 'demo'], data)).stdout).toMatch(
      /faq\s+published v1\s+dog \(dog\.jsonl\)/,
    );
    expect((await run(['kb', 'import', faq, '--department', 'demo'], data)).stdout).toMatch(
      /Unchanged: dog\.jsonl is already version 1/,
    );
    expect((await run(['kb', 'import', join(dir, 'missing.pdf'), '--department', 'demo'], data)).stderr).toMatch(
      /cannot read/,
    );
    expect((await run(['audit', 'verify'], data)).code).toBe(0);
  }, 300_000);
});
