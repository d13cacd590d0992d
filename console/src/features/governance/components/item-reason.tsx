import { useI18n } from '../../../i18n/index.ts';
import type { Bilingual } from '../localized.ts';

/** What the run page reads of an evaluation item's verdict reason. */
export interface ItemReasonView {
  /** The reason's code; null: an item stored before reasons had codes (English words only). */
  reasonCode: string | null;
  /** The reason's words from the server's one reason table, in both languages. */
  reasonText: Bilingual;
}

/**
 * Why an item passed or failed, in the officer's language. An item stored before reason codes has
 * only its English words: they are shown as they are, marked as English for screen readers.
 */
export function ItemReason({ item }: { item: ItemReasonView }) {
  const { locale } = useI18n();
  if (item.reasonCode === null) return <span lang={locale === 'en' ? undefined : 'en'}>{item.reasonText.en}</span>;
  return <>{locale === 'en' ? item.reasonText.en : item.reasonText.zhHant}</>;
}
