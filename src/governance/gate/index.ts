/**
 * The go-live gate (issue #16): the conditions an application or bot must meet before it goes
 * live, judged from the registry, the assessment workflow, the evaluations and the bot's own
 * configuration; the governed publication and the registry hook that enforce it on the server.
 */
export {
  GO_LIVE_CONDITION_IDS,
  type GoLiveCondition,
  type GoLiveConditionId,
  type GoLiveStatus,
} from './go-live-condition.ts';
export { judgeGoLive, type GoLiveFacts, type Bilingual } from './judge-go-live.ts';
export { offersHumanChannel, saysItIsAi } from './bot-wording.ts';
export { goLiveConditions, goLiveConditionsOf, type GoLiveOptions } from './go-live-conditions.ts';
export { SIGNIFICANT_SETTINGS, changedSettings, significantChanges } from './significant-settings.ts';
export { GoLiveRefused } from './go-live-refused.ts';
export { goLiveCheck, publishGovernedBot } from './governed-publish.ts';
export { onBotConfigChanged } from './bot-changed.ts';
export { reviewGovernedVersion } from './governed-knowledge.ts';
export {
  answerSheet,
  completeDeploymentReview,
  deploymentAnswers,
  type GivenAnswers,
  lowRiskAnswer,
  runRequiredEvaluations,
  type ReviewParticipants,
  stageAnswers,
} from './go-live-walkthrough.ts';
