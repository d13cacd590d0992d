/**
 * The language tag of a piece of result text (a quoted sentence, a decision, an owner's name), so
 * a screen reader reads Chinese in a Chinese voice on an English page and the reverse (WCAG 3.1.2):
 * Chinese when it holds Han characters, English otherwise. Results carry no tag of their own per line.
 */
export function textLang(text: string): 'zh-Hant' | 'en' {
  return /\p{Script=Han}/u.test(text) ? 'zh-Hant' : 'en';
}
