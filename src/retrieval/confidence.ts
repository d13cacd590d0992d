import { GRAM_PREFIX } from './analyzer.ts';
import type { QueryTerm } from './query-terms.ts';

/**
 * How a hit's confidence is computed.
 * - `calibrated` (default): per kind of entry; see {@link calibratedConfidence}.
 * - `query-share`: the score over the score of an FAQ question holding every query term, for every
 *   kind of entry (the confidence before per-kind calibration; kept for comparison in the benchmarks).
 */
export type ConfidenceModel = 'calibrated' | 'query-share';

/** What a hit's confidence is computed from. */
export interface ConfidenceEvidence {
  /** `question`: an FAQ entry (or dataset) with a question; `passage`: a document chunk (no question). */
  kind: 'question' | 'passage';
  /** Score ÷ the score of an entry whose question held every typed query term once at average length. */
  queryShare: number;
  /** Share of the query's typed terms, weighted by their rarity, that the entry holds: see {@link queryCoverage}. */
  coverage: number;
}

export function confidenceOf(model: ConfidenceModel, evidence: ConfidenceEvidence): number {
  return model === 'query-share' ? evidence.queryShare : calibratedConfidence(evidence);
}

/**
 * Per kind of entry, the evidence (coverage × √query share) at which a bot at the default threshold
 * (0.35) starts to answer. Chosen where about one in twelve out-of-scope questions would pass:
 * passages on the even half of the DRCD questions (bench:knowledge, in scope 0.853 / out of scope
 * 0.088 there; the odd half then gave 0.871 / 0.073), FAQ entries on the demo bots' questions (0.884
 * / 0.060). Both came out at 0.14: the kinds differ in what coverage reads, not in the scale.
 */
export const CONFIDENCE_ANCHORS: Readonly<Record<ConfidenceEvidence['kind'], number>> = {
  question: 0.14,
  passage: 0.14,
};
/** The default threshold of a bot (src/chat/bot-config.ts): the anchor maps onto it. */
const DEFAULT_THRESHOLD = 0.35;

/**
 * Confidence calibrated per kind of entry: the evidence `coverage × √queryShare` mapped piecewise
 * linearly so that the kind's anchor lands on the default threshold and full evidence on 1.
 * Coverage says whether the entry holds what was asked (the rare terms above all); query share says
 * how strongly it holds it (in a question, or somewhere in a long passage). A pure function.
 *
 * @example calibratedConfidence({ kind: 'passage', queryShare: 0.16, coverage: 0.9 }) // ≈ 0.63
 */
export function calibratedConfidence(evidence: ConfidenceEvidence): number {
  const x = evidence.coverage * Math.sqrt(evidence.queryShare);
  const anchor = CONFIDENCE_ANCHORS[evidence.kind];
  const confidence =
    x <= anchor
      ? (DEFAULT_THRESHOLD * x) / anchor
      : DEFAULT_THRESHOLD + ((1 - DEFAULT_THRESHOLD) * (x - anchor)) / (1 - anchor);
  return Math.min(1, Math.max(0, confidence));
}

/** A typed query term and its mass: kind weight × IDF over the entries the search may return. */
export interface CoverageTerm {
  term: string;
  mass: number;
}

/** The query's terms as coverage reads them, prepared once per search. */
export interface CoverageTerms {
  all: CoverageTerm[];
  /** Without single characters, which entries without a question (passages) never hold. */
  withoutCharacters: CoverageTerm[];
  /** Synonyms and typo corrections, each standing for typed terms. */
  expansions: { phrase: readonly string[]; standsFor: readonly string[]; credit: number }[];
}

/**
 * Question words (in the analyzer's canonical Simplified form, and English stems): every question
 * has them and no answer does, so they would only lower every entry's coverage alike. They still
 * rank (they tell "what is" from "how do I"). Leaving them out: demo bots 0.870 → 0.906 answered
 * right at one in ten out-of-scope questions answered.
 */
const INTERROGATIVE = /[什么哪谁何几吗呢怎]|多少|如何|\b(what|who|how|when|where|which|why|whi)\b/;

/**
 * Weighs the typed query terms by IDF over the population the search may return (`size` documents,
 * `frequency` of a term among them), times their kind weight (a word 1, a word pair 0.5 …).
 */
export function coverageTerms(
  terms: readonly QueryTerm[],
  population: { size: number; frequency: (term: string) => number },
): CoverageTerms {
  const all: CoverageTerm[] = [];
  const withoutCharacters: CoverageTerm[] = [];
  const expansions: CoverageTerms['expansions'] = [];
  const { size, frequency } = population;
  const seen = new Set<object>();
  for (const { term, weight, expansion, standsFor } of terms) {
    if (expansion) {
      // One entry per expansion phrase (its terms share the same object), without single characters.
      if (standsFor !== undefined && standsFor.terms.length > 0 && !seen.has(standsFor)) {
        seen.add(standsFor);
        const phrase = standsFor.phrase.filter((t) => !isCharacter(t));
        expansions.push({ phrase, standsFor: standsFor.terms, credit: standsFor.credit });
      }
      continue;
    }
    if (INTERROGATIVE.test(term)) continue;
    const df = frequency(term);
    const mass = weight * Math.log(1 + (size - df + 0.5) / (df + 0.5));
    all.push({ term, mass });
    if (!isCharacter(term)) withoutCharacters.push({ term, mass });
  }
  return { all, withoutCharacters, expansions };
}

/**
 * Share of the typed terms' mass an entry holds (`holds`): a term held counts whole, a term the
 * entry holds only through a synonym or a typo correction counts at that expansion's credit, and
 * only when the entry holds the whole expansion phrase (登記 alone is not 犬隻登記 = 狗牌). A pure
 * function of its inputs.
 */
export function queryCoverage(
  terms: readonly CoverageTerm[],
  expansions: CoverageTerms['expansions'],
  holds: (term: string) => boolean,
): number {
  let total = 0;
  let held = 0;
  for (const { term, mass } of terms) {
    total += mass;
    if (holds(term)) {
      held += mass;
      continue;
    }
    let credit = 0;
    for (const expansion of expansions)
      if (
        expansion.credit > credit &&
        expansion.phrase.length > 0 &&
        expansion.standsFor.includes(term) &&
        expansion.phrase.every(holds)
      )
        credit = expansion.credit;
    held += mass * credit;
  }
  return total > 0 ? held / total : 0;
}

const isCharacter = (term: string) => term.length === 2 && term.startsWith(GRAM_PREFIX);
