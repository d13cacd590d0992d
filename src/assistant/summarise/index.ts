/**
 * Summarise one document and combine several, with citations to page and section. Without a
 * model: extractive (Chinese-aware sentence splitting, centrality ranking, redundancy removal,
 * length in characters for Chinese and words for English). See docs/assistant.md.
 */
export { cutToLength } from './cut-to-length.ts';
export { toSummaryDocument } from './document-sentences.ts';
export { detectLanguage, lengthUnit, type SummaryLanguage, textLength } from './language.ts';
export { type RankInput, type RankOptions, rankSentences } from './rank-sentences.ts';
export { type RougeL, lcsLength, rougeL, rougeTokens } from './rouge-l.ts';
export { type SelectOptions, selectSentences } from './select-sentences.ts';
export { sentenceTerms } from './sentence-terms.ts';
export { splitSentences } from './split-sentences.ts';
export { DEFAULT_BUDGET, type SummariseOptions, summariseDocument } from './summarise-document.ts';
export type { Citation, KeyPoint, SourceSentence, Summary, SummaryDocument } from './summary-types.ts';
export { cosine, type TermSpace, type TermVector, termSpace } from './term-vectors.ts';
export {
  type Agreement,
  type Brief,
  type CombineOptions,
  combineDocuments,
  type Difference,
  type Support,
} from './combine-documents.ts';
export { extractFigures, figuresDiffer } from './extract-figures.ts';
export {
  type CompleteText,
  type GenerativeKeyPoint,
  type GenerativeOptions,
  type GenerativeSummary,
  type ModelMessage,
  summariseWithModel,
} from './generative-summary.ts';
export { type CitableSentence, checkCitedSentences } from './check-cited-sentences.ts';
export { type CombineWithModelOptions, combineWithModel, type GenerativeBrief } from './generative-combine.ts';
