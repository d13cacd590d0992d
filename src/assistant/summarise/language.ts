/** The language a summary is measured in: characters for Chinese, words for English. */
export type SummaryLanguage = 'zh' | 'en';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
const LATIN_WORD = /[A-Za-z]+/g;

/**
 * `zh` when the text has at least as many Chinese characters as Latin words (a Chinese text
 * quoting English names stays Chinese, an English one quoting a Chinese name stays English).
 *
 * @example detectLanguage('本署於2024年推出新措施。') // 'zh'
 */
export function detectLanguage(text: string): SummaryLanguage {
  const han = text.match(CJK)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return han > 0 && han >= words ? 'zh' : 'en';
}

/**
 * How long a text is in the unit of its language: for Chinese every character that is not
 * white space; for English the words (runs of letters and digits).
 *
 * @example textLength('政府公布新措施。', 'zh') // 8
 * @example textLength('The plan starts in 2025.', 'en') // 5
 */
export function textLength(text: string, language: SummaryLanguage): number {
  if (language === 'zh') return text.replace(/\s+/gu, '').length;
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The unit {@link textLength} counts in. */
export const lengthUnit = (language: SummaryLanguage): 'characters' | 'words' =>
  language === 'zh' ? 'characters' : 'words';
