/**
 * One reason of a guard finding, worded for a reader in both of the console's languages. Every
 * detector words its reasons in both; `zhHant` is null only for a finding stored before its reason
 * had Chinese words (a document scanned when the classifier's intents were English only), whose
 * reader of Chinese is then shown the English, marked as English.
 * Findings keep their English `reasons` beside these, one for one, as the record.
 *
 * @example { en: 'asks for the system prompt or hidden instructions', zhHant: '索取系統提示或隱藏指示' }
 */
export interface ReasonText {
  en: string;
  zhHant: string | null;
}

/** A reason both languages have words for: what a detector's data carries (an injection rule, `PII_REASONS`). */
export interface BilingualReason {
  readonly en: string;
  readonly zhHant: string;
}

/**
 * A stored reason that has no words but its English record (see {@link ReasonText}).
 *
 * @example englishOnly('intent: disregard + directive (+0.9)') // { en: '…', zhHant: null }
 */
export const englishOnly = (en: string): ReasonText => ({ en, zhHant: null });

/**
 * A finding's reasons from their words: the English record (`reasons`) is each text's English, so
 * it is derived here rather than kept beside them by every detector.
 *
 * @example worded([{ en: 'low lexical support', zhHant: '與來源的字詞重疊太少' }]).reasons // ['low lexical support']
 */
export function worded(texts: ReasonText[]): { reasons: string[]; reasonTexts: ReasonText[] } {
  return { reasons: texts.map((text) => text.en), reasonTexts: texts };
}
