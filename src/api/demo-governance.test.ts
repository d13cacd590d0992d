import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment } from '../access/index.ts';
import { DEMO_BOTS, seedDemoBots } from '../chat/index.ts';
import {
  type DemoGovernanceResult,
  goLiveConditions,
  listApplications,
  seedDemoGovernance,
} from '../governance/index.ts';
import { governanceEndorsements, users } from '../store/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

/** Issue #16, "Done when": on a fresh start the demo bots are governed applications, ready to be live. */
describe('the demo governance seed', () => {
  let f: Fixture;
  let seeded: DemoGovernanceResult;

  beforeAll(async () => {
    f = await createFixture();
    await createDepartment(
      f.store.db,
      { principal: CLI_PRINCIPAL, requestId: 't' },
      {
        code: 'demo',
        nameEn: 'Demo Department',
        nameZh: '示範部門',
      },
    );
    await seedDemoBots(f.store.db);
    await f.app.lionrock.knowledgeIndex.refresh();
    seeded = await seedDemoGovernance(f.store.db, () => f.app.lionrock.jobWorker.drain());
    // Twenty evaluation runs through the real runner: over a minute on a loaded two-core machine.
  }, 240_000);
  afterAll(async () => f?.close());

  it('assesses every demo bot, runs every required suite through the real runner, and the gate follows the results', async () => {
    expect(seeded.evaluations).toHaveLength(DEMO_BOTS.length * 4);
    // Every demo bot passes every required suite, so every one is live (the done-when's
    // `gov status demo-1823` ready): a persona's "I am Chan Tai Man, a Chinese man." once read as an
    // attack and failed 1823's fairness suite.
    expect(seeded.evaluations.filter((e) => e.status !== 'passed').map((e) => `${e.botId} ${e.suiteId}`)).toEqual([]);
    for (const { id } of DEMO_BOTS) {
      const status = await goLiveConditions(f.store.db, id);
      const failed = seeded.evaluations.filter((e) => e.botId === id && e.status !== 'passed');
      // Everything the people did is met; only what the bot itself does in the suites can keep it out.
      const unmet = status.conditions.filter((c) => !c.met);
      expect(unmet.map((c) => c.id)).toEqual(failed.length ? ['evaluations_passed'] : []);
      for (const run of failed) expect(unmet[0]?.detail.en).toContain(`${run.suiteId}: failed`);
      expect(status.ready).toBe(failed.length === 0);
      const application = (await listApplications(f.store.db, CLI_PRINCIPAL)).find((a) => a.botId === id);
      // Walked to testing; the move to live passes the gate only once every suite passes.
      expect(application?.status).toBe(failed.length === 0 ? 'live' : 'testing');
      expect(seeded.refused.some((r) => r.botId === id)).toBe(failed.length > 0);
    }
  });

  it('has the seeded reviewers endorse, never the preparer', async () => {
    const endorsers = await f.store.db
      .select({ capacity: governanceEndorsements.capacity, email: users.email })
      .from(governanceEndorsements)
      .innerJoin(users, eq(users.id, governanceEndorsements.userId));
    expect(new Set(endorsers.map((e) => `${e.capacity} ${e.email}`))).toEqual(
      new Set([
        'project_owner demo.owner@lionrock.invalid',
        'assurance_reviewer demo.assurance@lionrock.invalid',
        'it_board demo.cio@lionrock.invalid',
      ]),
    );
  });

  it('lists external AI applications from the seeds at different stages, the live one through the gate', async () => {
    const applications = await listApplications(f.store.db, CLI_PRINCIPAL);
    const external = applications.filter((a) => a.botId === null);
    expect(external.map((a) => [a.type, a.status])).toEqual([
      ['ocr', 'live'],
      ['predictive_analytics', 'in_review'],
      ['scheduling', 'draft'],
    ]);
    const ocr = external.find((a) => a.type === 'ocr');
    expect(ocr).toMatchObject({ impact: 'high', riskLevel: 'high' });
    expect((await goLiveConditions(f.store.db, ocr?.id ?? '')).ready).toBe(true);
    const rostering = external.find((a) => a.type === 'scheduling');
    expect((await goLiveConditions(f.store.db, rostering?.id ?? '')).ready).toBe(false);

    // Through the API as the console reads them: every seeded application at a stage of the lifecycle.
    const listed = await f.as('platform_admin', { url: '/api/v1/governance/applications' });
    expect(listed.statusCode, listed.body.slice(0, 300)).toBe(200);
    const stages = (listed.json() as { items: { lifecycleStage: string }[] }).items.map((a) => a.lifecycleStage);
    expect(stages).toContain('operation_monitoring');
    const one = await f.as('platform_admin', { url: `/api/v1/governance/applications/${ocr?.id}` });
    expect(one.statusCode, one.body.slice(0, 300)).toBe(200);
  });

  it('publishes every live demo bot’s transparency notice, linked from the widget’s disclosure (issue #18)', async () => {
    for (const { id } of DEMO_BOTS) {
      const face = (await f.app.inject({ method: 'GET', url: `/api/v1/bots/${id}/public` })).json() as {
        transparency: string | null;
      };
      expect(face.transparency).toBe(`/transparency/${id}`);
      const html = await f.app.inject({ method: 'GET', url: `/transparency/${id}` });
      expect(html.statusCode).toBe(200);
      expect(html.body).toContain('How to complain');
      expect(html.body).toContain('如何投訴');
      // Each language's own punctuation, and the suites by their names.
      expect(html.body).toContain('負責部門：');
      expect(html.body).toMatch(/（部署階段）|（監察階段）/);
      expect(html.body).toMatch(/標準問答準確度：\d+（[A-E]），通過/);
      expect(html.body).toMatch(/Golden Q&amp;A accuracy: \d+ \([A-E]\), passed/);
      expect(html.body).not.toMatch(/[\u3400-\u9fff][:,(] ?/u);
      const notice = (await f.app.inject({ method: 'GET', url: `/transparency/${id}.json` })).json() as {
        botId: string;
        models: unknown[];
        risk: { tier: string };
        humanOversight: { mode: string | null };
        data: { description: { en: string; zhHant: string } };
        lastEvaluation: { suites: { passed: boolean; suiteId: string; name: { en: string; zhHant: string } }[] } | null;
      };
      expect(notice).toMatchObject({ botId: id, models: [], risk: { tier: 'limited' } });
      expect(notice.humanOversight.mode).not.toBeNull();
      // The data it uses, in Chinese for a Chinese reader (the register's sources are in English).
      expect(notice.data.description.zhHant).toMatch(/^它根據.*電郵地址.*。它使用個人資料。$/);
      expect(notice.data.description.zhHant).not.toMatch(/[A-Za-z]/);
      expect(notice.lastEvaluation?.suites.every((s) => s.passed)).toBe(true);
      expect(notice.lastEvaluation?.suites).toContainEqual(
        expect.objectContaining({
          suiteId: 'golden-qa',
          name: { en: 'Golden Q&A accuracy', zhHant: '標準問答準確度' },
        }),
      );
    }
  });

  it('does nothing the second time', async () => {
    const again = await seedDemoGovernance(f.store.db, () => f.app.lionrock.jobWorker.drain());
    expect(again).toEqual({ assessed: [], evaluations: [], live: [], refused: [] });
  });
});
