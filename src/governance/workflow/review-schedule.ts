import type { RiskOutcome } from './endorsement-rules.ts';

/**
 * How often a live application is assessed again when nothing else makes it due (issue #16, brief:
 * "more often for high risk"): every 6 months for high impact or a high (or unacceptable) GenAI
 * tier, every 12 months otherwise.
 */
export const REVIEW_MONTHS = { high: 6, low: 12 } as const;

/** Whether the outcome counts as high risk for the review schedule. */
export function isHighRisk(outcome: RiskOutcome): boolean {
  return outcome.impact === 'high' || outcome.tier === 'high' || outcome.tier === 'unacceptable';
}

/**
 * When the next periodic review falls due: the stage's completion plus {@link REVIEW_MONTHS}. Months
 * are calendar months in UTC; a day the month lacks clamps to its last day (31 Aug + 6 → 28/29 Feb).
 *
 * @example nextReviewDue(new Date('2026-01-31T00:00:00Z'), { impact: 'high', tier: 'low' }) // 2026-07-31
 */
export function nextReviewDue(completedAt: Date, outcome: RiskOutcome): Date {
  const months = isHighRisk(outcome) ? REVIEW_MONTHS.high : REVIEW_MONTHS.low;
  const due = new Date(completedAt.getTime());
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due;
}
