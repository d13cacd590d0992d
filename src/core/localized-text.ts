/**
 * Words in English and Traditional Chinese, the two languages LionRock's messages are written in;
 * Simplified Chinese is converted from the Traditional where the words are shown.
 *
 * @example const why: LocalizedText = { en: 'The file has no rows', zhHant: '檔案沒有資料列' };
 */
export interface LocalizedText {
  readonly en: string;
  readonly zhHant: string;
}

/**
 * A stored code in words from `table`; a code the table does not know (a value stored by another
 * version) as it is, in both languages.
 *
 * @example inWords(TIER_TEXT, 'limited') // { en: 'limited', zhHant: '有限' }
 */
export function inWords(table: Readonly<Partial<Record<string, LocalizedText>>>, code: string): LocalizedText {
  return table[code] ?? { en: code, zhHant: code };
}
