/**
 * The AI bill of materials (issue #18, "AI supply chain"): per application a CycloneDX 1.6
 * document of its models, providers, knowledge sources, datasets, third parties and LionRock's own
 * packages; validation against the vendored schema; and the changes seen, with their dates, that
 * may make re-assessment due.
 */
export { applicationBom } from './application-bom.ts';
export {
  collectBomFacts,
  datasetsOfApplication,
  observedModels,
  type BomFacts,
  type KnowledgeSourceFact,
  type ObservedModel,
} from './bom-facts.ts';
export { listBomChanges, recordBomChanges, recordDependencyChange, type BomChange } from './bom-changes.ts';
export { runBomSweep, startBomSweep } from './bom-sweep.ts';
export { CYCLONEDX_MEDIA_TYPE, bomRef, buildBom, type CycloneDxBom } from './cyclonedx-bom.ts';
export {
  LOCKFILE,
  npmPurl,
  parseLockfile,
  readLockfile,
  type LockedPackage,
  type Lockfile,
} from './lockfile-packages.ts';
export { platformModels, type PlatformModel } from './platform-models.ts';
export { validateBom, type BomIssue } from './validate-bom.ts';
