import type { BilingualReason } from '../reason-text.ts';

/**
 * The personal-data types LionRock recognises. Names follow the issue (#4) and the audit trail.
 */
export const PII_TYPES = [
  'HKID',
  'PHONE',
  'PASSPORT',
  'EMAIL',
  'CREDIT_CARD',
  'BANK_ACCOUNT',
  'IP_ADDRESS',
  'DATE_OF_BIRTH',
  'ADDRESS',
  'PERSON',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

/** One piece of personal data found in a text: `text.slice(start, end) === value`. */
export interface PiiFinding {
  type: PiiType;
  value: string;
  /** UTF-16 offsets, as `String.prototype.slice` takes them. */
  start: number;
  end: number;
  /** 0..1: how sure the detector is (a valid check digit or a context word raises it). */
  confidence: number;
  /** Why it was flagged, in plain English words, e.g. `HKID format with a valid check digit`: the record. */
  reason: string;
  /** The same in Traditional Chinese, e.g. `香港身份證號碼格式，校驗碼正確` (the words of `pii-reasons.ts`). */
  reasonZhHant: string;
}

/**
 * A personal-data detector: a pure function from text to findings. Every implementation runs the
 * shared contract test in `detector.contract.test.ts`.
 */
export interface Detector {
  readonly type: PiiType;
  detect(text: string): PiiFinding[];
}

/** Runs a global regex over `text` and maps each match to zero or one finding. */
export function scanRegex(
  text: string,
  pattern: RegExp,
  toFinding: (match: RegExpExecArray) => PiiFinding | null,
): PiiFinding[] {
  const out: PiiFinding[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const finding = toFinding(match);
    if (finding) out.push(finding);
  }
  return out;
}

/** True when one of `words` occurs within `radius` characters before `start` (or after `end`). */
export function hasContext(text: string, start: number, end: number, words: RegExp, radius = 40): boolean {
  const before = text.slice(Math.max(0, start - radius), start);
  const after = text.slice(end, end + Math.min(radius, 20));
  return words.test(before) || words.test(after);
}

/**
 * A finding of `type` over `text.slice(start, end)`, with its reason in both languages (an entry of
 * `PII_REASONS`): a detector cannot word a finding in English only.
 */
export function finding(
  type: PiiType,
  text: string,
  start: number,
  end: number,
  confidence: number,
  reason: BilingualReason,
): PiiFinding {
  return {
    type,
    value: text.slice(start, end),
    start,
    end,
    confidence,
    reason: reason.en,
    reasonZhHant: reason.zhHant,
  };
}
