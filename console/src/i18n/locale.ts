/** The console's two languages; `zh-Hant` (Hong Kong) is the default, as on the widget. */
export const LOCALES = ['zh-Hant', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The Intl locale used for dates and numbers: Hong Kong formats in both languages. */
export const INTL_LOCALE: Record<Locale, string> = { 'zh-Hant': 'zh-HK', en: 'en-HK' };

/** The HTML `lang` attribute and the API's `Accept-Language` for each locale. */
export const LANGUAGE_TAG: Record<Locale, string> = { 'zh-Hant': 'zh-Hant-HK', en: 'en-HK' };

const STORAGE_KEY = 'lionrock.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale the officer chose last time, else the browser's preference, else Traditional Chinese. */
export function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const preferred = globalThis.navigator?.language ?? '';
  return /^en\b/i.test(preferred) ? 'en' : 'zh-Hant';
}

export function rememberLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
}
