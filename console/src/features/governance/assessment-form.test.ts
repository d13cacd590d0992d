import { describe, expect, it } from 'vitest';
import {
  answeredCount,
  basesOf,
  draftOf,
  type FormTemplate,
  patchOf,
  placeOf,
  problemsByPlace,
  rebasedDraft,
  stageLayout,
  stageQuestionIds,
} from './assessment-form.ts';

const text = (en: string) => ({ en, zhHant: en });
const TEMPLATE: FormTemplate = {
  id: 't',
  version: '1.0',
  title: text('T'),
  stages: ['planning', 'deployment'],
  parts: [
    {
      id: 'header',
      title: text('Header'),
      sections: [{ id: 'h', title: text('H'), questions: [{ id: 'header.owner', kind: 'text', text: text('Owner') }] }],
    },
    {
      id: 'B',
      title: text('Part B'),
      sections: [
        {
          id: 'planning',
          title: text('Planning'),
          questions: [{ id: 'Q1', kind: 'yes_no_na', text: text('q1'), stages: ['planning'] }],
        },
        {
          id: 'deployment',
          title: text('Deployment'),
          questions: [
            { id: 'Q2', kind: 'yes_no_na', text: text('q2'), stages: ['deployment'] },
            { id: 'Q3', kind: 'go_no_go', text: text('q3'), stages: ['planning', 'deployment'] },
          ],
        },
      ],
    },
    {
      id: 'C',
      title: text('Part C'),
      sections: [
        {
          id: 'c',
          title: text('C'),
          questions: [{ id: 'Q4', kind: 'yes_no', text: text('q4'), stages: ['planning'] }],
        },
      ],
    },
  ],
};

describe('the assessment form', () => {
  it('asks at a stage the questions naming it or no stage, keeping parts and sections and dropping empty ones', () => {
    const layout = stageLayout(TEMPLATE, 'deployment');
    expect(layout.map((part) => part.id)).toEqual(['header', 'B']);
    expect(layout[1]?.sections.map((section) => section.id)).toEqual(['deployment']);
    expect(stageQuestionIds(TEMPLATE, 'deployment')).toEqual(['header.owner', 'Q2', 'Q3']);
    expect(stageQuestionIds(TEMPLATE, null)).toEqual(['header.owner', 'Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('saves only what changed: new and changed answers, null for cleared ones, a justification only with N/A', () => {
    const saved = draftOf({
      answers: { Q1: { value: 'yes' }, Q2: { value: 'na', justification: 'No users yet' }, Q3: { value: 'go' } },
      tierAnswers: null,
      privacyAnswers: null,
    });
    const draft = structuredClone(saved);
    expect(patchOf(saved, draft)).toEqual({});
    draft.answers.Q1 = { value: 'na', justification: ' Not used here ' };
    draft.answers.Q2 = { value: 'yes', justification: 'No users yet' };
    draft.answers.Q3 = { value: '', justification: '' };
    draft.answers['header.owner'] = { value: 'Chan Tai Man', justification: '' };
    draft.tierAnswers.U1 = { value: 'no', justification: '' };
    expect(patchOf(saved, draft)).toEqual({
      answers: {
        Q1: { value: 'na', justification: 'Not used here' },
        Q2: { value: 'yes' },
        Q3: null,
        'header.owner': { value: 'Chan Tai Man' },
      },
      tierAnswers: { U1: { value: 'no' } },
    });
  });

  it("moves the officer's changes onto answers someone else saved, naming the questions both answered differently", () => {
    const base = draftOf({
      answers: { Q1: { value: 'yes' }, Q2: { value: 'na', justification: 'No users yet' } },
      tierAnswers: null,
      privacyAnswers: null,
    });
    const draft = structuredClone(base);
    draft.answers.Q1 = { value: 'no', justification: '' }; // changed; they changed it too, otherwise
    draft.answers.Q3 = { value: 'go', justification: '' }; // new; they gave the same answer
    delete draft.answers.Q2; // cleared; they left it
    const latest = structuredClone(base);
    latest.answers.Q1 = { value: 'na', justification: 'Not ours' };
    latest.answers.Q3 = { value: 'go', justification: '' };
    latest.answers.Q4 = { value: 'yes', justification: '' }; // theirs alone
    const moved = rebasedDraft(base, draft, latest);
    expect(moved.draft.answers).toEqual({
      Q1: { value: 'no', justification: '' },
      Q3: { value: 'go', justification: '' },
      Q4: { value: 'yes', justification: '' },
    });
    expect(moved.clashes).toEqual([{ set: 'answers', questionId: 'Q1' }]);
    // Their Q1 and Q4 differ from what the officer had; their Q3 is the officer's own answer.
    expect(moved.theirs).toBe(2);
    // Nothing changed on either side: nothing to tell.
    expect(rebasedDraft(base, base, structuredClone(base))).toMatchObject({ clashes: [], theirs: 0 });
    // A save names what each changed question held before: an answer, or null for none.
    const patch = patchOf(base, draft);
    expect(basesOf(base, patch)).toEqual({
      answers: { Q1: { value: 'yes' }, Q2: { value: 'na', justification: 'No users yet' }, Q3: null },
    });
  });

  it('puts each refusal beside its question, question ids with dots included', () => {
    expect(placeOf('answers.Q12.justification')).toEqual({ set: 'answers', questionId: 'Q12', part: 'justification' });
    expect(placeOf('body.tierAnswers.H1.value')).toEqual({ set: 'tierAnswers', questionId: 'H1', part: 'value' });
    expect(placeOf('answers.header.owner')).toEqual({ set: 'answers', questionId: 'header.owner', part: 'value' });
    expect(placeOf('body.comment')).toBeNull();
    const byPlace = problemsByPlace([
      { field: 'answers.Q2.justification', message: 'say why' },
      { field: 'privacyAnswers.P1', message: 'unanswered' },
      { field: 'gate.x', message: 'ignored' },
    ]);
    expect([...byPlace.entries()]).toEqual([
      ['answers/Q2/justification', ['say why']],
      ['privacyAnswers/P1/value', ['unanswered']],
    ]);
  });

  it('counts an N/A as answered only once it is justified', () => {
    const answers = {
      Q1: { value: 'yes', justification: '' },
      Q2: { value: 'na', justification: '' },
      Q3: { value: 'na', justification: 'because' },
      Q4: { value: ' ', justification: '' },
    };
    expect(answeredCount(answers, ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'])).toBe(2);
  });
});
