/**
 * The assessment workflow (issue #16, "Workflow"): staged assessments on versioned templates,
 * submission with derivation, endorsements and returns by capacity, the status the go-live gate
 * reads, and re-assessment when something significant changes or a periodic review falls due.
 */
export {
  ANSWER_SETS,
  IMPACT_TEMPLATE,
  PRIVACY_TEMPLATE,
  TIER_TEMPLATE,
  LocalizedRefusal,
  changedMeanwhileIssueIn,
  problemsOf,
  type AnswerSetName,
  type AssessmentProblem,
  type LocalizedIssue,
} from './assessment-sets.ts';
export {
  decisionsOf,
  getAssessment,
  latestPerStage,
  listAssessments,
  saveAnswers,
  startAssessment,
  templateEditions,
  type AnswerInput,
  type AnswersPatch,
  type Assessment,
  type Endorsement,
} from './assessments.ts';
export { submitAssessment, riskLevelOf } from './submit-assessment.ts';
export { decideAssessment, type AnswerComment, type Decision } from './decide-assessment.ts';
export {
  GO_NO_GO_QUESTION,
  assessmentStatusForApplication,
  stageStatus,
  type ApplicationAssessmentStatus,
  type StageStatus,
} from './assessment-status.ts';
export {
  ENDORSER_CAPACITIES,
  capacitiesOf,
  decideCapacity,
  missingCapacities,
  requiredCapacities,
  type EndorserCapacity,
} from './endorsement-rules.ts';
export {
  markReassessmentDue,
  onApplicationChanged,
  onGuardPolicyChanged,
  onKnowledgePublished,
  openReassessments,
  type Reassessment,
  type ReassessmentReason,
} from './reassessment.ts';
export { detectModelChanges, latestModelIdentity } from './model-identity.ts';
export { REVIEW_MONTHS, isHighRisk, nextReviewDue } from './review-schedule.ts';
export { overdueApplications, reviewDates, sweepOverdueReviews, type OverdueApplication } from './overdue-reviews.ts';
export {
  DEFAULT_INCIDENT_THRESHOLDS,
  departmentIncidentThresholds,
  getGovernanceSettings,
  incidentThresholdsSchema,
  putGovernanceSettings,
  type GovernanceSettings,
  type IncidentThresholds,
} from './governance-settings.ts';
export { GOVERNANCE_SWEEPER, runGovernanceSweep, startGovernanceSweep } from './governance-sweep.ts';
