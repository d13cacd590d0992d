import type { Locale } from './locale.ts';

/**
 * The `lang` of a piece of data shown in the console (an FAQ entry, a source's title, a citizen's
 * question, a line of an assistant's result): the language the server recorded, else the script the
 * text is written in. Officers
 * read English FAQs in the Chinese console and Chinese questions in the English one; without its
 * own `lang` a screen reader speaks such text with the page's voice (WCAG 2.1 SC 3.1.2).
 *
 * Each Han character counts as a word: Chinese text with an English term or two stays Chinese,
 * English text with a Chinese name stays English. Undefined when the text has no letters at all
 * (numbers, codes): it then takes the page's language.
 */
export function languageOfText(text: string, recorded?: string | null): string | undefined {
  if (recorded) return recorded;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latinWords = text.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  if (han === 0 && latinWords === 0) return undefined;
  return han >= latinWords ? 'zh-Hant' : 'en';
}

/** Whether a language tag names the language a console page is in ('en-GB' in English, 'zh-Hant-HK' in 繁體中文). */
function isPageLanguage(tag: string, page: Locale): boolean {
  const [language = '', script = ''] = tag.toLowerCase().split('-');
  if (page === 'en') return language === 'en';
  // 'zh' alone, Simplified Chinese and Cantonese ('yue') are not the page's written language.
  return language === 'zh' && (script === 'hant' || script === 'hk' || script === 'tw' || script === 'mo');
}

/**
 * The `lang` people's words need inside a page shown in `page`'s language: their own
 * (`languageOfText`) where it differs from the page's, else undefined, so the page's `<html lang>`
 * holds. Only for words whose nearest `lang` is the page's: inside an element marked otherwise
 * (a table of an English summary) an undefined answer would leave them in that element's language.
 *
 * @example languageToMark('How much is a dog licence?', 'zh-Hant') // 'en'
 */
export function languageToMark(text: string, page: Locale, recorded?: string | null): string | undefined {
  const language = languageOfText(text, recorded);
  return language === undefined || isPageLanguage(language, page) ? undefined : language;
}
