import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, type ServiceContext } from '../access/index.ts';
import {
  applicableQuestions,
  createApplication,
  latestTemplate,
  saveAnswers,
  startAssessment,
  submitAssessment,
  type Template,
} from '../governance/index.ts';
import { createFixture, type DepartmentFixture, type Fixture } from './test-fixture.ts';

/**
 * What the console's assessment form and reviewer queue read (issue #16): a template edition by id
 * and version, and the assessments waiting for the caller's endorsement in a capacity they hold.
 */

let f: Fixture;
const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'test' };

beforeAll(async () => {
  f = await createFixture();
});
afterAll(() => f?.close());

/** Every applicable question answered; `yes` to the gating criterion A makes the impact high. */
function answersFor(template: Template | undefined, stage: 'deployment' | null, highImpact = false) {
  if (!template) throw new Error('template not loaded');
  const answers: Record<string, { value: string }> = {};
  for (const question of applicableQuestions(template, stage)) {
    answers[question.id] = {
      value: { yes_no: 'no', yes_no_na: 'yes', go_no_go: 'go', level: 'low', text: 'Answered 已作答' }[question.kind],
    };
  }
  if (highImpact) answers.A = { value: 'yes' };
  return answers;
}

/** An application of `target` owned by its approver, its deployment assessment submitted by its editor. */
async function submitted(target: DepartmentFixture, highImpact = false) {
  const application = await createApplication(f.store.db, cli, {
    departmentId: target.department.id,
    ownerId: target.users.approver.id,
    type: 'ocr',
    name: { en: 'Form reader', zhHant: '表格讀取' },
    purpose: { en: 'Reads forms', zhHant: '讀取表格' },
    publicFacing: false,
    generative: false,
    personalData: false,
  });
  const editor: ServiceContext = {
    principal: { id: target.users.editor.id, roles: ['editor'], departmentId: target.department.id, keyId: null },
    requestId: 'test',
  };
  const assessment = await startAssessment(f.store.db, editor, application.id, 'deployment');
  await saveAnswers(f.store.db, editor, assessment.id, {
    answers: answersFor(latestTemplate('hk-aiaia'), 'deployment', highImpact),
    tierAnswers: answersFor(latestTemplate('hk-genai-tier'), null),
  });
  await submitAssessment(f.store.db, editor, assessment.id);
  return { applicationId: application.id, assessmentId: assessment.id };
}

type Queue = { items: { assessmentId: string; stage: string; capacities: string[]; name: { en: string } }[] };
const queueOf = async (role: 'assurance_reviewer' | 'it_board' | 'approver' | 'editor' | 'auditor', target = f.own) =>
  f.as(role, { method: 'GET', url: '/api/v1/governance/review-queue' }, target);

describe('the reviewer queue and assessment templates API', () => {
  it('serves a template edition with its parts, questions, stages and principles; 404 for an unknown edition', async () => {
    const response = await f.as('auditor', { method: 'GET', url: '/api/v1/governance/templates/hk-aiaia/1.4' });
    expect(response.statusCode).toBe(200);
    const template = response.json() as Template;
    expect(template.parts.map((part) => part.id)).toEqual(['header', 'gating', 'A', 'B', 'C', 'D']);
    const q58 = template.parts.at(-1)?.sections.at(-1)?.questions.at(-1);
    expect(q58).toMatchObject({ id: 'Q58', kind: 'go_no_go', principles: ['accountability', 'human-oversight'] });
    expect(template.principles?.length).toBe(12);
    const missing = await f.as('auditor', { method: 'GET', url: '/api/v1/governance/templates/hk-aiaia/0.9' });
    expect(missing.statusCode).toBe(404);
    const bad = await f.as('auditor', { method: 'GET', url: '/api/v1/governance/templates/HK/x' });
    expect(bad.statusCode).toBe(400);
  });

  it('lists an assessment in review for each capacity still open, never to its preparer, and drops it once decided', async () => {
    const low = await submitted(f.own);
    const high = await submitted(f.own, true);
    const theirs = await submitted(f.other);

    const reviewer = (await queueOf('assurance_reviewer')).json() as Queue;
    const mine = reviewer.items.map((item) => item.assessmentId);
    expect(mine).toEqual(expect.arrayContaining([low.assessmentId, high.assessmentId]));
    expect(mine).not.toContain(theirs.assessmentId);
    expect(reviewer.items.find((item) => item.assessmentId === low.assessmentId)).toMatchObject({
      stage: 'deployment',
      capacities: ['assurance_reviewer'],
      name: { en: 'Form reader' },
    });
    // The IT board / CIO is asked only for high impact; the owner (the approver) for both.
    const board = ((await queueOf('it_board')).json() as Queue).items.map((item) => item.assessmentId);
    expect(board).toContain(high.assessmentId);
    expect(board).not.toContain(low.assessmentId);
    const owner = ((await queueOf('approver')).json() as Queue).items;
    expect(owner.find((item) => item.assessmentId === low.assessmentId)?.capacities).toEqual(['project_owner']);

    const endorse = await f.as('assurance_reviewer', {
      method: 'POST',
      url: `/api/v1/governance/assessments/${low.assessmentId}/endorse`,
      payload: {},
    });
    expect(endorse.statusCode, endorse.body).toBe(200);
    const after = ((await queueOf('assurance_reviewer')).json() as Queue).items.map((item) => item.assessmentId);
    expect(after).not.toContain(low.assessmentId);
    expect(after).toContain(high.assessmentId);
  });

  it('names every department with applications in the shared catalogue, to any governance reader', async () => {
    await submitted(f.other);
    const response = await f.as('agent', { method: 'GET', url: '/api/v1/governance/departments' });
    expect(response.statusCode).toBe(200);
    const ids = (response.json() as { items: { id: string; nameEn: string; nameZh: string }[] }).items.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining([f.own.department.id, f.other.department.id]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the preparer none of their own work, and answers 403 to a role that cannot endorse', async () => {
    const own = await submitted(f.own);
    const editor = await queueOf('editor');
    expect(editor.statusCode).toBe(200);
    expect((editor.json() as Queue).items.map((item) => item.assessmentId)).not.toContain(own.assessmentId);
    expect((await queueOf('auditor')).statusCode).toBe(403);
  });
});
