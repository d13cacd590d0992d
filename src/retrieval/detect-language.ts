import { hasCantoneseMarkers } from './cantonese.ts';
import type { Language } from './language.ts';

/** What the analyzer learned about the script of a text; see {@link detectLanguage}. */
export interface ScriptEvidence {
  /** Han characters in the text. */
  han: number;
  /** Letters of Latin words (a–z after normalisation). */
  latin: number;
  /** The text had characters that change under Traditional → Simplified. */
  traditional: boolean;
  /** The text had characters that change under Simplified → Traditional. */
  simplified: boolean;
  /** The text had colloquial Cantonese markers. */
  cantonese: boolean;
}

/**
 * Decides the language of a text from script evidence: Cantonese wins over the script (a
 * Cantonese question may be typed in Simplified), mixed means both Chinese and Latin carry at least
 * a fifth of the letters.
 */
export function detectLanguage(evidence: ScriptEvidence): Language {
  const { han, latin } = evidence;
  if (han === 0 && latin === 0) return 'unknown';
  // A Han character carries about as much as a short Latin word: weigh them 1:3.
  const hanWeight = han * 3;
  const total = hanWeight + latin;
  if (han > 0 && latin > 0 && hanWeight / total >= 0.2 && latin / total >= 0.2) return 'mixed';
  if (hanWeight < latin) return 'en';
  if (evidence.cantonese) return 'yue';
  if (evidence.simplified && !evidence.traditional) return 'zh-Hans';
  return 'zh-Hant';
}

export { hasCantoneseMarkers };
