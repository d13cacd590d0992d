import type { Answer, Answers } from './answer.ts';
import {
  KIND_VALUES,
  type LocalizedText,
  type Question,
  type Stage,
  type Template,
  templateQuestions,
} from './template-schema.ts';

/** Why an answer set is not complete for a stage; stable codes, messages in both languages. */
export type AssessmentIssueCode = 'unanswered' | 'na_needs_justification' | 'invalid_value' | 'unknown_question';

export interface AssessmentIssue {
  code: AssessmentIssueCode;
  /** The question the issue is about. */
  questionId: string;
  /** Where in the submitted answers: `[questionId]` or `[questionId, 'justification']`. */
  path: string[];
  message: LocalizedText;
}

/** The detail of an issue other than `invalid_value`, whose words need none. */
const NO_DETAIL: LocalizedText = { en: '', zhHant: '' };

const MESSAGES: Record<AssessmentIssueCode, (id: string, detail: LocalizedText) => LocalizedText> = {
  unanswered: (id) => ({
    en: `Question ${id} applies at this stage and has no answer.`,
    zhHant: `問題 ${id} 適用於此階段，但尚未作答。`,
  }),
  na_needs_justification: (id) => ({
    en: `Question ${id} is answered N/A without a justification.`,
    zhHant: `問題 ${id} 答「不適用」但未有說明理據。`,
  }),
  invalid_value: (id, detail) => ({
    en: `Question ${id} takes ${detail.en}.`,
    zhHant: `問題 ${id} 只接受${detail.zhHant}。`,
  }),
  unknown_question: (id) => ({ en: `The template has no question ${id}.`, zhHant: `範本沒有問題 ${id}。` }),
};

/**
 * An issue about one question; `detail` is what an `invalid_value` question takes, in both languages
 * (the template's rule for the question's kind), so a Chinese reader gets no English prose.
 *
 * @example assessmentIssue('invalid_value', 'A', { en: 'yes / no', zhHant: '以下其中一個值：yes、no' })
 */
export function assessmentIssue(
  code: AssessmentIssueCode,
  questionId: string,
  detail: LocalizedText = NO_DETAIL,
): AssessmentIssue {
  const path = code === 'na_needs_justification' ? [questionId, 'justification'] : [questionId];
  return { code, questionId, path, message: MESSAGES[code](questionId, detail) };
}

/**
 * The questions to answer at a stage: those listing the stage, those without stages, and all of
 * them when the template has no stages or `stage` is null.
 */
export function applicableQuestions(template: Template, stage: Stage | null): Question[] {
  const all = templateQuestions(template);
  if (!template.stages || stage === null) return all;
  return all.filter((q) => !q.stages || q.stages.includes(stage));
}

/** The closed values a question takes, as the API spells them (`yes / no`; 「以下其中一個值：yes、no」). */
function takesValues(values: readonly string[]): LocalizedText {
  return { en: values.join(' / '), zhHant: `以下其中一個值：${values.join('、')}` };
}

const NON_BLANK_TEXT: LocalizedText = { en: 'non-blank text', zhHant: '非空白的文字' };

/** What is wrong with one given answer: a value outside its kind, or N/A without a justification. */
export function answerProblem(question: Question, answer: Answer): AssessmentIssue | null {
  if (question.kind === 'text') {
    return answer.value.trim() === '' ? assessmentIssue('invalid_value', question.id, NON_BLANK_TEXT) : null;
  }
  const allowed: readonly string[] = KIND_VALUES[question.kind];
  if (!allowed.includes(answer.value)) return assessmentIssue('invalid_value', question.id, takesValues(allowed));
  if (answer.value === 'na' && !answer.justification?.trim()) {
    return assessmentIssue('na_needs_justification', question.id);
  }
  return null;
}

/**
 * Everything that keeps an answer set from being complete at a stage: applicable questions
 * without an answer, N/A without a justification, values the question does not take, and answers
 * to questions the template does not have. Empty means complete. The go-live gate and the
 * workflow call it; answers to questions of other stages are kept and checked but not required.
 *
 * @example assessmentProblems(latestTemplate('hk-aiaia')!, 'planning', { A: { value: 'no' } })
 */
export function assessmentProblems(template: Template, stage: Stage | null, answers: Answers): AssessmentIssue[] {
  const issues: AssessmentIssue[] = [];
  const byId = new Map(templateQuestions(template).map((q) => [q.id, q]));
  for (const question of applicableQuestions(template, stage)) {
    if (!Object.hasOwn(answers, question.id)) issues.push(assessmentIssue('unanswered', question.id));
  }
  for (const [id, answer] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) {
      issues.push(assessmentIssue('unknown_question', id));
      continue;
    }
    const problem = answerProblem(question, answer);
    if (problem) issues.push(problem);
  }
  return issues;
}
