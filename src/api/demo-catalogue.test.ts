import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment } from '../access/index.ts';
import { ask, DEMO_CATALOGUE, seedDemoBots } from '../chat/index.ts';
import { knowledgeSources, knowledgeVersions } from '../store/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

/** Issue #18, "Done when": on a fresh start a demo bot answers a dataset question from an imported catalogue. */
describe('the demo open-data catalogue', () => {
  let f: Fixture;

  beforeAll(async () => {
    f = await createFixture();
    await createDepartment(
      f.store.db,
      { principal: CLI_PRINCIPAL, requestId: 't' },
      { code: 'demo', nameEn: 'Demo Department', nameZh: '示範部門' },
    );
    await seedDemoBots(f.store.db);
    await f.app.lionrock.knowledgeIndex.refresh();
  }, 120_000);
  afterAll(async () => f?.close());

  const versions = async () => {
    const [source] = await f.store.db
      .select()
      .from(knowledgeSources)
      .where(and(eq(knowledgeSources.origin, DEMO_CATALOGUE.origin), eq(knowledgeSources.botId, DEMO_CATALOGUE.botId)));
    if (!source) throw new Error('the demo catalogue was not imported');
    return f.store.db.select().from(knowledgeVersions).where(eq(knowledgeVersions.sourceId, source.id));
  };

  it('the 1823 demo bot answers "which dataset has …?" with the DATA.GOV.HK dataset page and a resource link, without the network', async () => {
    const reply = await ask(f.app.lionrock.conversation, {
      botId: DEMO_CATALOGUE.botId,
      question: 'Which dataset has lamp post locations?',
      actor: null,
      requestId: 'demo-catalogue-en',
    });
    expect(reply.outcome).toBe('answered');
    expect(reply.citations[0]?.url).toBe('https://data.gov.hk/en-data/dataset/hk-hyd-plis-lamppostdata');
    expect(reply.answer).toContain('https://plis.hyd.gov.hk/datagovhk/plis/lamppost_en.csv');
  });

  it('is published through maker-checker once: seeding again imports nothing new', async () => {
    const before = await versions();
    expect(before.map((v) => v.status)).toEqual(['published']);
    expect(before[0]?.reviewerId).not.toBe(before[0]?.editorId);
    await seedDemoBots(f.store.db);
    expect((await versions()).map((v) => v.id)).toEqual(before.map((v) => v.id));
  });
});
