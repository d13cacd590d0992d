/**
 * Bilingual retrieval (capability 2): analyzer, BM25F index, learning, hybrid fusion, evaluation.
 * A pure library: it holds entries in memory and never touches the database.
 */
export { createAnalyzer, GRAM_PREFIX, PAIR_PREFIX, type Analysis, type Analyzer } from './analyzer.ts';
export { normalizeText } from './normalize-text.ts';
export { toWrittenChinese, hasCantoneseMarkers, cantoneseTable } from './cantonese.ts';
export { parseCantoneseTable, type CantoneseTable } from './cantonese-table.ts';
export { chrF, chrFScore, chrFStatistics, type ChrFStatistics } from './chrf.ts';
export {
  traditionalToSimplified,
  simplifiedToTraditional,
  chineseScriptOf,
  toChineseScript,
  type ChineseScript,
} from './chinese-script.ts';
export { languageSchema, type Language } from './language.ts';
export { faqEntrySchema, type FaqEntry, type FaqEntryInput } from './faq-entry.ts';
export {
  FIELDS,
  DEFAULT_ANSWER_BESIDE_QUESTION,
  DEFAULT_FIELD_TUNING,
  type Field,
  type FieldTuning,
} from './fields.ts';
export { DEFAULT_TERM_WEIGHTS, type TermWeights } from './query-terms.ts';
export { synonymGroupSchema, synonymListSchema, regionalSynonyms, type SynonymGroup } from './synonyms.ts';
export type { SearchFilter, SearchHit, SearchOptions } from './search-options.ts';
export {
  calibratedConfidence,
  type ConfidenceEvidence,
  type ConfidenceModel,
} from './confidence.ts';
export {
  LexicalRetriever,
  type LexicalRetrieverOptions,
  type LexicalSnapshot,
  type RetrieverStats,
} from './lexical-retriever.ts';
export {
  evaluateRetrieval,
  lionrockSystem,
  percentile,
  type EvaluationReport,
  type LabelledQuery,
  type RankingSystem,
  type RetrievalMetrics,
} from './evaluate.ts';
export { parseFaqLines, parseLabelledQueryLines, type ParseResult } from './jsonl-input.ts';
export { fuseByReciprocalRank } from './rank-fusion.ts';
export { createEmbeddingsClient, type Embedder, type EmbeddingsEndpoint } from './embeddings-client.ts';
export { HybridRetriever, type HybridOptions, type HybridSearchResult } from './hybrid-retriever.ts';
export { saveSnapshot, loadSnapshot } from './snapshot-file.ts';
