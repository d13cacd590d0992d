import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answers } from './answer.ts';
import { applicableQuestions, assessmentProblems } from './assessment-problems.ts';
import { latestTemplate, loadTemplates } from './template-registry.ts';
import { type Template, templateQuestions } from './template-schema.ts';

const aiaia = latestTemplate('hk-aiaia') as Template;
const HEADER = ['header.application', 'header.department', 'header.owner', 'header.preparer'];
const GATING = ['A', 'B', 'C(i)', 'C(ii)', 'C(iii)', 'D', 'E', 'F', 'G', 'H'];
const q = (...numbers: string[]) => numbers.map((n) => `Q${n}`);
const range = (from: number, to: number) => q(...Array.from({ length: to - from + 1 }, (_, i) => String(from + i)));

/** Answers every applicable question: yes for yes/no/N.A., text for text, go for go/no-go. */
function complete(template: Template, stage: Parameters<typeof applicableQuestions>[1]): Answers {
  const value = { yes_no: 'no', yes_no_na: 'yes', text: 'written', go_no_go: 'go', level: 'low' } as const;
  return Object.fromEntries(
    applicableQuestions(template, stage).map((question) => [question.id, { value: value[question.kind] }]),
  );
}

describe('hk-aiaia structure', () => {
  it('has 58 numbered questions in parts A–D with the brief’s section ranges', () => {
    const numbers = new Set(
      templateQuestions(aiaia)
        .filter((question) => question.id.startsWith('Q'))
        .map((question) => Number(question.number?.split('(')[0])),
    );
    expect([...numbers]).toEqual(Array.from({ length: 58 }, (_, i) => i + 1));
    const sections = aiaia.parts
      .filter((part) => ['A', 'B', 'C', 'D'].includes(part.id))
      .flatMap((part) => part.sections.map((s) => `${part.id} ${s.title.en} ${s.range}`));
    expect(sections).toEqual([
      'A Purpose and accountability 1–5',
      'B Planning 6–10',
      'B Ecosystem 11–13',
      'B Third parties 14–17',
      'B Development 18–26',
      'B Deployment 27–35',
      'B Operation and monitoring 36–38',
      'C Compliance 39–40',
      'C Beneficial impact 41–44',
      'C Negative impact 45–49',
      'C Controls 50–54',
      'D Go / no-go decision 55–58',
    ]);
  });

  it('maps every question of parts A–D to at least one of the 12 principles', () => {
    expect(aiaia.principles?.map((p) => p.id)).toHaveLength(12);
    expect(aiaia.principles?.filter((p) => p.fundamental).map((p) => p.name.en)).toEqual([
      'Transparency and Interpretability',
      'Reliability, Robustness and Security',
    ]);
    const unmapped = templateQuestions(aiaia).filter((x) => x.id.startsWith('Q') && !x.principles?.length);
    expect(unmapped).toEqual([]);
  });

  it('asks at planning: header, gating, Q1–8, 9(i), 41–49, 57–58', () => {
    expect(applicableQuestions(aiaia, 'planning').map((x) => x.id)).toEqual([
      ...HEADER,
      ...GATING,
      ...range(1, 8),
      'Q9(i)',
      ...range(41, 49),
      'Q57',
      'Q58',
    ]);
  });

  it('asks at development: header, gating, 9(ii), 10–14, 18–19, 22–29, 30(i)(ii), 31–34, 37(i), 52–56', () => {
    expect(applicableQuestions(aiaia, 'development').map((x) => x.id)).toEqual([
      ...HEADER,
      ...GATING,
      'Q9(ii)',
      ...range(10, 14),
      ...range(18, 19),
      ...range(22, 29),
      'Q30(i)',
      'Q30(ii)',
      ...range(31, 34),
      'Q37(i)',
      ...range(52, 56),
    ]);
  });

  it('asks every question at deployment and at monitoring', () => {
    const all = templateQuestions(aiaia).map((x) => x.id);
    expect(applicableQuestions(aiaia, 'deployment').map((x) => x.id)).toEqual(all);
    expect(applicableQuestions(aiaia, 'monitoring').map((x) => x.id)).toEqual(all);
  });
});

describe('assessmentProblems', () => {
  it('finds nothing wrong with a complete planning assessment', () => {
    expect(assessmentProblems(aiaia, 'planning', complete(aiaia, 'planning'))).toEqual([]);
  });

  it('lists each applicable question left unanswered, and only those', () => {
    const { Q3: _a, 'Q9(i)': _b, ...answers } = complete(aiaia, 'planning');
    const issues = assessmentProblems(aiaia, 'planning', answers);
    expect(issues.map((i) => [i.code, i.questionId])).toEqual([
      ['unanswered', 'Q3'],
      ['unanswered', 'Q9(i)'],
    ]);
    expect(issues[0]?.message.zhHant).toMatch(/尚未作答/);
  });

  it('requires a justification for N/A and accepts N/A with one; a reviewer comment is allowed on any answer', () => {
    const answers = {
      ...complete(aiaia, 'planning'),
      Q2: { value: 'na', reviewerComment: 'Why N/A?' },
      Q4: {
        value: 'na',
        justification: 'One-person pilot; roles are set in the pilot charter.',
        reviewerComment: 'OK',
      },
      Q5: { value: 'na', justification: '   ' },
    };
    const issues = assessmentProblems(aiaia, 'planning', answers);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['na_needs_justification', 'Q2.justification'],
      ['na_needs_justification', 'Q5.justification'],
    ]);
  });

  it('refuses values a question does not take: N/A on a gating criterion, blank text, a go/no-go outside its choices', () => {
    const answers = {
      ...complete(aiaia, 'planning'),
      A: { value: 'na', justification: 'unsure' },
      Q1: { value: '  ' },
      Q58: { value: 'maybe' },
      Q99: { value: 'yes' },
    };
    expect(assessmentProblems(aiaia, 'planning', answers).map((i) => [i.code, i.questionId])).toEqual([
      ['invalid_value', 'A'],
      ['invalid_value', 'Q1'],
      ['invalid_value', 'Q58'],
      ['unknown_question', 'Q99'],
    ]);
  });

  it('words the rule of a refused value in both languages: the values the question takes, or non-blank text', () => {
    const answers = {
      ...complete(aiaia, 'planning'),
      A: { value: 'na' },
      Q1: { value: '  ' },
      Q58: { value: 'maybe' },
    };
    expect(assessmentProblems(aiaia, 'planning', answers).map((i) => i.message)).toEqual([
      { en: 'Question A takes yes / no.', zhHant: '問題 A 只接受以下其中一個值：yes、no。' },
      { en: 'Question Q1 takes non-blank text.', zhHant: '問題 Q1 只接受非空白的文字。' },
      {
        en: 'Question Q58 takes go / no_go / escalate.',
        zhHant: '問題 Q58 只接受以下其中一個值：go、no_go、escalate。',
      },
    ]);
  });

  it('accepts go, no-go and escalate as answers to Q58', () => {
    for (const value of ['go', 'no_go', 'escalate']) {
      expect(assessmentProblems(aiaia, 'planning', { ...complete(aiaia, 'planning'), Q58: { value } })).toEqual([]);
    }
  });

  it('validates an answered AI Verify checklist, N.A. with its elaboration', () => {
    const checklist = latestTemplate('aiverify-process-checklist') as Template;
    const answers: Answers = {
      ...complete(checklist, null),
      '7.1.1': { value: 'na', justification: 'No individual-level decisions are made.' },
      '9.1.2': { value: 'no', justification: 'A committee is being formed.' },
    };
    expect(assessmentProblems(checklist, null, answers)).toEqual([]);
    const { '1.1.1': _gone, ...missing } = answers;
    expect(assessmentProblems(checklist, null, missing).map((i) => i.questionId)).toEqual(['1.1.1']);
  });
});

describe('template editions side by side', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lionrock-editions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const next = structuredClone(aiaia);
  next.version = '1.5';
  next.parts[2]?.sections[0]?.questions.push({
    id: 'Q5A',
    number: '5A',
    kind: 'yes_no_na',
    text: { en: 'A question new in 1.5?', zhHant: '1.5 版新增的問題？' },
    stages: ['planning', 'deployment', 'monitoring'],
    principles: ['accountability'],
  });
  writeFileSync(join(dir, 'hk-aiaia@1.4.json'), JSON.stringify(aiaia));
  writeFileSync(join(dir, 'hk-aiaia@1.5.json'), JSON.stringify(next));
  const registry = loadTemplates(dir);

  it('loads both editions, picks each by (id, version) and the newest as latest', () => {
    expect(registry.get('hk-aiaia', '1.4')?.version).toBe('1.4');
    expect(registry.get('hk-aiaia', '1.5')?.version).toBe('1.5');
    expect(registry.latest('hk-aiaia')?.version).toBe('1.5');
    expect(registry.get('hk-aiaia', '1.3')).toBeUndefined();
  });

  it('keeps an old answer set valid against its own edition while the new edition asks more', () => {
    const old = registry.get('hk-aiaia', '1.4') as Template;
    const answers = complete(old, 'planning');
    expect(assessmentProblems(old, 'planning', answers)).toEqual([]);
    const latest = registry.latest('hk-aiaia') as Template;
    expect(assessmentProblems(latest, 'planning', answers).map((i) => i.questionId)).toEqual(['Q5A']);
  });
});
