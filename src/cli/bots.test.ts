import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Principal } from '../access/index.ts';
import { buildApp } from '../api/index.ts';
import { satisfyGoLiveGateAs } from '../api/testing/satisfy-go-live-gate.ts';
import { configSchema } from '../core/index.ts';
import { extractSource, importIntoKnowledge, reviewVersion } from '../knowledge/index.ts';
import { aiApplications, auditLog, openStore, users } from '../store/index.ts';
import { run } from './cli-harness.ts';

/** `lionrock bots` (issue 13 item 19): the real binary on a real data folder. */

vi.setConfig({ testTimeout: 300_000 });

const CONFIG = {
  name: { zh: '狗隻牌照助手', en: 'Dog licence assistant' },
  greeting: { zh: '你好', en: 'Hello' },
  disclosure: { zh: '你正與人工智能對話。', en: 'You are talking to AI.' },
  fallback: { zh: '請致電 1823。', en: 'Please call 1823.' },
  threshold: 0.4,
};

describe('lionrock bots', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lionrock-bots-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a bot from a file as the key owner, refuses a bad file naming the field, publishes and lists it', async () => {
    const data = join(dir, 'data');
    await run(['seed'], data);
    const key = async (role: string) =>
      JSON.parse(
        (await run(['keys', 'create', '--department', 'demo', '--role', role, '--name', role, '--json'], data)).stdout,
      ) as { userId: string; key: string };
    const editor = await key('editor');
    const approver = await key('approver');

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'dog-bot', config: { ...CONFIG, threshold: 2, colour: 'red' } }));
    const refused = await run(['bots', 'create', bad], data, { LIONROCK_API_KEY: editor.key });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/config\.threshold: /);
    expect(refused.stderr).toMatch(/config\.colour: /);

    const file = join(dir, 'dog-bot.json');
    writeFileSync(file, JSON.stringify({ id: 'dog-bot', config: CONFIG }));
    const created = await run(['bots', 'create', file, '--json'], data, { LIONROCK_API_KEY: editor.key });
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toEqual({ id: 'dog-bot', department: 'demo', version: 1, status: 'draft' });
    expect((await run(['bots', 'create', file], data, { LIONROCK_API_KEY: editor.key })).stderr).toMatch(
      /already exists/,
    );

    const notAllowed = await run(['bots', 'publish', 'dog-bot'], data, { LIONROCK_API_KEY: editor.key });
    expect(notAllowed.code).toBe(1);
    expect(notAllowed.stderr).toMatch(/may not bot publish/);
    // The CLI publishes through the same go-live gate as the API: refused, every unmet condition listed.
    const gated = await run(['bots', 'publish', 'dog-bot'], data, { LIONROCK_API_KEY: approver.key });
    expect(gated.code).toBe(1);
    expect(gated.stderr).toMatch(/cannot go live/);
    expect(gated.stderr).toMatch(/✗ deployment_assessment_complete: There is no deployment-stage assessment/);
    expect(gated.stderr).toMatch(/沒有部署階段評估/);
    expect(gated.stderr).toMatch(/✗ evaluations_passed: /);
    await satisfyGateInProcess(data, 'dog-bot', {
      preparer: (await key('dept_admin')).userId,
      owner: editor.userId,
      assurance: (await key('assurance_reviewer')).userId,
      approver: approver.userId,
    });
    const published = await run(['bots', 'publish', 'dog-bot', '--as', approver.userId], data, {
      LIONROCK_API_KEY: approver.key,
    });
    expect(published.stdout).toBe('Published version 1 of bot dog-bot.\n');

    const listed = JSON.parse((await run(['bots', 'list', '--json'], data)).stdout) as { id: string }[];
    expect(listed).toContainEqual({
      id: 'dog-bot',
      department: 'demo',
      publishedVersion: 1,
      latestVersion: 1,
      status: 'published',
      name: CONFIG.name,
    });
    expect((await run(['bots', 'list', '--department', 'demo'], data)).stdout).toMatch(
      /^dog-bot\s+demo\s+published v1\s+Dog licence assistant \/ 狗隻牌照助手$/m,
    );

    // Recorded as the people whose keys were used, not as the operator.
    const store = await openStore({ dataDir: data });
    const actors = await store.db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'bot'), eq(auditLog.entityId, 'dog-bot')))
      // In the order they happened: without it PostgreSQL may return them in any order.
      .orderBy(auditLog.seq);
    // Every LionRock bot is an AI application (issue #16), owned by whoever created it.
    const [application] = await store.db.select().from(aiApplications).where(eq(aiApplications.botId, 'dog-bot'));
    await store.close();
    // Publishing through the gate is the application's go-live.
    expect(application).toMatchObject({ type: 'lionrock_bot', status: 'live', ownerId: editor.userId });
    expect(actors).toEqual([
      { action: 'bot.create', actorId: editor.userId },
      { action: 'bot.publish', actorId: approver.userId },
    ]);
  });
});

/**
 * Meets the go-live gate for `botId` through the real governance services, in this process on the
 * CLI's data folder (no CLI running): a department FAQ for golden Q&A to ask about, a complete
 * deployment assessment prepared by `preparer`, endorsed by the owner and the assurance reviewer,
 * and the required evaluations run on the app's job worker.
 */
async function satisfyGateInProcess(
  data: string,
  botId: string,
  ids: { preparer: string; owner: string; assurance: string; approver: string },
): Promise<void> {
  const store = await openStore({ dataDir: data });
  const app = await buildApp({ store, config: configSchema.parse({ logLevel: 'silent', runJobs: false }) });
  try {
    await app.ready();
    const principal = async (id: string): Promise<Principal> => {
      const [user] = await store.db.select().from(users).where(eq(users.id, id));
      if (!user) throw new Error(`no user ${id}`);
      return { id: user.id, roles: user.roles, departmentId: user.departmentId, keyId: null };
    };
    const preparer = await principal(ids.preparer);
    const content = await extractSource({
      type: 'file',
      file: {
        fileName: 'dog-faq.jsonl',
        bytes: Buffer.from('{"id":"fee","question":"狗牌幾錢？","answer":"每三年港幣 80 元。"}\n'),
      },
    });
    const imported = await importIntoKnowledge(store.db, { principal: preparer, requestId: 't' }, content);
    await reviewVersion(store.db, { principal: await principal(ids.approver), requestId: 't' }, imported.version.id, {
      approve: true,
    });
    await satisfyGoLiveGateAs(app, store.db, botId, {
      preparer,
      owner: await principal(ids.owner),
      assurance: await principal(ids.assurance),
    });
  } finally {
    await app.close();
    await store.close();
  }
}
