export { type Catalogue, defineMessages, fill, type Translate } from './define-messages.ts';
export { type Formatters, formatters } from './format.ts';
export { I18nProvider, useI18n, useMessages } from './i18n-context.tsx';
export { type CommonMessageKey, commonMessages } from './common-messages.ts';
export { languageOfText, languageToMark } from './text-language.ts';
export { INTL_LOCALE, LANGUAGE_TAG, LOCALES, type Locale, initialLocale, isLocale } from './locale.ts';
