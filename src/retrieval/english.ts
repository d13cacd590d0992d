import { stemmer } from 'stemmer';

// A short list on purpose: FAQ questions are short, and words such as "can", "how" or "not" often
// carry the meaning ("can I travel" vs "must I travel"), so only function words are dropped. "from"
// stays: it is how people ask about an origin ("come from", "is it from bats").
const STOP_WORDS = new Set(
  (
    'a an the and or but if of at by for with about to in on into over under again then once here there ' +
    'is am are was were be been being do does did doing have has had having i me my we our you your he him his ' +
    'she her it its they them their this that these those which whom whose there so than too very s t ' +
    'just also any some such own same both each other more most only please would could should shall will'
  ).split(' '),
);

/** True for an English function word that carries no meaning for retrieval. */
export function isEnglishStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Porter stem of a lower-case English word; words with digits are kept as they are. */
export function stemEnglish(word: string): string {
  return /\d/.test(word) ? word : stemmer(word);
}
