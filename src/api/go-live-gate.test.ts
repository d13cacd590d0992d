import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, type ServiceContext } from '../access/index.ts';
import { createBot } from '../chat/index.ts';
import {
  type AnswersPatch,
  decideAssessment,
  deploymentAnswers,
  ensureBotApplication,
  GO_LIVE_CONDITION_IDS,
  type GoLiveConditionId,
  goLiveConditions,
  markReassessmentDue,
  requiredSuites,
  runRequiredEvaluations,
  saveAnswers,
  setApplicationStatus,
  startAssessment,
  submitAssessment,
  updateApplication,
  completeDeploymentReview,
} from '../governance/index.ts';
import { createFixture, type Fixture, principalOf, satisfyGoLiveGate, testBot } from './test-fixture.ts';

interface ConditionJson {
  id: GoLiveConditionId;
  met: boolean;
  detail: { en: string; zhHant: string };
  action: { en: string; zhHant: string };
}

const CHINESE = /[\u3400-\u9fff]/;
const requiredSuitesOf = (suiteId: string | undefined) =>
  !!suiteId && requiredSuites({ publicFacing: true }).includes(suiteId);

describe('the go-live gate the server enforces', () => {
  let f: Fixture;
  let seq = 0;
  const ctxOf = (role: keyof Fixture['own']['users']): ServiceContext => ({
    principal: principalOf(f.own.users[role]),
    requestId: 'gate-test',
  });

  /** A bot created through the API (so registered), with the given wording. */
  async function newBot(
    wording: { disclosure?: { zh: string; en: string }; fallback?: { zh: string; en: string } } = {},
  ) {
    seq += 1;
    const id = `gate-bot-${seq}`;
    const created = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/bots',
      payload: {
        id,
        config: {
          name: { zh: '測試', en: 'Test' },
          greeting: { zh: '你好', en: 'Hello' },
          disclosure: wording.disclosure ?? {
            zh: '你正與人工智能助手對話。',
            en: 'You are chatting with an AI assistant.',
          },
          fallback: wording.fallback ?? { zh: '如需協助，請致電 1823。', en: 'For help, call 1823.' },
        },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    return id;
  }

  const unmetOf = async (id: string) =>
    (await goLiveConditions(f.store.db, id)).conditions.filter((c) => !c.met).map((c) => c.id);
  const publish = (botId: string, role: 'approver' | 'platform_admin' = 'approver', language = 'en') =>
    f.as(role, { method: 'POST', url: `/api/v1/bots/${botId}/publish`, headers: { 'accept-language': language } });
  const applicationOf = async (botId: string) => (await goLiveConditions(f.store.db, botId)).applicationId ?? '';
  const people = () => ({
    preparer: principalOf(f.own.users.editor),
    owner: principalOf(f.own.users.dept_admin),
    assurance: principalOf(f.own.users.assurance_reviewer),
    itBoard: principalOf(f.own.users.it_board),
  });
  const evaluate = (botId: string, applicationId: string) =>
    runRequiredEvaluations(f.store.db, ctxOf('editor'), { botId, applicationId }, () =>
      f.app.lionrock.jobWorker.drain(),
    );

  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => {
    await f?.close();
  });

  it('refuses to publish a newly created bot with 409, listing every unmet condition with what to do in both languages', async () => {
    const botId = await newBot();
    const refused = await publish(botId);
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const body = refused.json() as {
      code: string;
      ready: boolean;
      conditions: ConditionJson[];
      errors: { field: string; message: string }[];
    };
    expect(body.code).toBe('conflict');
    expect(body.ready).toBe(false);
    expect(body.conditions.map((c) => c.id)).toEqual([
      'deployment_assessment_complete',
      'na_justified',
      'go_decision',
      'endorsements',
      'tier_acceptable',
      'evaluations_passed',
    ]);
    for (const c of body.conditions) {
      expect(c.met).toBe(false);
      expect(c.detail.en).not.toMatch(CHINESE);
      expect(c.detail.zhHant).toMatch(CHINESE);
      expect(c.action.en.length).toBeGreaterThan(0);
      expect(c.action.zhHant).toMatch(CHINESE);
    }
    expect(body.errors.map((e) => e.field)).toEqual(body.conditions.map((c) => `gate.${c.id}`));
    // The reader's language words the problem; the conditions carry both.
    const chinese = (await publish(botId, 'approver', 'zh-HK')).json() as typeof body & { detail: string };
    expect(chinese.errors.every((e) => CHINESE.test(e.message))).toBe(true);
    expect(chinese.detail).toMatch(CHINESE);
    const view = await f.as('approver', { method: 'GET', url: `/api/v1/bots/${botId}` });
    expect(view.json().publishedVersion).toBeNull();
    // The console reads the same verdict, every condition met or not.
    const gate = await f.as('assurance_reviewer', {
      method: 'GET',
      url: `/api/v1/governance/applications/${await applicationOf(botId)}/go-live`,
    });
    expect(gate.statusCode).toBe(200);
    expect(gate.json()).toMatchObject({ botId, botVersion: 1, ready: false });
    expect((gate.json() as { conditions: ConditionJson[] }).conditions.map((c) => c.id)).toEqual([
      ...GO_LIVE_CONDITION_IDS,
    ]);
  });

  it('refuses each condition and then meets it, step by step, until the bot publishes and its application is live', async () => {
    // An unregistered bot (made by the service, as the CLI once did) with wording that says neither
    // that it is AI nor where a person answers: every condition but "no re-assessment due" is unmet.
    const db = f.store.db;
    const botId = `gate-bot-unregistered`;
    await createBot(db, ctxOf('dept_admin'), {
      id: botId,
      config: {
        name: { zh: '測試', en: 'Test' },
        greeting: { zh: '你好', en: 'Hello' },
        disclosure: { zh: '歡迎使用。', en: 'Welcome.' },
        fallback: { zh: '抱歉。', en: 'Sorry.' },
      },
    });
    const first = await unmetOf(botId);
    expect(first).toEqual(GO_LIVE_CONDITION_IDS.filter((id) => id !== 'no_reassessment_due'));
    const application = await ensureBotApplication(db, ctxOf('dept_admin'), botId);
    let assessmentId = '';
    const steps: { step: string; run: () => Promise<unknown>; unmet: GoLiveConditionId[] }[] = [
      {
        step: 'registered, owned by the department admin, using personal data (contact details for handoff)',
        run: () =>
          updateApplication(db, ctxOf('editor'), application.id, {
            ownerId: f.own.users.dept_admin.id,
            personalData: true,
            personalDataKinds: ['contact details'],
          }),
        unmet: [
          'deployment_assessment_complete',
          'na_justified',
          'go_decision',
          'endorsements',
          'tier_acceptable',
          'privacy_checklist',
          'evaluations_passed',
          'ai_disclosure',
          'human_channel',
        ],
      },
      {
        step: 'a draft deployment assessment: Q15 N/A without a justification, Q58 no-go, no privacy answers',
        run: async () => {
          assessmentId = (await startAssessment(db, ctxOf('editor'), application.id, 'deployment')).id;
          const all = deploymentAnswers({ personalData: false });
          await saveAnswers(db, ctxOf('editor'), assessmentId, {
            answers: { ...all.answers, Q15: { value: 'na' }, Q58: { value: 'no_go' } },
            tierAnswers: all.tierAnswers,
          });
        },
        unmet: [
          'deployment_assessment_complete',
          'na_justified',
          'go_decision',
          'endorsements',
          'tier_acceptable',
          'privacy_checklist',
          'evaluations_passed',
          'ai_disclosure',
          'human_channel',
        ],
      },
      {
        step: 'N/A justified, "go", the PCPD checklist answered',
        run: () => {
          const all: AnswersPatch = deploymentAnswers({ personalData: true });
          return saveAnswers(db, ctxOf('editor'), assessmentId, {
            answers: {
              Q15: { value: 'na', justification: 'No third party: extractive answers need no vendor' },
              Q58: { value: 'go' },
            },
            privacyAnswers: all.privacyAnswers ?? {},
          });
        },
        unmet: [
          'deployment_assessment_complete',
          'endorsements',
          'tier_acceptable',
          'evaluations_passed',
          'ai_disclosure',
          'human_channel',
        ],
      },
      {
        step: 'submitted: the tier is derived (low), endorsements awaited',
        run: () => submitAssessment(db, ctxOf('editor'), assessmentId),
        unmet: [
          'deployment_assessment_complete',
          'endorsements',
          'evaluations_passed',
          'ai_disclosure',
          'human_channel',
        ],
      },
      {
        step: 'endorsed by the project owner and the assurance reviewer',
        run: async () => {
          await decideAssessment(db, ctxOf('dept_admin'), assessmentId, {
            decision: 'endorse',
            capacity: 'project_owner',
          });
          await decideAssessment(db, ctxOf('assurance_reviewer'), assessmentId, { decision: 'endorse' });
        },
        unmet: ['evaluations_passed', 'ai_disclosure', 'human_channel'],
      },
      {
        step: 'the required suites run and passed',
        run: async () => {
          await satisfyGoLiveGateKnowledge();
          const runs = await evaluate(botId, application.id);
          expect(runs.map((r) => r.status)).toEqual(runs.map(() => 'passed'));
        },
        unmet: ['ai_disclosure', 'human_channel'],
      },
      {
        step: 'the wording says it is AI and names a human channel (a new version: wording is no significant change)',
        run: () =>
          f.as('dept_admin', {
            method: 'PATCH',
            url: `/api/v1/bots/${botId}`,
            payload: {
              disclosure: { zh: '你正與人工智能助手對話。', en: 'You are chatting with an AI assistant.' },
              fallback: { zh: '如需真人協助，請致電 1823。', en: 'For a person, call 1823.' },
            },
          }),
        unmet: [],
      },
    ];
    const seen = new Set<GoLiveConditionId>(first);
    for (const { step, run, unmet } of steps) {
      await run();
      expect(await unmetOf(botId), step).toEqual(unmet);
      for (const id of unmet) seen.add(id);
    }
    // Each was refused and is now met; no_reassessment_due is refused and met again in the last test.
    expect([...seen].sort()).toEqual(GO_LIVE_CONDITION_IDS.filter((id) => id !== 'no_reassessment_due').sort());
    const published = await publish(botId);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publishedVersion).toBe(2);
    const status = await f.as('dept_admin', {
      method: 'GET',
      url: `/api/v1/governance/applications/${application.id}`,
    });
    expect(status.json().status).toBe('live');

    // Suspended, the bot cannot be published; the registry's move back to live passes the same gate.
    await setApplicationStatus(db, ctxOf('dept_admin'), application.id, 'suspended');
    await f.as('dept_admin', {
      method: 'PATCH',
      url: `/api/v1/bots/${botId}`,
      payload: { greeting: { zh: '你好！', en: 'Hi!' } },
    });
    expect(await unmetOf(botId)).toEqual(['not_suspended']);
    expect((await publish(botId)).json().conditions.map((c: ConditionJson) => c.id)).toEqual(['not_suspended']);
    const resumed = await f.as('dept_admin', {
      method: 'POST',
      url: `/api/v1/governance/applications/${application.id}/status`,
      payload: { status: 'live' },
    });
    expect([200, 201]).toContain(resumed.statusCode);
    expect(await unmetOf(botId)).toEqual([]);
    expect((await publish(botId)).statusCode).toBe(200);
  });

  /** Publishes a department FAQ once: what golden Q&A asks the bots about. */
  let knowledgeReady = false;
  async function satisfyGoLiveGateKnowledge() {
    if (knowledgeReady) return;
    const helperBot = await testBot(f.store, f.own, false);
    await satisfyGoLiveGate(f, f.own, helperBot);
    knowledgeReady = true;
  }

  it('never lets an unacceptable-tier application go live, even for a platform admin', async () => {
    await satisfyGoLiveGateKnowledge();
    const botId = await newBot();
    const applicationId = await applicationOf(botId);
    await updateApplication(f.store.db, ctxOf('editor'), applicationId, { ownerId: f.own.users.dept_admin.id });
    const answers = deploymentAnswers({ personalData: false, tierAnswers: { U3: { value: 'yes' } } });
    await completeDeploymentReview(f.store.db, applicationId, answers, people(), 'gate-test');
    await evaluate(botId, applicationId);
    expect(await unmetOf(botId)).toEqual(['tier_acceptable']);
    const refused = await publish(botId, 'platform_admin');
    expect(refused.statusCode).toBe(409);
    const [only] = (refused.json() as { conditions: ConditionJson[] }).conditions;
    expect(only?.id).toBe('tier_acceptable');
    expect(only?.action.en).toMatch(/never goes live, whoever asks/);
    // The registry's move to live is refused the same way, whoever asks.
    for (const status of ['in_review', 'approved', 'testing'] as const) {
      await setApplicationStatus(f.store.db, { principal: CLI_PRINCIPAL, requestId: 't' }, applicationId, status);
    }
    const moved = await f.as('platform_admin', {
      method: 'POST',
      url: `/api/v1/governance/applications/${applicationId}/status`,
      payload: { status: 'live' },
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().errors.map((e: { field: string }) => e.field)).toEqual(['gate.tier_acceptable']);
    // The same refusal body as the gate's: every unmet condition, in both languages.
    const refusal = moved.json() as { ready?: boolean; conditions?: ConditionJson[] };
    expect(refusal.ready).toBe(false);
    expect(refusal.conditions?.map((c) => c.id)).toEqual(['tier_acceptable']);
    expect(refusal.conditions?.[0]?.action.zhHant).toMatch(CHINESE);
  });

  it('re-opens the conditions a significant change to a live bot touches, until it is assessed and evaluated again', async () => {
    await satisfyGoLiveGateKnowledge();
    const botId = await newBot();
    await satisfyGoLiveGate(f, f.own, botId);
    expect((await publish(botId)).statusCode).toBe(200);
    const applicationId = await applicationOf(botId);
    // A wording change is not significant: the evaluations of version 1 still speak for version 2.
    await f.as('dept_admin', {
      method: 'PATCH',
      url: `/api/v1/bots/${botId}`,
      payload: { greeting: { zh: '早晨', en: 'Morning' } },
    });
    expect(await unmetOf(botId)).toEqual([]);
    // A lower confidence threshold changes what it answers: evaluations are required again.
    await f.as('dept_admin', { method: 'PATCH', url: `/api/v1/bots/${botId}`, payload: { threshold: 0.3 } });
    const reopened = await goLiveConditions(f.store.db, botId);
    expect(reopened.conditions.filter((c) => !c.met).map((c) => c.id)).toEqual(['evaluations_passed']);
    expect(reopened.conditions.find((c) => c.id === 'evaluations_passed')?.detail.en).toMatch(
      /passed on version 1, but version 3 changed confidence threshold/,
    );
    // An incident makes re-assessment due.
    await markReassessmentDue(f.store.db, ctxOf('dept_admin'), applicationId, {
      kind: 'incident',
      reason: 'A wrong fee was quoted',
    });
    expect(await unmetOf(botId)).toEqual(['evaluations_passed', 'no_reassessment_due']);
    expect((await publish(botId)).statusCode).toBe(409);
    // Assessed and evaluated again: met again, and the new version publishes.
    await completeDeploymentReview(
      f.store.db,
      applicationId,
      deploymentAnswers({ personalData: false }),
      people(),
      'gate-test',
    );
    await evaluate(botId, applicationId);
    expect(await unmetOf(botId)).toEqual([]);
    expect((await publish(botId)).statusCode).toBe(200);
  });

  it('lists each catalogue entry with its latest assessment, who endorsed it and its latest evaluation, to every department', async () => {
    await satisfyGoLiveGateKnowledge();
    const botId = await newBot();
    interface Governance {
      assessment: {
        stage: string;
        status: string;
        impact: string;
        tier: string;
        oversight: string | null;
        assessedAt: string;
      } | null;
      endorsedBy: { displayName: string; capacity: string; at: string }[];
      evaluation: { suiteId: string; status: string; score: number; grade: string | null; finishedAt: string } | null;
    }
    // Read from another department: the catalogue is every department's.
    const listed = async () => {
      const response = await f.as(
        'editor',
        { method: 'GET', url: `/api/v1/governance/catalogue?departmentId=${f.own.department.id}&limit=100` },
        f.other,
      );
      expect(response.statusCode, response.body).toBe(200);
      const hits = (response.json() as { items: { entry: { botId: string | null }; governance: Governance }[] }).items;
      return hits.find((hit) => hit.entry.botId === botId)?.governance;
    };
    expect(await listed()).toEqual({ assessment: null, endorsedBy: [], evaluation: null });
    await satisfyGoLiveGate(f, f.own, botId);
    const governance = await listed();
    expect(governance?.assessment).toMatchObject({
      stage: 'deployment',
      status: 'complete',
      impact: expect.any(String),
    });
    expect(governance?.assessment?.tier).toEqual(expect.any(String));
    expect(Date.parse(governance?.assessment?.assessedAt ?? '')).not.toBeNaN();
    expect(governance?.endorsedBy.map((e) => `${e.capacity}: ${e.displayName}`).sort()).toEqual([
      `assurance_reviewer: ${f.own.users.assurance_reviewer.displayName}`,
      `project_owner: ${f.own.users.dept_admin.displayName}`,
    ]);
    expect(governance?.evaluation).toMatchObject({ status: 'passed', grade: expect.any(String) });
    expect(requiredSuitesOf(governance?.evaluation?.suiteId)).toBe(true);
  });
});
