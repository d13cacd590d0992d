import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createApiKey, createUser, type ServiceContext } from '../access/index.ts';
import type { Role } from '../core/index.ts';
import { createProvider, putAllowlist, startFakeProvider, type FakeProvider } from '../gateway/index.ts';
import {
  applicableQuestions,
  createApplication,
  getApplication,
  getAssessment,
  latestTemplate,
  loadTemplates,
  problemsOf,
  runGovernanceSweep,
  setApplicationStatus,
  shippedTemplates,
  startAssessment,
  submitAssessment,
  type Template,
} from '../governance/index.ts';
import { auditLog, governanceReassessments } from '../store/index.ts';
import { createFixture, type DepartmentFixture, type Fixture, knowledgeDraft, testBot } from './test-fixture.ts';

/**
 * Issue #16, "Workflow": staged assessments answered on versioned templates, submitted when
 * complete, endorsed (or returned) by the project owner, the assurance reviewer and — for high
 * impact or a high tier — the IT board / CIO; nobody endorses their own work; re-assessment falls
 * due on significant changes and on a schedule. Real users of each role, through the API.
 */

let f: Fixture;
const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'test' };
const temporary: string[] = [];

beforeAll(async () => {
  f = await createFixture();
});
afterAll(async () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  await f?.close();
});

type Answer = { value: string; justification?: string };

/** An answer every applicable question of a template takes; gating and tier questions "no" unless overridden. */
function answersFor(
  template: Template | undefined,
  stage: 'planning' | 'development' | 'deployment' | 'monitoring' | null,
  overrides: Record<string, Answer> = {},
): Record<string, Answer> {
  if (!template) throw new Error('template not loaded');
  const answers: Record<string, Answer> = {};
  for (const question of applicableQuestions(template, stage)) {
    answers[question.id] =
      question.kind === 'yes_no'
        ? { value: 'no' }
        : question.kind === 'yes_no_na'
          ? { value: 'yes' }
          : question.kind === 'go_no_go'
            ? { value: 'go' }
            : question.kind === 'level'
              ? { value: 'low' }
              : { value: 'Answered in our own words. 以我們自己的文字作答。' };
  }
  return { ...answers, ...overrides };
}

let applications = 0;

/** An application of the department owned by `owner` (default: the department's approver). */
async function application(
  target: DepartmentFixture = f.own,
  options: { owner?: string; personalData?: boolean; botId?: string; dataSources?: string[] } = {},
): Promise<string> {
  applications += 1;
  const row = await createApplication(f.store.db, cli, {
    departmentId: target.department.id,
    ownerId: options.owner ?? target.users.approver.id,
    type: options.botId ? 'lionrock_bot' : 'ocr',
    name: { en: `Application ${applications}`, zhHant: `應用 ${applications}` },
    purpose: { en: 'Reads forms', zhHant: '讀取表格' },
    publicFacing: false,
    generative: false,
    personalData: options.personalData ?? false,
    ...(options.personalData ? { personalDataKinds: ['name'] } : {}),
    ...(options.botId ? { botId: options.botId } : {}),
    ...(options.dataSources ? { dataSources: options.dataSources } : {}),
  });
  return row.id;
}

const json = <T = Record<string, unknown>>(response: { json(): unknown }) => response.json() as T;

interface AssessmentBody {
  id: string;
  status: string;
  templateVersion: string;
  problems: { field: string; code: string; message: { en: string; zhHant: string } }[];
  requiredEndorsements: string[] | null;
  missingEndorsements: string[] | null;
  derivation: { impact: string; tier: string; oversight: string | null } | null;
  decisions: { capacity: string; decision: string; comment: string | null; round: number }[];
  answers: Record<string, { value: string; justification?: string; reviewerComment?: string }>;
}

/** Starts a stage's assessment as `role` (default the editor: the project team). */
async function start(app: string, stage = 'planning', role: Role = 'editor'): Promise<AssessmentBody> {
  const response = await f.as(role, {
    method: 'POST',
    url: `/api/v1/governance/applications/${app}/assessments`,
    payload: { stage },
  });
  expect(response.statusCode, response.body).toBe(201);
  return json<AssessmentBody>(response);
}

function save(id: string, body: Record<string, unknown>, role: Role = 'editor') {
  return f.as(role, { method: 'PATCH', url: `/api/v1/governance/assessments/${id}`, payload: body });
}

function act(id: string, step: 'submit' | 'endorse' | 'return', role: Role | null, body?: object, headers = {}) {
  return f.as(role, {
    method: 'POST',
    url: `/api/v1/governance/assessments/${id}/${step}`,
    headers,
    ...(body ? { payload: body } : {}),
  });
}

/** A planning assessment of `app`, answered completely (with `overrides`) and submitted by the editor. */
async function submitted(app: string, overrides: Record<string, Answer> = {}, tier: Record<string, Answer> = {}) {
  const assessment = await start(app);
  const saved = await save(assessment.id, {
    answers: answersFor(latestTemplate('hk-aiaia'), 'planning', overrides),
    tierAnswers: answersFor(latestTemplate('hk-genai-tier'), null, tier),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const response = await act(assessment.id, 'submit', 'editor');
  expect(response.statusCode, response.body).toBe(200);
  return json<AssessmentBody>(response);
}

/** A submitted low-impact planning assessment endorsed by the project owner and the assurance reviewer. */
async function completed(app: string): Promise<AssessmentBody> {
  const assessment = await submitted(app);
  expect((await act(assessment.id, 'endorse', 'approver')).statusCode).toBe(200);
  const done = await act(assessment.id, 'endorse', 'assurance_reviewer');
  expect(done.statusCode, done.body).toBe(200);
  expect(json<AssessmentBody>(done).status).toBe('complete');
  return json<AssessmentBody>(done);
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await f.store.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.entityId, entityId))
    .orderBy(asc(auditLog.seq));
  return rows.map((row) => row.action);
}

async function openFlags(app: string) {
  const response = await f.as('auditor', {
    method: 'GET',
    url: `/api/v1/governance/applications/${app}/assessment-status`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return json<{ reassessmentDue: { kind: string; reason: string; detail: Record<string, unknown> }[] }>(response)
    .reassessmentDue;
}

/** A user of the department holding `roles`, with a key: for people who hold two capacities. */
async function person(target: DepartmentFixture, roles: Role[]): Promise<{ id: string; key: string }> {
  const user = await createUser(f.store.db, cli, {
    departmentId: target.department.id,
    displayName: `person ${roles.join('+')}`,
    roles,
  });
  const { key } = await createApiKey(f.store.db, cli, { name: 'person', userId: user.id, defaultLifetimeDays: 1 });
  return { id: user.id, key };
}

describe('staged assessment, endorsed by the roles the framework names', () => {
  it('drafts, refuses an incomplete submission by question, submits, derives, and completes with owner and assurance reviewer; every step audited', async () => {
    const app = await application();
    const assessment = await start(app);
    expect(assessment).toMatchObject({ status: 'draft', templateVersion: '1.4' });

    // A partial draft is fine; submitting it is not.
    const partial = await save(assessment.id, { answers: { A: { value: 'no' }, Q1: { value: 'Reads forms.' } } });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(json<AssessmentBody>(partial).problems.length).toBeGreaterThan(0);
    const refused = await act(assessment.id, 'submit', 'editor');
    expect(refused.statusCode).toBe(422);
    const fields = json<{ errors: { field: string; code: string }[] }>(refused).errors;
    expect(fields).toEqual(
      expect.arrayContaining([{ field: 'answers.B', code: 'unanswered', message: expect.any(String) }]),
    );
    expect(fields.map((e) => e.field)).not.toContain('answers.A');

    const full = await save(assessment.id, {
      answers: answersFor(latestTemplate('hk-aiaia'), 'planning'),
      tierAnswers: answersFor(latestTemplate('hk-genai-tier'), null),
    });
    expect(json<AssessmentBody>(full).problems).toEqual([]);
    const submittedNow = await act(assessment.id, 'submit', 'editor');
    expect(submittedNow.statusCode, submittedNow.body).toBe(200);
    expect(json<AssessmentBody>(submittedNow)).toMatchObject({
      status: 'in_review',
      derivation: { impact: 'low', tier: 'low', oversight: null },
      requiredEndorsements: ['project_owner', 'assurance_reviewer'],
      missingEndorsements: ['project_owner', 'assurance_reviewer'],
    });
    // The derivation is copied to the application.
    expect(await getApplication(f.store.db, CLI_PRINCIPAL, app)).toMatchObject({
      impact: 'low',
      tier: 'low',
      riskLevel: 'low',
    });

    const owner = await act(assessment.id, 'endorse', 'approver', { comment: 'Fit for purpose 合適' });
    expect(owner.statusCode, owner.body).toBe(200);
    expect(json<AssessmentBody>(owner)).toMatchObject({
      status: 'in_review',
      missingEndorsements: ['assurance_reviewer'],
    });
    const assurance = await act(assessment.id, 'endorse', 'assurance_reviewer');
    expect(assurance.statusCode, assurance.body).toBe(200);
    expect(json<AssessmentBody>(assurance)).toMatchObject({ status: 'complete', missingEndorsements: [] });
    // A complete stage takes no more decisions.
    expect((await act(assessment.id, 'endorse', 'it_board')).statusCode).toBe(409);

    expect(await auditActions(assessment.id)).toEqual([
      'governance.assessment.start',
      'governance.assessment.save',
      'governance.assessment.save',
      'governance.assessment.submit',
      'governance.assessment.endorse',
      'governance.assessment.endorse',
    ]);
    const status = await f.as('editor', {
      method: 'GET',
      url: `/api/v1/governance/applications/${app}/assessment-status`,
    });
    expect(json(status)).toMatchObject({
      stages: {
        planning: {
          status: 'complete',
          goNoGo: 'go',
          privacyChecklist: { required: false, complete: true },
          missingEndorsements: [],
          endorsements: [{ capacity: 'project_owner' }, { capacity: 'assurance_reviewer' }],
        },
        development: null,
      },
      reassessmentDue: [],
    });
  });

  it('a return sends the assessment back to draft with its comments kept, and the next round needs every endorsement again', async () => {
    const app = await application();
    const assessment = await submitted(app);
    expect((await act(assessment.id, 'endorse', 'approver')).statusCode).toBe(200);
    const noComment = await act(assessment.id, 'return', 'assurance_reviewer', {});
    expect(noComment.statusCode).toBe(400);
    const returned = await act(assessment.id, 'return', 'assurance_reviewer', {
      comment: 'Q6 needs evidence 請補充證據',
      answerComments: [{ questionId: 'Q6', comment: 'Which survey? 哪一項調查？' }],
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const body = json<AssessmentBody>(returned);
    expect(body.status).toBe('draft');
    expect(body.answers.Q6).toMatchObject({ value: 'yes', reviewerComment: 'Which survey? 哪一項調查？' });
    expect(body.decisions.map((d) => [d.round, d.capacity, d.decision, d.comment])).toEqual([
      [1, 'project_owner', 'endorse', null],
      [1, 'assurance_reviewer', 'return', 'Q6 needs evidence 請補充證據'],
    ]);
    // The preparer answers; the reviewer's comment stays on the answer.
    const answered = await save(assessment.id, { answers: { Q6: { value: 'yes', justification: 'Survey 2026' } } });
    expect(json<AssessmentBody>(answered).answers.Q6).toMatchObject({ reviewerComment: 'Which survey? 哪一項調查？' });
    const again = await act(assessment.id, 'submit', 'editor');
    expect(json<AssessmentBody>(again)).toMatchObject({
      status: 'in_review',
      missingEndorsements: ['project_owner', 'assurance_reviewer'],
    });
  });

  it('high impact needs the IT board / CIO; a low-impact assessment does not take its endorsement', async () => {
    const high = await submitted(await application(), { A: { value: 'yes' } });
    expect(high).toMatchObject({
      derivation: { impact: 'high' },
      requiredEndorsements: ['project_owner', 'assurance_reviewer', 'it_board'],
    });
    await act(high.id, 'endorse', 'approver');
    const two = await act(high.id, 'endorse', 'assurance_reviewer');
    expect(json<AssessmentBody>(two)).toMatchObject({ status: 'in_review', missingEndorsements: ['it_board'] });
    const board = await act(high.id, 'endorse', 'it_board');
    expect(json<AssessmentBody>(board)).toMatchObject({ status: 'complete', missingEndorsements: [] });

    // A high GenAI tier needs the board too, with low impact.
    const tierHigh = await submitted(await application(), {}, { H1: { value: 'yes' } });
    expect(tierHigh).toMatchObject({ derivation: { impact: 'low', tier: 'high' } });
    expect(tierHigh.requiredEndorsements).toContain('it_board');

    const low = await submitted(await application());
    const refused = await act(low.id, 'endorse', 'it_board');
    expect(refused.statusCode).toBe(409);
    expect(json<{ errors: { code: string }[] }>(refused).errors[0]?.code).toBe('capacity_not_required');
  });

  it('a caller without the capacity is refused: not the owner, not an assurance reviewer, or a role without governance:endorse', async () => {
    const assessment = await submitted(await application());
    const editor = await act(assessment.id, 'endorse', 'dept_admin');
    expect(editor.statusCode).toBe(403);
    expect(json<{ errors: { code: string }[] }>(editor).errors[0]?.code).toBe('no_capacity');
    expect((await act(assessment.id, 'endorse', 'agent')).statusCode).toBe(403);
    expect((await act(assessment.id, 'endorse', 'assurance_reviewer', { capacity: 'project_owner' })).statusCode).toBe(
      403,
    );
  });
});

describe('nobody endorses their own work', () => {
  it('the preparer who is also the project owner cannot endorse, in English or Chinese', async () => {
    const app = await application(f.own, { owner: f.own.users.editor.id });
    const assessment = await submitted(app);
    const english = await act(assessment.id, 'endorse', 'editor');
    expect(english.statusCode).toBe(403);
    const problem = json<{ code: string; detail: string; errors: { code: string; message: string }[] }>(english);
    expect(problem.errors[0]?.code).toBe('own_work');
    expect(problem.detail).toMatch(/Nobody endorses their own work/);
    const chinese = await act(assessment.id, 'endorse', 'editor', undefined, { 'accept-language': 'zh-HK' });
    expect(chinese.statusCode).toBe(403);
    expect(json<{ errors: { message: string }[] }>(chinese).errors[0]?.message).toBe(
      '你曾編寫或提交此評估，須由其他人背書',
    );
    expect(json<{ detail: string }>(chinese).detail).toContain('你曾編寫或提交此評估');
  });

  it('someone who saved answers is a preparer too: an assurance reviewer who prepared cannot endorse in any capacity', async () => {
    const both = await person(f.own, ['assurance_reviewer', 'editor']);
    const app = await application();
    const assessment = await start(app);
    const saved = await f.app.inject({
      method: 'PATCH',
      url: `/api/v1/governance/assessments/${assessment.id}`,
      headers: { authorization: `Bearer ${both.key}` },
      payload: {
        answers: answersFor(latestTemplate('hk-aiaia'), 'planning'),
        tierAnswers: answersFor(latestTemplate('hk-genai-tier'), null),
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await act(assessment.id, 'submit', 'editor')).statusCode).toBe(200);
    const refused = await f.app.inject({
      method: 'POST',
      url: `/api/v1/governance/assessments/${assessment.id}/endorse`,
      headers: { authorization: `Bearer ${both.key}` },
    });
    expect(refused.statusCode).toBe(403);
    expect(json<{ errors: { code: string }[] }>(refused).errors[0]?.code).toBe('own_work');
  });

  it('one person gives one capacity per assessment, even holding two', async () => {
    const both = await person(f.own, ['assurance_reviewer']);
    const app = await application(f.own, { owner: both.id });
    const assessment = await submitted(app);
    const send = (body?: object) =>
      f.app.inject({
        method: 'POST',
        url: `/api/v1/governance/assessments/${assessment.id}/endorse`,
        headers: { authorization: `Bearer ${both.key}` },
        ...(body ? { payload: body } : {}),
      });
    // Holding two open capacities, the caller must say which.
    expect((await send()).statusCode).toBe(400);
    const first = await send({ capacity: 'project_owner' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await send({ capacity: 'assurance_reviewer' });
    expect(second.statusCode).toBe(409);
    expect(json<{ errors: { code: string }[] }>(second).errors[0]?.code).toBe('second_capacity');
  });
});

describe('answers', () => {
  it('N/A without a justification is refused on submit, naming the question, in both languages', async () => {
    const assessment = await start(await application());
    await save(assessment.id, {
      answers: answersFor(latestTemplate('hk-aiaia'), 'planning', { Q2: { value: 'na' } }),
      tierAnswers: answersFor(latestTemplate('hk-genai-tier'), null),
    });
    const english = await act(assessment.id, 'submit', 'editor');
    expect(english.statusCode).toBe(422);
    expect(json<{ errors: unknown[] }>(english).errors).toEqual([
      {
        field: 'answers.Q2.justification',
        code: 'na_needs_justification',
        message: 'Question Q2 is answered N/A without a justification.',
      },
    ]);
    const chinese = await act(assessment.id, 'submit', 'editor', undefined, { 'accept-language': 'zh-HK' });
    expect(json<{ errors: { message: string }[] }>(chinese).errors[0]?.message).toBe(
      '問題 Q2 答「不適用」但未有說明理據。',
    );
    const justified = await save(assessment.id, {
      answers: { Q2: { value: 'na', justification: 'No external partner 沒有外部夥伴' } },
    });
    expect(json<AssessmentBody>(justified).problems).toEqual([]);
    expect((await act(assessment.id, 'submit', 'editor')).statusCode).toBe(200);
  });

  it('an unknown question or a value the question does not take is refused when saved', async () => {
    const assessment = await start(await application());
    const response = await save(assessment.id, { answers: { Q999: { value: 'yes' }, A: { value: 'maybe' } } });
    expect(response.statusCode).toBe(400);
    expect(json<{ errors: { field: string; code: string }[] }>(response).errors.map((e) => [e.field, e.code])).toEqual([
      ['body.answers.Q999', 'unknown_question'],
      ['body.answers.A.value', 'invalid_value'],
    ]);
  });

  it("words a template's rule for a refused value in the reader's language, never English prose to a Chinese reader", async () => {
    const assessment = await start(await application());
    const payload = { answers: { A: { value: 'maybe' } } };
    const english = await save(assessment.id, payload);
    expect(english.statusCode).toBe(400);
    expect(json<{ errors: unknown[] }>(english).errors).toEqual([
      { field: 'body.answers.A.value', code: 'invalid_value', message: 'Question A takes yes / no.' },
    ]);
    const chinese = await f.as('editor', {
      method: 'PATCH',
      url: `/api/v1/governance/assessments/${assessment.id}`,
      payload,
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(chinese.statusCode).toBe(400);
    expect(json<{ errors: { message: string }[] }>(chinese).errors.map((e) => e.message)).toEqual([
      '問題 A 只接受以下其中一個值：yes、no。',
    ]);
  });

  it('two preparers at once: answers to other questions are kept; an answer someone else saved since is not overwritten without a word', async () => {
    const app = await application();
    const assessment = await start(app);
    // Two preparers opened the empty draft; one answers A and Q1 first.
    expect(
      (await save(assessment.id, { answers: { A: { value: 'no' }, Q1: { value: 'Reads forms.' } } })).statusCode,
    ).toBe(200);
    const mine = { answers: { Q1: { value: 'Sorts letters.' }, B: { value: 'yes' } } };
    const refused = await save(assessment.id, { ...mine, base: { answers: { Q1: null, B: null } } });
    expect(refused.statusCode).toBe(409);
    expect(json<{ errors: unknown[] }>(refused).errors).toEqual([
      { field: 'body.answers.Q1', code: 'changed_meanwhile', message: expect.stringMatching(/someone else/) },
    ]);
    const inChinese = await f.as('editor', {
      method: 'PATCH',
      url: `/api/v1/governance/assessments/${assessment.id}`,
      payload: { ...mine, base: { answers: { Q1: null, B: null } } },
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(json<{ errors: { message: string }[] }>(inChinese).errors[0]?.message).toBe(
      '在你開啟後已被其他人改為另一個值',
    );
    const stored = await f.as('editor', { url: `/api/v1/governance/assessments/${assessment.id}` });
    expect(json<AssessmentBody>(stored).answers).toMatchObject({ A: { value: 'no' }, Q1: { value: 'Reads forms.' } });
    expect(json<AssessmentBody>(stored).answers).not.toHaveProperty('B');
    // Made from what is stored now (or the same answer), it is saved; A, which they did not touch, stays.
    const again = await save(assessment.id, { ...mine, base: { answers: { Q1: { value: 'Reads forms.' }, B: null } } });
    expect(again.statusCode, again.body).toBe(200);
    expect(json<AssessmentBody>(again).answers).toMatchObject({
      A: { value: 'no' },
      Q1: { value: 'Sorts letters.' },
      B: { value: 'yes' },
    });
    // Without a base, the answers given replace the stored ones, as before.
    expect((await save(assessment.id, { answers: { Q1: { value: 'Files forms.' } } })).statusCode).toBe(200);
    expect((await save(assessment.id, { base: { answers: {} } })).statusCode).toBe(400);
  });

  it('an application using personal data needs the PCPD checklist, and its oversight is derived', async () => {
    const app = await application(f.own, { personalData: true });
    const assessment = await start(app);
    await save(assessment.id, {
      answers: answersFor(latestTemplate('hk-aiaia'), 'planning'),
      tierAnswers: answersFor(latestTemplate('hk-genai-tier'), null),
    });
    const refused = await act(assessment.id, 'submit', 'editor');
    expect(refused.statusCode).toBe(422);
    expect(json<{ errors: { field: string }[] }>(refused).errors.map((e) => e.field)).toContain('privacyAnswers.R.use');
    await save(assessment.id, {
      privacyAnswers: answersFor(latestTemplate('pcpd-ai-privacy'), null, { 'R.sensitivity': { value: 'medium' } }),
    });
    const done = await act(assessment.id, 'submit', 'editor');
    expect(json<AssessmentBody>(done)).toMatchObject({ derivation: { oversight: 'in-command' } });
  });

  it("another department's application and assessment are 404", async () => {
    const theirs = await application(f.other);
    const mine = await start(await application());
    expect(
      (
        await f.as('editor', {
          method: 'POST',
          url: `/api/v1/governance/applications/${theirs}/assessments`,
          payload: { stage: 'planning' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await f.as('editor', { method: 'GET', url: `/api/v1/governance/assessments/${mine.id}` }, f.other)).statusCode,
    ).toBe(404);
    expect((await act(mine.id, 'endorse', null)).statusCode).toBe(401);
    const otherReviewer = await f.as(
      'assurance_reviewer',
      { method: 'POST', url: `/api/v1/governance/assessments/${mine.id}/endorse` },
      f.other,
    );
    expect(otherReviewer.statusCode).toBe(404);
  });
});

describe('template versioning', () => {
  it('an assessment made on version 1.4 keeps it, loads and validates after 1.5 ships with a new question', async () => {
    const v14 = latestTemplate('hk-aiaia');
    if (!v14) throw new Error('hk-aiaia missing');
    // Edition 1.5, made through the loader: the shipped editions written out as data, plus the new one.
    const folder = mkdtempSync(join(tmpdir(), 'lionrock-templates-'));
    temporary.push(folder);
    const v15 = structuredClone(v14);
    v15.version = '1.5';
    v15.parts[2]?.sections[0]?.questions.push({
      id: 'Q5A',
      kind: 'yes_no_na',
      text: { en: 'Is the public told how to complain?', zhHant: '市民是否知道如何投訴？' },
      stages: ['planning', 'deployment', 'monitoring'],
    });
    for (const template of shippedTemplates()
      .list()
      .filter((t) => !t.source.imported)) {
      writeFileSync(join(folder, `${template.id}@${template.version}.json`), JSON.stringify(template));
    }
    writeFileSync(join(folder, 'hk-aiaia@1.5.json'), JSON.stringify(v15));
    const both = loadTemplates(folder);
    expect(both.latest('hk-aiaia')?.version).toBe('1.5');

    const app = await application();
    const ctx: ServiceContext = {
      principal: { id: f.own.users.editor.id, roles: ['editor'], departmentId: f.own.department.id, keyId: null },
      requestId: 'test',
    };
    // Made while only 1.4 shipped, answered completely for 1.4.
    const old = await startAssessment(f.store.db, ctx, app, 'planning', shippedTemplates());
    const answered = await save(old.id, {
      answers: answersFor(v14, 'planning'),
      tierAnswers: answersFor(latestTemplate('hk-genai-tier'), null),
    });
    expect(answered.statusCode, answered.body).toBe(200);

    // 1.5 ships: a new assessment takes it; the old one still loads, keeps 1.4 and validates on it.
    const fresh = await startAssessment(f.store.db, ctx, await application(), 'planning', both);
    expect(fresh.templateVersion).toBe('1.5');
    const reloaded = await getAssessment(f.store.db, ctx.principal, old.id);
    expect(reloaded.templateVersion).toBe('1.4');
    expect(problemsOf(both, reloaded, false)).toEqual([]);
    expect(problemsOf(both, { ...reloaded, templateVersion: '1.5' }, false).map((p) => p.field)).toEqual([
      'answers.Q5A',
    ]);
    const submittedOld = await submitAssessment(f.store.db, ctx, old.id, both);
    expect(submittedOld).toMatchObject({ status: 'in_review', templateVersion: '1.4' });
    const view = await f.as('auditor', { method: 'GET', url: `/api/v1/governance/assessments/${old.id}` });
    expect(json(view)).toMatchObject({ templateVersion: '1.4', templates: expect.arrayContaining(['hk-aiaia@1.4']) });
  });
});

describe('re-assessment', () => {
  it('a guard policy change makes the assessed bot applications of the department due; unassessed ones are not', async () => {
    const botId = await testBot(f.store, f.own, false);
    const assessed = await application(f.own, { botId });
    await completed(assessed);
    const unassessed = await application(f.own, { botId: await testBot(f.store, f.own, false) });
    const response = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/guard/policy',
      payload: { policy: {} },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((await openFlags(assessed)).map((flag) => flag.kind)).toEqual(['policy_change']);
    expect(await openFlags(unassessed)).toEqual([]);
    // Completing a stage again answers the flag.
    await completed(assessed);
    expect(await openFlags(assessed)).toEqual([]);
  });

  it('publishing a new kind of knowledge source makes it due; another source of a kind the bot has does not', async () => {
    // Its own fixture: no other FAQ may have been published in the department before.
    const fixture = await createFixture();
    const previous = f;
    f = fixture;
    try {
      const app = await application(f.own, { botId: await testBot(f.store, f.own, false) });
      await completed(app);
      const approve = (versionId: string) =>
        f.as('approver', { method: 'POST', url: `/api/v1/knowledge/versions/${versionId}/approve` });
      expect((await approve((await knowledgeDraft(f.store, f.own)).versionId)).statusCode).toBe(200);
      expect((await openFlags(app)).map((flag) => [flag.kind, flag.detail])).toEqual([
        ['knowledge_source_type', { kind: 'faq' }],
      ]);
      await completed(app);
      expect((await approve((await knowledgeDraft(f.store, f.own)).versionId)).statusCode).toBe(200);
      expect(await openFlags(app)).toEqual([]);
    } finally {
      f = previous;
      await fixture.close();
    }
  });

  describe('a model identity different from the assessed one', () => {
    let fake: FakeProvider;
    beforeAll(async () => {
      fake = await startFakeProvider();
      await createProvider(f.store.db, cli, f.app.gateway.secrets, {
        name: 'assessed',
        baseUrl: fake.url,
        models: ['m'],
      });
      await putAllowlist(f.store.db, cli, f.own.department.id, [{ provider: 'assessed', model: 'm' }]);
    });
    afterAll(async () => fake.close());

    const call = async (botId: string) => {
      await f.app.gateway.complete({
        departmentId: f.own.department.id,
        botId,
        provider: 'assessed',
        model: 'm',
        messages: [{ role: 'user', content: 'hello' }],
        actor: { id: 'test', roles: ['service'], departmentId: f.own.department.id },
        requestId: null,
      });
      await f.app.gateway.flush();
    };

    it('makes re-assessment due once the sweep sees the provider answer as another model or fingerprint', async () => {
      const botId = await testBot(f.store, f.own, false);
      const app = await application(f.own, { botId });
      fake.setDefault({ kind: 'reply', model: 'm-2026-01', fingerprint: 'fp_one' });
      await call(botId);
      await completed(app);
      await call(botId);
      await runGovernanceSweep(f.store.db);
      expect(await openFlags(app)).toEqual([]);

      fake.setDefault({ kind: 'reply', model: 'm-2026-01', fingerprint: 'fp_two' });
      await call(botId);
      await runGovernanceSweep(f.store.db);
      await runGovernanceSweep(f.store.db);
      expect((await openFlags(app)).map((flag) => [flag.kind, flag.detail])).toEqual([
        ['model_change', { model: 'm-2026-01', fingerprint: 'fp_two' }],
      ]);
      fake.setDefault({ kind: 'reply' });
    });
  });

  it('a new data source or model registered for an assessed application makes it due', async () => {
    const app = await application(f.own, { dataSources: ['Forms archive'] });
    const patch = (payload: object) =>
      f.as('editor', { method: 'PATCH', url: `/api/v1/governance/applications/${app}`, payload });
    // Not yet assessed: nothing is *re*-assessed.
    expect((await patch({ dataSources: ['Forms archive', 'Scanned letters'] })).statusCode).toBe(200);
    expect(await openFlags(app)).toEqual([]);
    await completed(app);
    expect((await patch({ purpose: { en: 'Reads forms faster', zhHant: '更快讀取表格' } })).statusCode).toBe(200);
    expect(await openFlags(app)).toEqual([]);
    const changed = await patch({
      dataSources: ['Forms archive', 'Scanned letters', 'Census 2026'],
      models: [{ provider: 'in-house', model: 'ocr-v2' }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await openFlags(app)).map((flag) => [flag.kind, flag.detail]).sort()).toEqual([
      ['data_source', { dataSources: ['Census 2026'] }],
      ['model_change', { models: ['in-house/ocr-v2'] }],
    ]);
  });

  it('an incident reported through the API makes it due, once per reason', async () => {
    const app = await application();
    const report = () =>
      f.as('editor', {
        method: 'POST',
        url: `/api/v1/governance/applications/${app}/reassessment`,
        payload: { reason: 'Wrong fee quoted 報錯收費' },
      });
    expect((await report()).statusCode).toBe(201);
    expect((await report()).statusCode).toBe(200);
    expect((await openFlags(app)).map((flag) => flag.kind)).toEqual(['incident']);
    expect(
      (
        await f.as(
          'editor',
          { method: 'POST', url: `/api/v1/governance/applications/${app}/reassessment`, payload: { reason: 'x' } },
          f.other,
        )
      ).statusCode,
    ).toBe(404);
  });

  it('on a schedule: an overdue live application is flagged, and suspended only where its department says so', async () => {
    const fixture = await createFixture();
    const previous = f;
    f = fixture;
    try {
      const app = await application();
      const done = await completed(app);
      for (const status of ['in_review', 'approved', 'testing', 'live'] as const) {
        await setApplicationStatus(fixture.store.db, cli, app, status);
      }
      const status = json<{ nextReviewDue: string; stages: { planning: { completedAt: string } } }>(
        await fixture.as('auditor', { method: 'GET', url: `/api/v1/governance/applications/${app}/assessment-status` }),
      );
      const completedAt = new Date(status.stages.planning.completedAt);
      const due = new Date(status.nextReviewDue);
      // Low risk: every 12 months.
      expect(
        due.getUTCFullYear() * 12 + due.getUTCMonth() - (completedAt.getUTCFullYear() * 12 + completedAt.getUTCMonth()),
      ).toBe(12);
      expect(done.status).toBe('complete');

      const before = await runGovernanceSweep(fixture.store.db, new Date(due.getTime() - 60_000));
      expect(before.flagged).toEqual([]);
      const overdueList = async () =>
        json<{ items: { applicationId: string }[] }>(
          await fixture.as('auditor', { method: 'GET', url: '/api/v1/governance/overdue' }),
        ).items;
      expect(await overdueList()).toEqual([]);

      const later = new Date(due.getTime() + 60_000);
      const flagged = await runGovernanceSweep(fixture.store.db, later);
      expect(flagged).toMatchObject({ flagged: [app], suspended: [] });
      expect((await openFlags(app)).map((flag) => flag.kind)).toEqual(['schedule']);
      expect(await getApplication(fixture.store.db, CLI_PRINCIPAL, app)).toMatchObject({ status: 'live' });

      const put = await fixture.as('dept_admin', {
        method: 'PUT',
        url: '/api/v1/governance/settings',
        payload: { suspendOverdue: true },
      });
      expect(put.statusCode, put.body).toBe(200);
      expect(
        (
          await fixture.as('editor', {
            method: 'PUT',
            url: '/api/v1/governance/settings',
            payload: { suspendOverdue: false },
          })
        ).statusCode,
      ).toBe(403);
      const suspended = await runGovernanceSweep(fixture.store.db, later);
      expect(suspended).toMatchObject({ flagged: [], suspended: [app] });
      expect(await getApplication(fixture.store.db, CLI_PRINCIPAL, app)).toMatchObject({ status: 'suspended' });
      const flags = await fixture.store.db
        .select()
        .from(governanceReassessments)
        .where(and(eq(governanceReassessments.applicationId, app), gt(governanceReassessments.createdAt, new Date(0))));
      expect(flags).toHaveLength(1);
    } finally {
      f = previous;
      await fixture.close();
    }
  });
});
