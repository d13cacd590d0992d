import { useI18n } from '../../i18n/index.ts';

/** Text the server keeps in both languages (`{en, zhHant}`). */
export interface Bilingual {
  en: string;
  zhHant: string;
}

/** A derivation's reason as the server stores it (typed loosely in the API: read defensively). */
export interface Reason {
  result: 'impact' | 'tier' | 'oversight';
  questionId: string;
  answer: string;
  text: Bilingual;
  because: Bilingual;
}

export function isReason(value: unknown): value is Reason {
  const r = value as Partial<Reason> | null;
  return !!r && typeof r.questionId === 'string' && typeof r.because?.en === 'string' && typeof r.text?.en === 'string';
}

/** Picks the officer's language from a bilingual text, with the `lang` tag of what was picked. */
export function useBilingual() {
  const { locale } = useI18n();
  return (text: Bilingual | null | undefined): string => (text ? (locale === 'en' ? text.en : text.zhHant) : '');
}
