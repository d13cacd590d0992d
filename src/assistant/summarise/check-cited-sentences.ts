import { checkGrounding } from '../../guard/index.ts';
import { splitSentences } from './split-sentences.ts';
import type { Citation } from './summary-types.ts';

/** A sentence the model may cite as `[n]` (n = index + 1): the text it saw and where that text comes from. */
export interface CitableSentence {
  /** The text as the model saw it (masked when personal data was masked), so the check compares like with like. */
  text: string;
  citation: Citation;
}

/** One sentence the model wrote, checked against the sentences it cites. */
export interface GenerativeKeyPoint {
  text: string;
  citations: Citation[];
  /** Share of its content found in the cited sentences (the guard's grounding check). */
  support: number;
  /** False when it cites nothing, is not supported by what it cites, or states a figure they lack. */
  supported: boolean;
  inventedFigures: string[];
}

const CITATION = /\[(\d+)\]/g;

/**
 * Splits a model's answer into sentences and checks each against the numbered sentences it cites
 * with the guard's grounding check. One citing nothing, unsupported, or stating a figure its
 * sources lack is kept and marked `supported: false`, never silently dropped.
 *
 * @example
 * checkCitedSentences('The fee is HK$80 [1].', [{ text: 'A licence costs HK$80.', citation }]);
 * // [{ text: 'The fee is HK$80.', citations: [citation], supported: true, … }]
 */
export function checkCitedSentences(output: string, sources: readonly CitableSentence[]): GenerativeKeyPoint[] {
  return splitSentences(output).map((raw) => {
    const cited = [...new Set([...raw.matchAll(CITATION)].map((match) => Number(match[1]) - 1))].filter(
      (i) => i >= 0 && i < sources.length,
    );
    const text = raw.replace(/\s*\[\d+\]/g, '').trim();
    const citations = cited.flatMap((i) => {
      const sentence = sources[i];
      return sentence ? [sentence.citation] : [];
    });
    if (cited.length === 0) return { text, citations, support: 0, supported: false, inventedFigures: [] };
    // The cited sentences together are the passage: a sentence may join what two of them say.
    const report = checkGrounding(text, [cited.map((i) => sources[i]?.text ?? '').join('\n')]);
    const support = report.sentences.length === 0 ? 0 : Math.min(...report.sentences.map((s) => s.support));
    return {
      text,
      citations,
      support,
      supported: report.unsupported === 0 && report.inventedFigures.length === 0,
      inventedFigures: report.inventedFigures,
    };
  });
}
