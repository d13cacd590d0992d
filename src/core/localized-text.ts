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
