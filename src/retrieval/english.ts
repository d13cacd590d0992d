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
// stays: it is how people ask about an origin ("come from", "is it from bats"). The auxiliaries do and
// have and the modals (should, will, would …) stay too: they carry the form of the question, its
// tense and its subject ("should I get tested" asks for advice, "where can I get tested" for a place;
// "where did it come from" asks about the past; "does it spread" is about it, "what do I do" about
// me), and their IDF is low anyway. Kept, they gave covid-queries MRR@10 even half 0.734 → 0.742, odd
// half 0.693 → 0.712 (and every quarter, and both halves of the file, rose). Forms of "be" stay stop
// words: they are in nearly every question and keeping them cost 0.007 on the even half. So are mean,
// means, meaning, meant: "what does X mean" asks what X is, as "what is X" does, and kept they sent
// every such question to the one entry that says "mean" (covid-queries even 0.7457 → 0.7474, odd
// 0.7177 → 0.7204).
const STOP_WORDS = new Set(
  (
    'a an the and or but if of at by for with about to in on into over under again then once here there ' +
    'is am are was were be been being i me my we our you your he him his ' +
    'she her it its they them their this that these those which whom whose there so than too very s t ' +
    'just also any some such own same both each other more most only please mean means meaning meant'
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

/** Auxiliaries whose negation normalisation split off ("don't" → "don t"), and what they stand for. */
const NEGATED: Record<string, string> = {
  don: 'do',
  doesn: 'does',
  didn: 'did',
  isn: 'is',
  aren: 'are',
  wasn: 'was',
  weren: 'were',
  haven: 'have',
  hasn: 'has',
  hadn: 'had',
  wouldn: 'would',
  shouldn: 'should',
  couldn: 'could',
  mustn: 'must',
  needn: 'need',
  won: 'will',
  can: 'can',
  ain: 'is',
};
const GLUED_NEGATIONS = new Map(
  [
    'dont',
    'doesnt',
    'didnt',
    'isnt',
    'arent',
    'wasnt',
    'werent',
    'havent',
    'hasnt',
    'hadnt',
    'wouldnt',
    'shouldnt',
    'couldnt',
  ].map((word) => [word, word.slice(0, -2)] as const),
);
const CONTRACTED_AFTER_PRONOUN: Record<string, string> = { m: 'am', ve: 'have', ll: 'will', re: 'are', d: 'would' };
const PRONOUNS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'who', 'what', 'where', 'how']);

/**
 * Spells out contractions, which normalisation split at the apostrophe ("don't" → "don t",
 * "I've" → "i ve"): the negation becomes the word "not", so "don't have" meets "do not have",
 * and the fragments of "I'm", "you've", "we'll" become the function words they stand for instead
 * of index terms of their own ("m", "ve"). Glued forms typed without an apostrophe ("dont") too.
 *
 * @example expandContractions(['i', 'don', 't', 'know']) // ['i', 'do', 'not', 'know']
 */
export function expandContractions(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    const negated = NEGATED[word];
    if (negated !== undefined && next === 't') {
      out.push(negated, 'not');
      i++;
      continue;
    }
    const glued = GLUED_NEGATIONS.get(word) ?? (word === 'cannot' ? 'can' : undefined);
    if (glued !== undefined) {
      out.push(glued, 'not');
      continue;
    }
    const spelled = CONTRACTED_AFTER_PRONOUN[word];
    const previous = words[i - 1];
    if (spelled !== undefined && previous !== undefined && PRONOUNS.has(previous)) {
      out.push(spelled);
      continue;
    }
    out.push(word);
  }
  return out;
}
