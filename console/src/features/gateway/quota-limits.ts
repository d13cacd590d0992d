import { rebasedRecord } from '../../lib/changed-meanwhile.ts';
import type { Quota } from './api/gateway.ts';

export const LIMITS = ['requestsPerMinute', 'tokensPerMinute', 'requestsPerMonth', 'tokensPerMonth'] as const;
export type LimitKey = (typeof LIMITS)[number];
/** The limits as typed in the form: empty is no limit. */
export type LimitTexts = Record<LimitKey, string>;

/** A quota's limits as the form shows them (none: every limit empty). */
export function limitTexts(quota: Quota | null): LimitTexts {
  const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    requestsPerMinute: text(quota?.requestsPerMinute),
    tokensPerMinute: text(quota?.tokensPerMinute),
    requestsPerMonth: text(quota?.requestsPerMonth),
    tokensPerMonth: text(quota?.tokensPerMonth),
  };
}

/** A limit as typed: empty is no limit (null); other text goes to the server as a number to judge. */
const limitValue = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** The limits to send for the texts. */
export function quotaLimits(texts: LimitTexts): Record<LimitKey, number | null> {
  return {
    requestsPerMinute: limitValue(texts.requestsPerMinute),
    tokensPerMinute: limitValue(texts.tokensPerMinute),
    requestsPerMonth: limitValue(texts.requestsPerMonth),
    tokensPerMonth: limitValue(texts.tokensPerMonth),
  };
}

/**
 * The form moved onto the quota as saved now: the limits the officer changed from `base` keep the
 * officer's text, the others show the saved limit; `clashes` are those both changed differently.
 */
export function rebasedLimits(
  base: LimitTexts,
  draft: LimitTexts,
  latest: LimitTexts,
): { draft: LimitTexts; clashes: LimitKey[]; theirs: number } {
  const moved = rebasedRecord(base, draft, latest);
  return { ...moved, draft: moved.draft as LimitTexts, clashes: moved.clashes as LimitKey[] };
}
