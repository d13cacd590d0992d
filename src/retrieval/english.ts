import { readFileSync } from 'node:fs';
import { stemmer } from 'stemmer';

/** Irregular verb forms → base form (data/english-irregular-verbs.tsv), read once. */
const IRREGULAR = new Map<string, string>(
  readFileSync(new URL('./data/english-irregular-verbs.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t') as [string, string]),
);

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

/** Porter stem of a lower-case English word (irregular verb forms first become their base form); words with digits are kept as they are. */
export function stemEnglish(word: string): string {
  if (/\d/.test(word)) return word;
  const stem = stemmer(IRREGULAR.get(word) ?? word);
  // Porter turns use, used, using into "us", the pronoun and the country (travel to the US).
  return stem === 'us' && word !== 'us' ? 'use' : stem;
}
