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

/** Each condition's name as a person reads it (the console, the refusal): the id is for programs. */
export const GO_LIVE_CONDITION_NAMES: Record<GoLiveConditionId, LocalizedText> = {
  registered: { en: 'Registered in the AI catalogue', zhHant: '已在人工智能目錄登記' },
  not_suspended: { en: 'Not suspended', zhHant: '未被暫停' },
  deployment_assessment_complete: {
    en: 'Deployment-stage impact assessment complete',
    zhHant: '部署階段影響評估已完成',
  },
  na_justified: { en: 'Every "not applicable" answer justified', zhHant: '每個「不適用」答案均有理據' },
  go_decision: { en: 'The assessment decided "go"', zhHant: '評估結論為「推行」' },
  endorsements: { en: 'Assessment endorsed', zhHant: '評估已獲背書' },
  tier_acceptable: { en: 'Risk tier acceptable', zhHant: '風險級別可予接受' },
  privacy_checklist: { en: 'Privacy checklist complete', zhHant: '私隱檢查清單已完成' },
  evaluations_passed: { en: 'Evaluations passed', zhHant: '評測已通過' },
  ai_disclosure: { en: 'Tells people they are talking to AI', zhHant: '已告知使用者正與人工智能對話' },
  human_channel: { en: 'A way to reach a person', zhHant: '設有聯絡真人的途徑' },
  no_reassessment_due: { en: 'No reassessment overdue', zhHant: '沒有逾期的重新評估' },
};

/** One condition as judged: whether it holds, what was found, and what to do about it. */
export interface GoLiveCondition {
  id: GoLiveConditionId;
  name: LocalizedText;
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
  return { id, name: GO_LIVE_CONDITION_NAMES[id], met, detail, action } satisfies GoLiveCondition;
}

/** Words for a met condition's action: nothing to do. */
export const NOTHING_TO_DO: LocalizedText = { en: 'Nothing to do.', zhHant: '無需處理。' };
