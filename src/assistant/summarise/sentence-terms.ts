import { stemmer } from 'stemmer';

/**
 * The content terms two sentences are compared on, script-aware: Chinese character bigrams (a
 * lone character when a run has one), and English words lower-cased, stemmed, without stop
 * words. Bigrams need no word segmenter and match across Simplified/Traditional-neutral wording
 * as well as segmented words do for ranking.
 *
 * @example sentenceTerms('新措施 starts in March') // ['新措', '措施', 'start', 'march']
 */
export function sentenceTerms(text: string): string[] {
  const terms: string[] = [];
  const lower = text.toLowerCase();
  for (const run of lower.match(HAN_RUN) ?? []) {
    if (run.length === 1) terms.push(run);
    for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
  }
  for (const word of lower.match(LATIN_WORD) ?? []) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    terms.push(stemmer(word));
  }
  for (const number of text.match(NUMBER) ?? []) terms.push(number.replace(/,/g, ''));
  return terms;
}

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const LATIN_WORD = /[a-z]+(?:'[a-z]+)?/g;
const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

// Function words of English meetings and reports: they say nothing about what a sentence is about.
const STOP_WORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being between both but by
can could did do does doing done down during each few for from further had has have having he her here hers him
his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours
out over own same she should so some such than that the their theirs them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your yours
yeah yes okay ok oh um uh mm hmm well like really gonna wanna 've 're 'll 'd n't 's let lets us also may might shall must`.split(
    /\s+/,
  ),
);
