import { describe, expect, it } from 'vitest';
import type { StageStatus } from '../workflow/index.ts';
import { offersHumanChannel, saysItIsAi } from './bot-wording.ts';
import { GO_LIVE_CONDITION_IDS, type GoLiveConditionId } from './go-live-condition.ts';
import { type GoLiveFacts, judgeGoLive } from './judge-go-live.ts';
import { changedSettings } from './significant-settings.ts';

const NOW = new Date('2026-12-05T00:00:00Z');
const DAY = 86_400_000;

const deployment: StageStatus = {
  assessmentId: 'a',
  stage: 'deployment',
  status: 'complete',
  templateId: 'hk-aiaia',
  templateVersion: '1.4',
  round: 1,
  derivation: { impact: 'low', tier: 'limited', oversight: 'out-of-the-loop', reasons: [] },
  problems: [],
  endorsements: [],
  requiredEndorsements: ['project_owner', 'assurance_reviewer'],
  missingEndorsements: [],
  privacyChecklist: { required: true, complete: true },
  goNoGo: 'go',
  completedAt: new Date(NOW.getTime() - DAY),
};

/** A bot every condition lets go live. */
function ready(): GoLiveFacts {
  const passed = (suiteId: string) => ({
    suiteId,
    latest: { runId: suiteId, passed: true, score: 100, grade: 'A', botVersion: 2, suiteVersion: 1, finishedAt: NOW },
  });
  return {
    now: NOW,
    purpose: 'publish',
    application: { id: 'app', status: 'testing', personalData: true, publicFacing: true, tier: 'limited' },
    bot: {
      id: 'bot',
      version: 2,
      disclosure: { zh: '你正與人工智能助手對話。', en: 'You are chatting with an AI assistant.' },
      fallback: { zh: '如需真人協助，請致電 1823。', en: 'For a person, call 1823.' },
    },
    deployment,
    deploymentAnswers: {},
    reassessmentDue: [],
    nextReviewDue: new Date(NOW.getTime() + 300 * DAY),
    evaluations: {
      required: ['golden-qa', 'attacks'],
      maxAgeDays: 90,
      results: [passed('golden-qa'), passed('attacks')],
      changedSince: new Map([[2, []]]),
    },
  };
}

const neverRun = (f: GoLiveFacts): GoLiveFacts['evaluations'] => f.evaluations && { ...f.evaluations, results: [] };
const unmet = (facts: GoLiveFacts) =>
  judgeGoLive(facts)
    .filter((c) => !c.met)
    .map((c) => c.id);
const withDeployment =
  (patch: Partial<StageStatus>) =>
  (f: GoLiveFacts): GoLiveFacts => ({
    ...f,
    deployment: { ...deployment, ...patch },
  });
const latestRun =
  (patch: object) =>
  (f: GoLiveFacts): GoLiveFacts => {
    const [first, ...rest] = f.evaluations?.results ?? [];
    return {
      ...f,
      evaluations: f.evaluations && {
        ...f.evaluations,
        results: [
          { suiteId: first?.suiteId ?? '', latest: first?.latest ? { ...first.latest, ...patch } : null },
          ...rest,
        ],
      },
    };
  };

/** Each condition: a way it is refused (only it), with the words the refusal must carry. */
const REFUSALS: { id: GoLiveConditionId; refuse: (f: GoLiveFacts) => GoLiveFacts; says: RegExp }[] = [
  {
    id: 'not_suspended',
    refuse: (f) => ({ ...f, application: f.application && { ...f.application, status: 'suspended' } }),
    says: /suspended/,
  },
  {
    id: 'not_suspended',
    refuse: (f) => ({ ...f, application: f.application && { ...f.application, status: 'retired' } }),
    says: /retired/,
  },
  {
    id: 'deployment_assessment_complete',
    refuse: withDeployment({ status: 'in_review' }),
    says: /in review/,
  },
  {
    id: 'na_justified',
    refuse: withDeployment({
      problems: [
        {
          set: 'answers',
          questionId: 'Q15',
          code: 'na_needs_justification',
          field: 'answers.Q15.justification',
          message: { en: 'x', zhHant: 'x' },
        },
      ],
    }),
    says: /Q15/,
  },
  { id: 'go_decision', refuse: withDeployment({ goNoGo: 'escalate' }), says: /escalate/ },
  { id: 'go_decision', refuse: withDeployment({ goNoGo: 'no_go' }), says: /no_go/ },
  { id: 'endorsements', refuse: withDeployment({ missingEndorsements: ['it_board'] }), says: /IT board/ },
  {
    id: 'tier_acceptable',
    refuse: withDeployment({ derivation: { impact: 'high', tier: 'unacceptable', oversight: null, reasons: [] } }),
    says: /unacceptable/,
  },
  {
    id: 'privacy_checklist',
    refuse: withDeployment({ privacyChecklist: { required: true, complete: false } }),
    says: /PCPD/,
  },
  { id: 'evaluations_passed', refuse: latestRun({ passed: false, score: 40, grade: 'E' }), says: /failed \(score 40/ },
  {
    id: 'evaluations_passed',
    refuse: latestRun({ finishedAt: new Date(NOW.getTime() - 91 * DAY) }),
    says: /more than 90 days ago/,
  },
  {
    id: 'evaluations_passed',
    refuse: (f) => {
      const older = latestRun({ botVersion: 1 })(f);
      return {
        ...older,
        evaluations: older.evaluations && {
          ...older.evaluations,
          changedSince: new Map([
            [1, ['model']],
            [2, []],
          ]),
        },
      };
    },
    says: /passed on version 1, but version 2 changed model/,
  },
  {
    id: 'evaluations_passed',
    refuse: (f) => ({ ...f, evaluations: f.evaluations && { ...f.evaluations, results: [] } }),
    says: /never run/,
  },
  {
    id: 'ai_disclosure',
    refuse: (f) => ({
      ...f,
      bot: f.bot && { ...f.bot, disclosure: { zh: '歡迎。', en: 'You are chatting with an AI assistant.' } },
    }),
    says: /zh/,
  },
  {
    id: 'human_channel',
    refuse: (f) => ({
      ...f,
      bot: f.bot && { ...f.bot, fallback: { zh: '請致電 1823。', en: 'Sorry, I cannot answer.' } },
    }),
    says: /en/,
  },
  {
    id: 'no_reassessment_due',
    refuse: (f) => ({ ...f, reassessmentDue: [{ kind: 'incident', reason: 'A wrong fee was quoted' }] }),
    says: /A wrong fee was quoted/,
  },
  {
    id: 'no_reassessment_due',
    refuse: (f) => ({ ...f, nextReviewDue: new Date(NOW.getTime() - DAY) }),
    says: /periodic review overdue/,
  },
];

describe('judgeGoLive', () => {
  it('meets every condition for a bot assessed, endorsed, evaluated, disclosed and reachable', () => {
    expect(judgeGoLive(ready()).map((c) => c.id)).toEqual([...GO_LIVE_CONDITION_IDS]);
    expect(unmet(ready())).toEqual([]);
  });

  it('names every condition in words in both languages, and no reader is sent to a condition by its id', () => {
    const judged = [...judgeGoLive(ready()), ...judgeGoLive({ ...ready(), deployment: null })];
    for (const condition of judged) {
      expect(condition.name.en, condition.id).toMatch(/^[A-Z]/);
      expect(condition.name.zhHant, condition.id).toMatch(/[\u3400-\u9fff]/);
      const words = [condition.detail, condition.action].flatMap((text) => [text.en, text.zhHant]).join(' ');
      for (const id of GO_LIVE_CONDITION_IDS) expect(words, condition.id).not.toContain(id);
    }
  });

  for (const { id, refuse, says } of REFUSALS) {
    it(`refuses ${id} alone (${says.source}), in both languages with what to do, and meets it again`, () => {
      const refused = judgeGoLive(refuse(ready())).filter((c) => !c.met);
      expect(refused.map((c) => c.id)).toEqual([id]);
      const [condition] = refused;
      expect(`${condition?.detail.en} ${condition?.action.en}`).toMatch(says);
      expect(condition?.detail.zhHant).toMatch(/[\u3400-\u9fff]/);
      expect(condition?.action.zhHant).toMatch(/[\u3400-\u9fff]/);
      expect(unmet(ready())).toEqual([]);
    });
  }

  it('an unregistered bot misses every condition that needs its application', () => {
    expect(unmet({ ...ready(), application: null, deployment: null, evaluations: neverRun(ready()) })).toEqual(
      GO_LIVE_CONDITION_IDS.filter((id) => !['ai_disclosure', 'human_channel', 'no_reassessment_due'].includes(id)),
    );
  });

  it('says the risk tier, the suites and the changed settings in words of the reader, never by their codes', () => {
    const names = new Map([
      ['golden-qa', { en: 'Golden Q&A accuracy', zhHant: '標準問答準確度' }],
      ['attacks', { en: 'Attack library (red team)', zhHant: '攻擊測試庫（紅隊）' }],
    ]);
    const base = ready();
    const facts: GoLiveFacts = { ...base, evaluations: base.evaluations && { ...base.evaluations, names } };
    const met = judgeGoLive(facts);
    const tier = met.find((c) => c.id === 'tier_acceptable')?.detail;
    expect(tier).toEqual({ en: 'The GenAI risk tier is "limited".', zhHant: '生成式人工智能風險級別為「有限」。' });
    const passed = met.find((c) => c.id === 'evaluations_passed')?.detail;
    expect(passed?.en).toContain(': Golden Q&A accuracy, Attack library (red team).');
    expect(passed?.zhHant).toContain('：標準問答準確度、攻擊測試庫（紅隊）。');

    const older: GoLiveFacts = {
      ...facts,
      evaluations: facts.evaluations && {
        ...facts.evaluations,
        results: facts.evaluations.results.map((r) => ({ ...r, latest: r.latest && { ...r.latest, botVersion: 1 } })),
        changedSince: new Map([[1, ['model', 'sourceIds']]]),
      },
    };
    const refused = judgeGoLive(older).find((c) => c.id === 'evaluations_passed')?.detail;
    expect(refused?.zhHant).toContain('標準問答準確度：於第 1 版通過，但第 2 版更改了模型、知識來源');
    expect(refused?.zhHant).not.toMatch(/[A-Za-z]/);
  });

  it('lets a suspended application resume through the registry move, not through a publication', () => {
    const suspended = (purpose: GoLiveFacts['purpose']): GoLiveFacts => ({
      ...ready(),
      purpose,
      application: { id: 'app', status: 'suspended', personalData: true, publicFacing: true, tier: 'limited' },
    });
    expect(unmet(suspended('status_move'))).toEqual([]);
    expect(unmet(suspended('publish'))).toEqual(['not_suspended']);
  });

  it('refuses an application an open incident suspends, for a publication and the registry move alike (#18)', () => {
    const held = (purpose: GoLiveFacts['purpose']): GoLiveFacts => ({
      ...ready(),
      purpose,
      application: { id: 'app', status: 'suspended', personalData: true, publicFacing: true, tier: 'limited' },
      suspendingIncidents: [{ id: 'inc', title: 'Wrong fee quoted' }],
    });
    for (const purpose of ['status_move', 'publish'] as const) {
      expect(unmet(held(purpose))).toEqual(['not_suspended']);
      const condition = judgeGoLive(held(purpose)).find((c) => c.id === 'not_suspended');
      expect(condition?.detail.en).toContain('Wrong fee quoted');
      expect(condition?.detail.zhHant).toContain('事故');
    }
  });

  it('judges an external application by its assessment: no evaluations, Q28 and Q29 for disclosure and a person', () => {
    const external: GoLiveFacts = {
      ...ready(),
      bot: null,
      evaluations: null,
      deploymentAnswers: { Q28: { value: 'yes' }, Q29: { value: 'yes' } },
    };
    expect(unmet(external)).toEqual([]);
    expect(unmet({ ...external, deploymentAnswers: { Q28: { value: 'yes' }, Q29: { value: 'no' } } })).toEqual([
      'human_channel',
    ]);
  });
});

describe('what the gate reads in a bot', () => {
  it.each([
    ['You are chatting with an AI assistant.', true],
    ['This is an automated assistant.', true],
    ['Welcome to the 1823 service.', false],
  ])('disclosure %j says it is AI: %s', (text, expected) => expect(saysItIsAi.en(text)).toBe(expected));
  it.each([
    ['你正與人工智能助手對話。', true],
    ['我係聊天機械人。', true],
    ['歡迎使用。', false],
  ])('披露 %j: %s', (text, expected) => expect(saysItIsAi.zh(text)).toBe(expected));
  it.each([
    ['Call 1823.', true],
    ['Visit www.1823.gov.hk', true],
    ['Write to enquiry@customs.gov.hk', true],
    ['Sorry, I cannot answer that.', false],
    ['請致電 2815 7711。', true],
    ['抱歉，未能解答。', false],
  ])('fallback %j offers a person: %s', (text, expected) => expect(offersHumanChannel(text)).toBe(expected));

  it('counts a model, source, threshold, guard policy, language or answer-mode change as significant, wording not', () => {
    const base = { model: null, sourceIds: ['s1'], threshold: 0.35, greeting: { en: 'Hi', zh: '你好' } };
    expect(changedSettings(base, { ...base, greeting: { en: 'Hello', zh: '哈囉' } })).toEqual([]);
    expect(changedSettings(base, { ...base, model: { provider: 'p', model: 'm' }, sourceIds: ['s1', 's2'] })).toEqual([
      'model',
      'sourceIds',
    ]);
  });
});
