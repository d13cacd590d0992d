/**
 * Knowledge (capability 3): importers for FAQ files, documents, scans and open-data catalogues;
 * structure-aware chunking; versions with provenance and diffs; maker-checker publishing; the
 * in-memory index of published content. See docs/knowledge.md.
 */
export {
  chunkExtracted,
  splitToFit,
  renderForDiff,
  CHUNK_KINDS,
  DEFAULT_CHUNK_OPTIONS,
  type ChunkDraft,
  type ChunkOptions,
} from './chunk.ts';
export { scanDraft, type DraftFinding } from './draft-findings.ts';
export { extractCkanSnapshot, extractSource, type ExtractedSource, type SourceInput } from './extract-source.ts';
export type { DatasetItem, DocumentBlock, Extracted, FaqItem, UploadedFile } from './extracted.ts';
export { detectFileType, FILE_TYPES, type FileType } from './file-type.ts';
export { ImportError, type ImportErrorCode } from './import-error.ts';
export { IMPORT_JOB, registerImportJobs, type ImportJobPayload } from './import-job.ts';
export {
  CATALOGUE_REFRESH_JOB,
  catalogueInputOf,
  queueCatalogueRefreshes,
  registerCatalogueRefresh,
  startCatalogueRefresh,
} from './catalogue-refresh.ts';
export { IMPORTERS, loadImporters, ocrAvailability } from './importers/index.ts';
export {
  type DenseRetrieval,
  type DenseStatus,
  type IndexedChunk,
  KnowledgeIndex,
  type KnowledgeHit,
} from './knowledge-index.ts';
export {
  getSource,
  getVersion,
  latestVersions,
  type LatestVersion,
  listSources,
  listVersions,
  type KnowledgeChunk,
  type VersionSummary,
} from './knowledge-queries.ts';
export {
  assertTargetBot,
  importIntoKnowledge,
  type ImportOutcome,
  type ImportTarget,
  type KnowledgeSource,
  type KnowledgeVersion,
} from './knowledge-service.ts';
export { reviewVersion, rollbackSource } from './publishing.ts';
export { safeFetch, type SafeFetchOptions } from './safe-fetch.ts';
export { learnPhrasing } from './learn-phrasing.ts';
export { confirmWithdrawal, declineWithdrawal, requestWithdrawal } from './withdraw-source.ts';
