import type { LocalizedText } from '../assessment/index.ts';

/**
 * The go-live gate's conditions, in the order a person works through them (issue #16, "The go-live
 * gate, enforced by the server"). Ids are stable: the API, the CLI and the console key on them.
 */
export const GO_LIVE_CONDITION_IDS = [
  'registered',
  'not_suspended',
  'deployment_assessment_complete',
  'na_justified',
  'go_decision',
  'endorsements',
  'tier_acceptable',
  'privacy_checklist',
  'evaluations_passed',
  'ai_disclosure',
  'human_channel',
  'no_reassessment_due',
] as const;
export type GoLiveConditionId = (typeof GO_LIVE_CONDITION_IDS)[number];

/** One condition as judged: whether it holds, what was found, and what to do about it. */
export interface GoLiveCondition {
  id: GoLiveConditionId;
  met: boolean;
  detail: LocalizedText;
  /** What to do to meet it; for a met condition, what keeps it met. */
  action: LocalizedText;
}

/** The gate's verdict: ready only when every condition is met. */
export interface GoLiveStatus {
  /** The application judged (null: a bot that is not registered). */
  applicationId: string | null;
  botId: string | null;
  /** The bot version the verdict is about: the latest, the one a publication would publish. */
  botVersion: number | null;
  ready: boolean;
  conditions: GoLiveCondition[];
}

/** A condition, built with its words in both languages. */
export function condition(id: GoLiveConditionId, met: boolean, detail: LocalizedText, action: LocalizedText) {
  return { id, met, detail, action } satisfies GoLiveCondition;
}

/** Words for a met condition's action: nothing to do. */
export const NOTHING_TO_DO: LocalizedText = { en: 'Nothing to do.', zhHant: '無需處理。' };
