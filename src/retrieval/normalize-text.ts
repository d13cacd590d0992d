import { unifyIdeographs } from '../core/index.ts';

/**
 * Folds the surface differences that never change meaning: radicals to the ideographs they stand
 * for (成⼈ and ⻑者, pasted from a PDF, as 成人 and 長者; most CJK Radicals Supplement characters have
 * no NFKC mapping), NFKC (full-width letters, digits and punctuation become their ASCII forms;
 * compatibility ideographs fold), lower case, and every run of punctuation, symbols and white space
 * becomes one space.
 *
 * @example normalizeText('ＨＫＩＤ　點樣申請？') // 'hkid 點樣申請'
 */
export function normalizeText(text: string): string {
  return unifyIdeographs(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\p{C}\s]+/gu, ' ')
    .trim();
}

/** True for a Han ideograph (CJK unified, extensions and compatibility blocks). */
export function isHan(char: string): boolean {
  return /\p{Script=Han}/u.test(char);
}

/** Splits normalized text into runs of Han characters and runs of anything else. */
export function splitScriptRuns(text: string): { han: boolean; text: string }[] {
  const runs: { han: boolean; text: string }[] = [];
  for (const match of text.matchAll(/(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu)) {
    if (match[1] !== undefined) runs.push({ han: true, text: match[1] });
    else if (match[2] !== undefined) runs.push({ han: false, text: match[2] });
  }
  return runs;
}
