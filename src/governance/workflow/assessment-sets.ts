import { AppError, counted, type LocalizedIssue as CoreLocalizedIssue, issueMessage } from '../../core/index.ts';
import type { StoredAnswer, StoredAnswerSet } from '../../store/index.ts';
import {
  type AnsweredTemplate,
  type AssessmentIssue,
  assessmentProblems,
  type LocalizedText,
  type Stage,
  type Template,
  type TemplateRegistry,
} from '../assessment/index.ts';

/** The templates an assessment is answered on: the impact assessment, the GenAI tiers, the PCPD checklist. */
export const IMPACT_TEMPLATE = 'hk-aiaia';
export const TIER_TEMPLATE = 'hk-genai-tier';
export const PRIVACY_TEMPLATE = 'pcpd-ai-privacy';

/** The three answer sets of an assessment, by the field they are sent and stored in. */
export const ANSWER_SETS = ['answers', 'tierAnswers', 'privacyAnswers'] as const;
export type AnswerSetName = (typeof ANSWER_SETS)[number];

/** What an assessment row holds of its answers (the columns the sets live in). */
export interface AssessmentAnswers {
  stage: Stage;
  templateId: string;
  templateVersion: string;
  answers: Record<string, StoredAnswer>;
  tierAnswers: StoredAnswerSet | null;
  privacyAnswers: StoredAnswerSet | null;
}

/** One thing keeping an assessment from submission, located by answer set and question. */
export interface AssessmentProblem {
  set: AnswerSetName;
  questionId: string;
  code: AssessmentIssue['code'];
  /** Where to fix it, e.g. `answers.Q12.justification`. */
  field: string;
  message: LocalizedText;
}

/** The edition of `id` an assessment was made with; a missing one is a deployment error, not the user's. */
export function edition(templates: TemplateRegistry, id: string, version: string): Template {
  const template = templates.get(id, version);
  if (!template)
    throw new Error(`assessment template ${id}@${version} is not loaded; an edition must never be removed`);
  return template;
}

/** The newest edition of a template, for a new assessment. */
export function newest(templates: TemplateRegistry, id: string): Template {
  const template = templates.latest(id);
  if (!template) throw new Error(`assessment template ${id} is not loaded`);
  return template;
}

/** An empty answer set on the newest edition of `id`. */
export function emptySet(templates: TemplateRegistry, id: string): StoredAnswerSet {
  return { templateId: id, templateVersion: newest(templates, id).version, answers: {} };
}

/**
 * The answered templates of an assessment, each on the edition it was made with: the impact
 * assessment at the assessment's stage, the GenAI tier questions, and the PCPD checklist when the
 * application uses personal data (an assessment started before it did gets the newest edition).
 */
export function answeredSets(
  templates: TemplateRegistry,
  row: AssessmentAnswers,
  personalData: boolean,
): { name: AnswerSetName; stage: Stage | null; set: AnsweredTemplate }[] {
  const tier = row.tierAnswers ?? emptySet(templates, TIER_TEMPLATE);
  const sets: { name: AnswerSetName; stage: Stage | null; set: AnsweredTemplate }[] = [
    {
      name: 'answers',
      stage: row.stage,
      set: { template: edition(templates, row.templateId, row.templateVersion), answers: row.answers },
    },
    {
      name: 'tierAnswers',
      stage: null,
      set: { template: edition(templates, tier.templateId, tier.templateVersion), answers: tier.answers },
    },
  ];
  if (personalData) {
    const privacy = row.privacyAnswers ?? emptySet(templates, PRIVACY_TEMPLATE);
    sets.push({
      name: 'privacyAnswers',
      stage: null,
      set: { template: edition(templates, privacy.templateId, privacy.templateVersion), answers: privacy.answers },
    });
  }
  return sets;
}

/** Everything that keeps the assessment from being submitted: empty means it may be. */
export function problemsOf(
  templates: TemplateRegistry,
  row: AssessmentAnswers,
  personalData: boolean,
): AssessmentProblem[] {
  return answeredSets(templates, row, personalData).flatMap(({ name, stage, set }) =>
    assessmentProblems(set.template, stage, set.answers).map((issue) => ({
      set: name,
      questionId: issue.questionId,
      code: issue.code,
      field: [name, ...issue.path].join('.'),
      message: issue.message,
    })),
  );
}

/** An issue worded in both languages; the problem renderer picks the reader's. */
export type LocalizedIssue = CoreLocalizedIssue;

/**
 * A refusal worded in English and Traditional Chinese: an {@link AppError} whose detail and issues
 * are all given in both, so the problem renderer sends the reader's language.
 */
export class LocalizedRefusal extends AppError {
  constructor(
    code: AppError['code'],
    readonly text: LocalizedText,
    readonly localizedIssues: readonly LocalizedIssue[],
  ) {
    super(code, text, localizedIssues);
  }
}

/** A field someone else changed to another value after the asker read it, worded in both languages. */
export function changedMeanwhileIssueIn(field: string): LocalizedIssue {
  return {
    field,
    code: 'changed_meanwhile',
    message: {
      en: issueMessage('changed_meanwhile', {}, 'en'),
      zhHant: issueMessage('changed_meanwhile', {}, 'zh-Hant'),
    },
  };
}

/** 422 listing each problem by question id: what submitting an incomplete assessment answers. */
export function incompleteAssessment(problems: readonly AssessmentProblem[]): LocalizedRefusal {
  return new LocalizedRefusal(
    'unprocessable',
    {
      en: `The assessment cannot be submitted: ${counted(problems.length, 'problem')}, each named by its question`,
      zhHant: `評估未能提交：有 ${problems.length} 項問題，已按問題編號逐一列出`,
    },
    problems.map((p) => ({ field: p.field, code: p.code, message: p.message })),
  );
}
