import { type Analysis, type Analyzer, GRAM_PREFIX, PAIR_PREFIX } from './analyzer.ts';
import type { SynonymGroup } from './synonyms.ts';
import type { TypoIndex } from './typo-index.ts';

/** How much each kind of query term counts; tuned on the development queries. */
export interface TermWeights {
  /** A jieba word or an English stem. */
  word: number;
  /** A Chinese character bigram. */
  gram: number;
  /** A single Chinese character: catches a shared character when no bigram is shared (借給人 / 借人). */
  unigram: number;
  /** An English word pair: the phrase/proximity boost. */
  pair: number;
  /** Multiplier for terms added from a synonym of a query phrase. */
  synonym: number;
  /** Multiplier for a word one typo away from a query word the index does not know. */
  typo: number;
}

/**
 * unigram 0.9 (was 0.7, chosen on the Taipei development queries): a Cantonese question rewritten as
 * written Chinese shares fewer bigrams with a Taiwanese FAQ than a written question does, so the
 * characters it does share carry more of the evidence. Fresh Cantonese questions (g), R@1: 0.7 0.837,
 * 0.8–1.0 0.847; 0.9 is the middle of that plateau, and (a) and (f) rose with it.
 */
export const DEFAULT_TERM_WEIGHTS: TermWeights = { word: 1, gram: 1, unigram: 0.9, pair: 0.5, synonym: 0.6, typo: 0.8 };

/**
 * A query term with its weight; `expansion` marks terms that were not typed (synonym, typo).
 * `groupFrequency` is the document frequency its IDF is computed from when it is higher than the
 * term's own: the terms of a synonym group share the group's (largest) document frequency, and a
 * word pair is never rarer than its commoner word.
 */
export interface QueryTerm {
  term: string;
  weight: number;
  expansion: boolean;
  groupFrequency: number;
  /**
   * Of an expansion: the typed terms it stands for (the synonym phrase found in the query, or the
   * misspelt word) and how much holding it counts for holding them (the synonym or typo weight).
   */
  standsFor?: { terms: readonly string[]; phrase: readonly string[]; credit: number };
}

/** A synonym phrase prepared once: its canonical text and its terms. */
export interface PreparedSynonymGroup {
  department: string | undefined;
  phrases: {
    canonical: string;
    terms: string[];
    latin: boolean;
    /** An English phrase's word stems, space-padded (" come from "): matched on the query's stems. */
    stems: string | undefined;
    /** An English phrase's word stems in order (["come", "from"]); empty for other phrases. */
    words: readonly string[];
  }[];
}

export function prepareSynonyms(groups: readonly SynonymGroup[], analyzer: Analyzer): PreparedSynonymGroup[] {
  return groups.map((group) => ({
    department: group.department,
    phrases: group.terms
      .map((phrase) => analyzer.analyze(phrase))
      .filter((analysis) => analysis.terms.length > 0)
      .map((analysis) => {
        // Latin phrases must match whole words ("car" is not in "carpet"); Chinese has no word spaces.
        const latin = /[a-z0-9]/.test(analysis.canonical);
        const english = latin && !analysis.terms.some((term) => term.startsWith(GRAM_PREFIX));
        const stems = english ? latinStems(analysis.terms) : '';
        return {
          canonical: analysis.canonical,
          terms: analysis.terms,
          latin,
          stems: english ? ` ${stems} ` : undefined,
          words: stems === '' ? [] : stems.split(' '),
        };
      }),
  }));
}

/**
 * The English word stems of an analysis in text order, space-separated: what an English synonym
 * phrase is looked for in, so "originated" meets origin and "came from" meets come from, and a word
 * typed against Chinese without a space (BB打針, 要點book) is still a word.
 */
function latinStems(terms: readonly string[]): string {
  let stems = '';
  for (const term of terms) {
    const first = term.charCodeAt(0);
    // English stems and numbers start with a-z or 0-9; n-grams, pairs and jieba words do not.
    if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) stems = stems === '' ? term : `${stems} ${term}`;
  }
  return stems;
}

export function kindWeight(term: string, weights: TermWeights): number {
  if (term.startsWith(GRAM_PREFIX)) return term.length === 2 ? weights.unigram : weights.gram;
  if (term.startsWith(PAIR_PREFIX)) return weights.pair;
  return weights.word;
}

/**
 * Builds the weighted terms of a query: its own terms, then synonyms of phrases it contains (only
 * groups of the filtered departments), then typo corrections of Latin words the index does not know.
 */
export function buildQueryTerms(
  analysis: Analysis,
  context: {
    analyzer: Analyzer;
    weights: TermWeights;
    synonyms: readonly PreparedSynonymGroup[];
    departments: readonly string[] | undefined;
    typos: TypoIndex;
    /** Live documents holding a term (0 when none). */
    documentFrequency: (term: string) => number;
  },
): QueryTerm[] {
  const { weights } = context;
  const byTerm = new Map<string, QueryTerm>();
  const add = (term: string, weight: number, standsFor?: QueryTerm['standsFor']): void => {
    const expansion = standsFor !== undefined;
    const existing = byTerm.get(term);
    if (existing === undefined)
      byTerm.set(
        term,
        expansion
          ? { term, weight, expansion, groupFrequency: 0, standsFor }
          : { term, weight, expansion, groupFrequency: 0 },
      );
    else if (!expansion) existing.weight += existing.expansion ? weight - existing.weight : weight * 0.5;
  };
  for (const term of analysis.terms) add(term, kindWeight(term, weights));
  for (const queryTerm of byTerm.values())
    if (queryTerm.term.startsWith(PAIR_PREFIX))
      queryTerm.groupFrequency = pairFrequencyFloor(queryTerm.term, context.documentFrequency);
  const padded: PaddedQuery = { text: ` ${analysis.canonical} `, stems: ` ${latinStems(analysis.terms)} ` };
  // Plain loops: this runs over every group for every query, and closures here were most of a
  // query's garbage (young-generation collections showed up as p99 latency).
  for (const group of context.synonyms) {
    if (group.department !== undefined && context.departments && !context.departments.includes(group.department))
      continue;
    let found: PreparedSynonymGroup['phrases'][number] | undefined;
    for (const phrase of group.phrases) {
      if (containsPhrase(padded, phrase)) {
        found = phrase;
        break;
      }
    }
    if (found === undefined) continue;
    for (const phrase of group.phrases) {
      if (phrase === found) continue;
      for (const term of phrase.terms) {
        if (!byTerm.has(term))
          add(term, kindWeight(term, weights) * weights.synonym, {
            terms: found.terms,
            phrase: phrase.terms,
            credit: weights.synonym,
          });
      }
    }
    if (found.words.length > 0) addPairVariants(found, group, byTerm, weights);
    blendGroupFrequency(group, padded, byTerm, context.documentFrequency);
  }
  for (const word of analysis.latinWords) {
    if (context.typos.has(word)) continue;
    // A word whose stem the index knows is not a typo: "effects" meets effect (from "effective")
    // and must not also be corrected to "affects".
    const own = context.analyzer.termOfWord(word);
    if (own !== undefined && context.documentFrequency(own) > 0) continue;
    for (const correction of context.typos.corrections(word)) {
      const term = context.analyzer.termOfWord(correction);
      if (term !== undefined && !byTerm.has(term) && context.documentFrequency(term) > 0)
        add(term, weights.word * weights.typo, {
          terms: own === undefined ? [] : [own],
          phrase: [term],
          credit: weights.typo,
        });
    }
  }
  return [...byTerm.values()];
}

/**
 * The document frequency a word pair's IDF is computed from: at least that of its commoner word.
 * On an FAQ set almost every pair of adjacent words occurs in one or two questions, so by its own
 * count a pair is as rare as the rarest topic word, and a pair of a question word and a near-universal
 * word ("what is covid" → what covid, the stop word dropped) outweighed the topic word that decided
 * the query ("what are covid symptoms" went to "What is COVID-19?"). A pair is evidence that its
 * words stand together, worth no more than its commoner word is: covid-queries MRR@10 even half
 * 0.718 → 0.731, odd half 0.685 → 0.689, learned (c) 0.738 → 0.741.
 */
function pairFrequencyFloor(pair: string, documentFrequency: (term: string) => number): number {
  const space = pair.indexOf(' ');
  return Math.max(documentFrequency(pair.slice(PAIR_PREFIX.length, space)), documentFrequency(pair.slice(space + 1)));
}

/**
 * Adds, for each typed English word pair that has the found synonym phrase at one end, the same pair
 * with each other phrase of the group in its place: "what is coronavirus" holds the pair what
 * coronavirus, and "What is COVID-19?" the pair what covid, which only the expanded word met before.
 * Without it a pair, the evidence that two words stand together, only ever favoured the entries
 * spelling the topic as the query does (coronavirus in 3 of 68 covid questions, typed in 814 of 1,387
 * queries). A variant stands for the typed pair: it keeps that pair's document frequency and counts at
 * the pair weight times the synonym weight (covid-queries MRR@10 even half 0.7513 → 0.7539, odd half
 * 0.7279 → 0.7366). A multi-word phrase meets the pair by its edge word: its first word on the pair's
 * right, its last on the left (what coronavirus → what covid of "covid 19"; coronavirus from → 19 from).
 */
function addPairVariants(
  found: PreparedSynonymGroup['phrases'][number],
  group: PreparedSynonymGroup,
  byTerm: Map<string, QueryTerm>,
  weights: TermWeights,
): void {
  const first = found.words[0] as string;
  const last = found.words[found.words.length - 1] as string;
  // Variants are added to byTerm while it is walked: they are expansions, which the walk skips.
  for (const pair of byTerm.values()) {
    if (pair.expansion || !pair.term.startsWith(PAIR_PREFIX)) continue;
    const space = pair.term.indexOf(' ');
    const left = pair.term.slice(PAIR_PREFIX.length, space);
    const right = pair.term.slice(space + 1);
    // A pair inside the phrase (corona virus) is the phrase itself, not a neighbour of it.
    const before = right === first && !found.words.includes(left);
    const after = left === last && !found.words.includes(right);
    if (!before && !after) continue;
    for (const phrase of group.phrases) {
      if (phrase === found || phrase.words.length === 0) continue;
      const variant = before
        ? `${PAIR_PREFIX}${left} ${phrase.words[0] as string}`
        : `${PAIR_PREFIX}${phrase.words[phrase.words.length - 1] as string} ${right}`;
      if (byTerm.has(variant)) continue;
      byTerm.set(variant, {
        term: variant,
        weight: weights.pair * weights.synonym,
        expansion: true,
        groupFrequency: pair.groupFrequency,
        standsFor: { terms: [pair.term], phrase: [variant], credit: weights.synonym },
      });
    }
  }
}

/**
 * Gives the words of a matched synonym group one document frequency, the group's largest (as a
 * search engine's synonym query does): equivalent words are one concept, and a concept is as
 * common as its commonest spelling. Without it the rare spelling of a topic word dominates a query
 * (coronavirus in three questions, covid in forty: every "coronavirus …" question went to those
 * three), and a rare expansion drowns the words typed beside it. Only the words of phrases present
 * in the query and the added expansions are blended; other typed words keep their own rarity.
 */
function blendGroupFrequency(
  group: PreparedSynonymGroup,
  padded: PaddedQuery,
  byTerm: Map<string, QueryTerm>,
  documentFrequency: (term: string) => number,
): void {
  let frequency = 0;
  const members: QueryTerm[] = [];
  for (const phrase of group.phrases) {
    const present = containsPhrase(padded, phrase);
    for (const term of phrase.terms) {
      const queryTerm = byTerm.get(term);
      if (queryTerm === undefined || (!present && !queryTerm.expansion)) continue;
      members.push(queryTerm);
      const df = documentFrequency(term);
      if (df > frequency) frequency = df;
    }
  }
  for (const member of members) if (frequency > member.groupFrequency) member.groupFrequency = frequency;
}

/**
 * Whether the query holds the phrase: an English phrase among its stems, other Latin phrases as whole
 * words of its text, Chinese anywhere in its text.
 */
function containsPhrase(padded: PaddedQuery, phrase: PreparedSynonymGroup['phrases'][number]): boolean {
  if (phrase.stems !== undefined) return padded.stems.includes(phrase.stems);
  return phrase.latin ? padded.text.includes(` ${phrase.canonical} `) : padded.text.includes(phrase.canonical);
}

/** The query's canonical text and its English stems, each padded with a space either side. */
interface PaddedQuery {
  text: string;
  stems: string;
}
