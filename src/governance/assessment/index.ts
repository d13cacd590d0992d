/** Assessment templates as versioned data, answers, validation and the derivation rules (issue #16). */
export {
  GENAI_TIERS,
  KIND_VALUES,
  QUESTION_KINDS,
  STAGES,
  localizedTextSchema,
  questionSchema,
  stageSchema,
  templateQuestions,
  templateSchema,
  type Effect,
  type GenAiTier,
  type LocalizedText,
  type Part,
  type Principle,
  type Question,
  type QuestionKind,
  type Section,
  type Stage,
  type Template,
} from './template-schema.ts';
export { answerSchema, answerSetSchema, answersSchema, type Answer, type AnswerSet, type Answers } from './answer.ts';
export {
  TEMPLATE_FOLDER,
  TemplateLoadError,
  compareVersions,
  getTemplate,
  latestTemplate,
  loadTemplates,
  shippedTemplates,
  type TemplateRegistry,
} from './template-registry.ts';
export { importAiVerifyChecklist, type AiVerifyImport } from './aiverify-importer.ts';
export {
  answerProblem,
  applicableQuestions,
  assessmentIssue,
  assessmentProblems,
  type AssessmentIssue,
  type AssessmentIssueCode,
} from './assessment-problems.ts';
export {
  derive,
  oversightFor,
  type AnsweredTemplate,
  type DeriveOutcome,
  type Derived,
  type Impact,
  type Oversight,
  type PrivacyRisk,
  type Reason,
  TIER_TEXT,
} from './derive.ts';
export { parseDeriveInput, type DeriveInputIssue, type DeriveInputOutcome } from './derive-input.ts';
