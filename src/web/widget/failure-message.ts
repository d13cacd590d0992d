/// <reference lib="dom" />
import type { FailureKind } from './chat-api.ts';
import { h } from './dom.ts';
import { languageTag, otherLanguage, type TextKey, type UiLanguage, uiText } from './ui-text.ts';

const KEYS: Record<FailureKind, TextKey> = {
  rate_limited: 'errorRateLimited',
  invalid: 'errorInvalid',
  not_found: 'errorNotFound',
  not_allowed_here: 'errorNotAllowed',
  network: 'errorNetwork',
  server: 'errorServer',
};

/**
 * A polite explanation of a failed call in both languages, the interface language first: the citizen
 * may have switched to a language they read less well.
 */
export function failureMessage(kind: FailureKind, language: UiLanguage): HTMLElement {
  const second = otherLanguage(language);
  return h(
    'div',
    { class: 'failure' },
    h('p', { lang: languageTag(language) }, uiText(language, KEYS[kind])),
    h('p', { lang: languageTag(second) }, uiText(second, KEYS[kind])),
  );
}
