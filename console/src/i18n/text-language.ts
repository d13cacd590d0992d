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
