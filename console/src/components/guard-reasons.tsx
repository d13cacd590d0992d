import { Fragment } from 'react';
import { commonMessages, useI18n, useMessages } from '../i18n/index.ts';
import { Said } from './said.tsx';

/** One reason of a guard finding, worded for a reader (the server's `reasonTexts`); `zhHant` null: English only. */
export interface GuardReason {
  en: string;
  zhHant: string | null;
}

const isReason = (value: unknown): value is GuardReason =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as GuardReason).en === 'string' &&
  (typeof (value as GuardReason).zhHant === 'string' || (value as GuardReason).zhHant === null);

/**
 * A finding's reasons as a reader sees them: the words the server sent beside them (`reasonTexts`,
 * one for one), else the English record itself. Read defensively, for the audit trail's `after` and
 * a draft's findings are untyped: an entry stored before reasons had words (or anything unexpected)
 * shows its English reasons.
 *
 * @example guardReasons(issue.reasons, issue.reasonTexts) // [{ en: '…', zhHant: '…' }, { en: '…', zhHant: null }]
 */
export function guardReasons(reasons: unknown, reasonTexts?: unknown): GuardReason[] {
  const record = Array.isArray(reasons) ? reasons.map(String) : [];
  if (Array.isArray(reasonTexts) && reasonTexts.length === record.length && reasonTexts.every(isReason)) {
    return reasonTexts.map(({ en, zhHant }) => ({ en, zhHant }));
  }
  return record.map((en) => ({ en, zhHant: null }));
}

/**
 * A guard finding's reasons in the page's language, as clauses ("…; …" / "…；…"): the Chinese words
 * in the Chinese console where the detector has them, else the English, marked as English where the
 * page is not (WCAG 2.1 SC 3.1.2). Not inside an element marked with another language.
 *
 * @example <GuardReasons reasons={guardReasons(finding.reasons, finding.reasonTexts)} />
 */
export function GuardReasons({ reasons }: { reasons: readonly GuardReason[] }) {
  const { locale } = useI18n();
  const common = useMessages(commonMessages);
  return reasons.map((reason, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: one finding's reasons, in the detector's order
    <Fragment key={index}>
      {index > 0 ? common('clauseSeparator') : null}
      {locale === 'zh-Hant' && reason.zhHant !== null ? reason.zhHant : <Said text={reason.en} language="en" />}
    </Fragment>
  ));
}
