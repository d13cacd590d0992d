import type { SummaryLanguage } from './language.ts';

/**
 * The longest prefix of `text` at most `budget` long in the language's unit (characters other
 * than white space for Chinese, words for English), cut after a whole character or word.
 *
 * @example cutToLength('政府今日公布新措施', 4, 'zh') // '政府今日'
 * @example cutToLength('The plan starts in 2025', 3, 'en') // 'The plan starts'
 */
export function cutToLength(text: string, budget: number, language: SummaryLanguage): string {
  if (budget <= 0) return '';
  if (language === 'zh') {
    let count = 0;
    let end = 0;
    for (const char of text) {
      if (!/\s/u.test(char)) {
        if (count === budget) break;
        count++;
      }
      end += char.length;
    }
    return text.slice(0, end).trimEnd();
  }
  const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
  let count = 0;
  for (const match of text.matchAll(word)) {
    count++;
    if (count === budget) return text.slice(0, match.index + match[0].length);
  }
  return text;
}
