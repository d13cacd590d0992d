import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { type Catalogue, fill, type Translate } from './define-messages.ts';
import { type Formatters, formatters } from './format.ts';
import { INTL_LOCALE, LANGUAGE_TAG, type Locale, rememberLocale } from './locale.ts';

interface I18nState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  format: Formatters;
}

const I18nContext = createContext<I18nState | null>(null);

/** Holds the chosen language; sets `<html lang>` so screen readers pronounce the page right. */
export function I18nProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initial);
  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAG[locale];
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale, format: formatters(locale) }), [locale, setLocale]);
  return (
    <I18nContext.Provider value={value}>
      <AriaI18nProvider locale={INTL_LOCALE[locale]}>{children}</AriaI18nProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nState {
  const state = useContext(I18nContext);
  if (!state) throw new Error('useI18n outside I18nProvider');
  return state;
}

/**
 * The translate function for one feature's catalogue, in the current language.
 *
 * @example const t = useMessages(botMessages); <h1>{t('title')}</h1>
 */
export function useMessages<Keys extends string>(catalogue: Catalogue<Keys>): Translate<Keys> {
  const { locale } = useI18n();
  return useCallback(
    (key: Keys, values?: Record<string, string | number>) => fill(catalogue[locale][key], values),
    [catalogue, locale],
  );
}
