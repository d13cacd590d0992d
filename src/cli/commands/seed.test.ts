import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../cli-harness.ts';

/** `lionrock seed` governs the demo as `lionrock serve`'s fresh start does: run the real binary. */

const dir = mkdtempSync(join(tmpdir(), 'lionrock-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lionrock seed', () => {
  const data = join(dir, 'seeded');

  it('governs the demo as a fresh start does: every demo bot is ready to go live, and seeding again changes nothing', async () => {
    const seeded = await run(['seed'], data);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toMatch(/^Governed the demo AI applications: assessed \d+, ran 20 evaluations/m);
    const statusOf = async (botId: string) =>
      JSON.parse((await run(['gov', 'status', botId, '--json'], data)).stdout) as {
        ready: boolean;
        conditions: { id: string; met: boolean }[];
      };
    for (const botId of ['demo-1823', 'demo-dog-licence', 'demo-forms', 'demo-trade-single-window', 'demo-customs']) {
      const status = await statusOf(botId);
      expect(
        status.conditions.filter((c) => !c.met).map((c) => c.id),
        botId,
      ).toEqual([]);
      expect(status.ready, botId).toBe(true);
    }
    const again = await run(['seed'], data);
    expect(again.stdout).toMatch(/nothing seeded/);
    expect((await statusOf('demo-forms')).ready).toBe(true);
  }, 900_000);

  it('re-opens the gate when `kb publish` feeds the live demo bots a new kind of knowledge source, as the API does', async () => {
    const doc = join(dir, 'counter-hours.md');
    writeFileSync(doc, '# Counter hours\n\nThe licensing counter opens from 9 am to 5 pm on weekdays.\n');
    const imported = await run(['kb', 'import', doc, '--department', 'demo', '--json'], data);
    expect(imported.code, imported.stderr).toBe(0);
    const { versionId } = JSON.parse(imported.stdout) as { versionId: string };
    const approver = JSON.parse(
      (await run(['keys', 'create', '--department', 'demo', '--role', 'approver', '--name', 'gov', '--json'], data))
        .stdout,
    ) as { userId: string; key: string };
    const published = await run(['kb', 'publish', versionId, '--as', approver.userId], data, {
      LIONROCK_API_KEY: approver.key,
    });
    expect(published.stdout, published.stderr).toMatch(/Published version 1/);
    const status = JSON.parse((await run(['gov', 'status', 'demo-forms', '--json'], data)).stdout) as {
      ready: boolean;
      conditions: { id: string; met: boolean; detail: { en: string } }[];
    };
    expect(status.ready).toBe(false);
    const due = status.conditions.find((c) => c.id === 'no_reassessment_due');
    expect(due?.met).toBe(false);
    expect(due?.detail.en).toMatch(/new kind of knowledge source \(document\)/);
  }, 900_000);
});
