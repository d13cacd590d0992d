import { toWrittenChinese, hasCantoneseMarkers } from './cantonese.ts';
import { simplifiedToTraditional, traditionalToSimplified } from './chinese-script.ts';
import { detectLanguage } from './detect-language.ts';
import { expandContractions, isEnglishStopWord, stemEnglish } from './english.ts';
import type { Language } from './language.ts';
import { isHan, normalizeText, splitScriptRuns } from './normalize-text.ts';
import {
  isChineseStopWord,
  isStandaloneClassifier,
  questionIntentOf,
  segmentChinese,
  separableWordOf,
} from './segment-chinese.ts';

/**
 * Term kinds are told apart by their first character, so one dictionary holds them all:
 * a word (jieba word or English stem) is plain, a Chinese character n-gram starts with `#`, an
 * English word pair starts with `~`. Normalisation turned every `#` and `~` of the input into a space.
 */
export const GRAM_PREFIX = '#';
export const PAIR_PREFIX = '~';

/** The result of analysing one text. */
export interface Analysis {
  language: Language;
  /** Normalised, Cantonese rewritten as written Chinese, in Simplified script: the form we match on. */
  canonical: string;
  /** Index terms in text order, repeated as often as they occur. */
  terms: string[];
  /** Latin words as typed (normalised, before stemming), for typo correction. */
  latinWords: string[];
}

/** How a text is analysed; every option has the default that queries use. */
export interface AnalyzeOptions {
  /**
   * Segment Chinese into jieba words as well as bigrams (default true). Off for a long field that only
   * breaks ties (an FAQ answer beside its question): bigrams alone match it, and jieba was the largest
   * single cost of indexing.
   */
  words?: boolean;
  /**
   * Index every Chinese character too (default true), weighted low at query time: 借 in 借給人用 still
   * meets 借人使用 when no bigram is shared. Off for long fields, where single characters are noise.
   */
  unigrams?: boolean;
  /**
   * Add the intent of each Chinese question word (如何 → `?how`, see `questionIntentOf`; default
   * true): it ranks near-duplicate questions. Off for a passage, which tells rather than asks.
   */
  intents?: boolean;
}

/**
 * Which terms the analyzer makes. Raise it whenever the same text would give other terms (a new
 * stop word, a stemming or Cantonese mapping change): a saved index made by another version is
 * refused, since its terms would no longer meet the terms of new queries.
 */
export const ANALYZER_VERSION = 10;

/** Turns text into terms. One analyzer serves documents and queries so both sides meet. */
export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Analysis;
  /** The term an English word becomes (its stem), or undefined for a stop word. */
  termOfWord(word: string): string | undefined;
}

/**
 * The bilingual analyzer: NFKC/width/case/punctuation folding, script and language detection,
 * Cantonese → written Chinese, OpenCC to Simplified, jieba words plus character bigrams for Chinese,
 * contractions spelled out, Porter stems, stop words and word pairs for English.
 *
 * @example createAnalyzer().analyze('點樣申請狗牌？').terms // ['申请', '狗', '牌', '#申请', '#请狗', '#狗牌']
 */
export function createAnalyzer(): Analyzer {
  return { analyze, termOfWord };
}

function termOfWord(word: string): string | undefined {
  return isEnglishStopWord(word) ? undefined : stemEnglish(word);
}

function analyze(text: string, options?: AnalyzeOptions): Analysis {
  const normalized = normalizeText(text);
  let han = 0;
  let latin = 0;
  for (const char of normalized) {
    if (char >= 'a' && char <= 'z') latin++;
    // The CJK unified block first: a range test, where the Unicode-property regex was 6% of indexing.
    else if ((char >= '\u4e00' && char <= '\u9fff') || (char > '\u2e80' && isHan(char))) han++;
  }
  let canonical = normalized;
  let traditional = false;
  let simplified = false;
  let cantonese = false;
  if (han > 0) {
    const asSimplified = traditionalToSimplified(normalized);
    traditional = asSimplified !== normalized;
    // Cantonese words are listed in Traditional: bring a Simplified text there first.
    const asTraditional = traditional ? normalized : simplifiedToTraditional(normalized);
    simplified = !traditional && asTraditional !== normalized;
    cantonese = hasCantoneseMarkers(asTraditional);
    canonical = cantonese ? traditionalToSimplified(toWrittenChinese(asTraditional)) : asSimplified;
  }
  const terms: string[] = [];
  const latinWords: string[] = [];
  // All Han runs go to jieba in one call, joined by spaces (one native call per text instead of one
  // per run was ~5% of indexing); a space token marks a run boundary.
  let hanRuns = '';
  for (const run of splitScriptRuns(canonical)) {
    if (run.han) hanRuns = hanRuns === '' ? run.text : `${hanRuns} ${run.text}`;
    else addLatinTerms(run.text, terms, latinWords);
  }
  if (hanRuns !== '') {
    const unigrams = options?.unigrams !== false;
    if (options?.words === false) addChineseBigrams(hanRuns, terms, unigrams);
    else addChineseTerms(hanRuns, terms, unigrams, options?.intents !== false);
  }
  const language = detectLanguage({ han, latin, traditional, simplified, cantonese });
  return { language, canonical, terms, latinWords };
}

/** Prefix of a question intent term (`?how`): normalisation turns every `?` of the input into a space. */
export const INTENT_PREFIX = '?';

function addChineseTerms(run: string, terms: string[], unigrams: boolean, intents: boolean): void {
  // Stop words split the run into phrases; bigrams never cross a stop word.
  let phrase = '';
  const flush = (): void => {
    if (phrase.length === 1 || unigrams) for (const char of phrase) terms.push(GRAM_PREFIX + char);
    for (let i = 0; i + 1 < phrase.length; i++) terms.push(GRAM_PREFIX + phrase.slice(i, i + 2));
    phrase = '';
  };
  let previous = '';
  for (const word of segmentChinese(run)) {
    const intent = intents ? questionIntentOf(word) : undefined;
    if (intent !== undefined) terms.push(INTENT_PREFIX + intent);
    if (word === ' ' || isChineseStopWord(word) || isStandaloneClassifier(word)) {
      flush();
      previous = '';
      continue;
    }
    terms.push(word);
    // 领 + 狗牌 says 领牌 too: one term more, not part of the phrase (its bigrams are the text's).
    const joined = separableWordOf(previous, word);
    if (joined !== undefined) terms.push(joined);
    previous = word;
    phrase += word;
  }
  flush();
}

/** Bigrams only (no jieba): one-character stop words and run boundaries split the phrases. */
function addChineseBigrams(runs: string, terms: string[], unigrams: boolean): void {
  let start = 0;
  for (let i = 0; i <= runs.length; i++) {
    const char = i < runs.length ? (runs[i] as string) : ' ';
    if (char !== ' ' && !isChineseStopWord(char)) continue;
    if (i - start === 1 || unigrams) for (let j = start; j < i; j++) terms.push(GRAM_PREFIX + (runs[j] as string));
    for (let j = start; j + 2 <= i; j++) terms.push(GRAM_PREFIX + runs.slice(j, j + 2));
    start = i + 1;
  }
}

const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

/**
 * "get" before a past participle is the passive auxiliary, "be" by another name: "should I get tested"
 * asks what "should I be tested" asks, and forms of "be" are stop words. Kept, "get" sent such
 * questions to "where can I get tested" (covid-queries MRR@10 even 0.7479 → 0.7513, odd 0.7250 →
 * 0.7279). "get a test", "get it from animals" keep it: there it means obtain or catch.
 */
function isPassiveGet(word: string, next: string | undefined): boolean {
  return GET_FORMS.has(word) && next !== undefined && next.length > 4 && next.endsWith('ed');
}

function addLatinTerms(run: string, terms: string[], latinWords: string[]): void {
  let previous: string | undefined;
  const words = splitLatinWords(run);
  for (const word of words) if (/[a-z]/.test(word)) latinWords.push(word);
  const expanded = expandContractions(words);
  for (let w = 0; w < expanded.length; w++) {
    const word = expanded[w] as string;
    if (isPassiveGet(word, expanded[w + 1])) continue;
    const term = termOfWord(word);
    if (term === undefined) continue;
    terms.push(term);
    if (previous !== undefined) terms.push(`${PAIR_PREFIX}${previous} ${term}`);
    previous = term;
  }
}

/**
 * Splits a Latin run into words, and a word of three or more letters glued to a number ("covid19")
 * into both parts, so it meets "covid-19" (which normalisation already turned into "covid 19").
 * Short codes such as "n95" or "mp3" stay whole.
 */
function splitLatinWords(run: string): string[] {
  const words: string[] = [];
  for (const word of run.split(' ')) {
    if (word === '') continue;
    const glued = /^([a-z]{3,})(\d+)$/.exec(word);
    if (glued === null) words.push(word);
    else words.push(glued[1] as string, glued[2] as string);
  }
  return words;
}
