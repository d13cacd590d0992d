/**
 * Evaluations and red team (issue 16): suites as versioned data in Project Moonshot's shape
 * (datasets + prompt templates + metric + grading scale A–E), Moonshot recipes imported as they
 * are, run against a bot through its real answer path as jobs, on demand and on a schedule, with
 * every item's prompt, answer and verdict stored per run.
 */
export {
  GRADES,
  type Grade,
  type GradingScale,
  METRICS,
  parseSuite,
  SUITE_KINDS,
  type Suite,
  type SuiteItem,
  suiteSchema,
} from './suite.ts';
export { gradeOf, MOONSHOT_DEFAULT_SCALE, scoreOf } from './grading.ts';
export {
  applyTemplate,
  importMoonshotCookbook,
  importMoonshotRecipe,
  type ImportResult,
  moonshotRecipeSchema,
} from './moonshot-import.ts';
export { DatasetLibrary } from './dataset-library.ts';
export { SuiteCatalogue, suiteCatalogue, suiteName } from './suite-catalogue.ts';
export { buildItems } from './build-items.ts';
export { faqEntries, type FaqEntry } from './faq-entries.ts';
export { judge, judgeBiasQuestion, judgeGroup, type AnswerView, type Verdict } from './metrics.ts';
export {
  VERDICT_REASON_CODES,
  VERDICT_REASON_TEXT,
  type VerdictReason,
  type VerdictReasonCode,
  verdictReason,
  verdictReasonText,
} from './verdict-reasons.ts';
export { perturb, PERTURBATIONS, type Perturbation } from './variants.ts';
export { REQUIRED_SUITES, requiredSuites } from './required-suites.ts';
export {
  EVALUATION_JOB,
  type EvaluationItem,
  type EvaluationRun,
  getEvaluationRun,
  latestEvaluationResults,
  listEvaluationRuns,
  type SuiteResult,
  startEvaluation,
} from './evaluation-runs.ts';
export { runEvaluation } from './run-evaluation.ts';
export { registerEvaluationJobs } from './evaluation-job.ts';
export {
  type EvaluationSettings,
  getEvaluationSchedule,
  setEvaluationSchedule,
  startEvaluationSchedule,
  sweepDueEvaluations,
} from './evaluation-schedule.ts';
