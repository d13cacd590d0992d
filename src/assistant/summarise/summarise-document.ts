import { cutToLength } from './cut-to-length.ts';
import { lengthUnit, type SummaryLanguage, textLength } from './language.ts';
import { type RankOptions, rankSentences } from './rank-sentences.ts';
import { type SelectOptions, selectSentences } from './select-sentences.ts';
import { sentenceTerms } from './sentence-terms.ts';
import type { Summary, SummaryDocument } from './summary-types.ts';
import { termSpace } from './term-vectors.ts';

/** How long a summary is when nobody says: about a short paragraph. */
export const DEFAULT_BUDGET: Record<SummaryLanguage, number> = { zh: 300, en: 150 };

export interface SummariseOptions {
  /** Length in the document's unit: characters for Chinese, words for English. */
  budget?: number;
  rank?: RankOptions;
  select?: SelectOptions;
}

/**
 * An extractive summary: the document's most central, least repetitive sentences that fit the
 * length budget, quoted verbatim in reading order, each citing its page and section. No model.
 *
 * @example
 * const summary = summariseDocument(toSummaryDocument('report.pdf', extracted), { budget: 200 });
 * summary.keyPoints[0]; // { text: '...', citation: { document: 'report.pdf', page: 3, section: '2 Findings', sentence: 41 }, score: 1 }
 */
export function summariseDocument(document: SummaryDocument, options: SummariseOptions = {}): Summary {
  const { language, sentences } = document;
  const budget = Math.max(1, Math.floor(options.budget ?? DEFAULT_BUDGET[language]));
  const terms = sentences.map((sentence) => sentenceTerms(sentence.text));
  const space = termSpace(terms);
  const last = Math.max(1, sentences.length - 1);
  const scores = rankSentences(
    sentences.map((sentence, i) => ({
      terms: terms[i] ?? [],
      inBlock: sentence.inBlock,
      relativePosition: i / last,
      headingTerms: sentence.headingTerms,
    })),
    space,
    options.rank,
  );
  const lengths = sentences.map((sentence) => textLength(sentence.text, language));
  const { chosen, cutFirst } = selectSentences(scores, space.vectors, lengths, budget, options.select);
  const keyPoints = chosen.flatMap((i) => {
    const sentence = sentences[i];
    if (!sentence) return [];
    const text = cutFirst ? `${cutToLength(sentence.text, budget, language)}…` : sentence.text;
    return [{ text, citation: sentence.citation, score: round(scores[i] ?? 0) }];
  });
  return {
    document: document.name,
    title: document.title,
    language,
    unit: lengthUnit(language),
    budget,
    length: keyPoints.reduce((sum, point) => sum + textLength(point.text.replace(/…$/u, ''), language), 0),
    method: 'extractive',
    keyPoints,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
