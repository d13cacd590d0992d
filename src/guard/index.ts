/**
 * The guard: personal data, prompt injection, phishing URLs, answer grounding and the policy
 * engine that combines them. Pure functions over data; the database parts (blocklist, policies)
 * sit at the edge in `guard-store.ts`. See docs/guard.md.
 */
export { PII_TYPES, type PiiType, type PiiFinding, type Detector } from './pii/detector.ts';
export { PII_DETECTORS, detectPii, type DetectPiiOptions } from './pii/detect-pii.ts';
export { hkidCheckDigit, isValidHkid, hkidDetector } from './pii/hkid.ts';
export { luhnValid } from './pii/credit-card.ts';
export { ibanValid } from './pii/bank-account.ts';
export {
  redact,
  maskValue,
  pseudonym,
  reversePseudonyms,
  type PiiAction,
  type PseudonymKey,
  type RedactResult,
} from './pii/redact.ts';
export { normalise, OBFUSCATIONS, type Normalised, type Obfuscation } from './injection/normalise.ts';
export { englishOnly, type BilingualReason, type ReasonText } from './reason-text.ts';
export { INJECTION_RULES, matchRules, type InjectionRule, type RuleHit } from './injection/rules.ts';
export { extractFeatures, FEATURE_BITS, indexFeatures } from './injection/features.ts';
export {
  CONCEPT_FEATURES,
  conceptFeatureName,
  defaultConceptLexicon,
  loadConceptLexicon,
  type ConceptLexicon,
} from './injection/concepts.ts';
export {
  loadInjectionModel,
  packInjectionModel,
  classifierLogit,
  injectionModelSchema,
  type InjectionModel,
  type InjectionModelFile,
} from './injection/model.ts';
export { defaultInjectionModel } from './injection/default-model.ts';
export {
  detectInjection,
  lineWindows,
  type InjectionVerdict,
  type DetectInjectionOptions,
} from './injection/detect-injection.ts';
export { extractUrls, type ExtractedUrl } from './url/extract-urls.ts';
export { assessUrl, type UrlAssessment, type UrlVerdict, type AssessUrlOptions } from './url/assess-url.ts';
export { blocklistDomain, parseBlocklist } from './url/blocklist.ts';
export { editDistance } from './url/edit-distance.ts';
export { checkGrounding, type GroundingReport, type SentenceSupport, type GroundingOptions } from './grounding.ts';
export {
  STAGES,
  DEFAULT_POLICY,
  guardPolicySchema,
  mergePolicies,
  evaluatePolicy,
  type Stage,
  type GuardPolicy,
  type StagePolicy,
  type GuardIssue,
  type GuardIssueCode,
  type GuardVerdict,
  type EvaluateOptions,
} from './policy.ts';
export { scanText, isClean, scanSummary, type ScanResult, type ScanOptions } from './scan.ts';
export { effectivePolicy, type PolicyLayers } from './effective-policy.ts';
export {
  loadBlocklist,
  importBlocklist,
  listBlocklist,
  removeFromBlocklist,
  getPolicy,
  resolvePolicy,
  putPolicy,
  auditGuardFinding,
} from './guard-store.ts';
/** The attack library as data, for evaluations that red-team a bot (issue 16). */
export { generateCorpus, loadCorpusFiles, type CorpusSample } from './corpus/index.ts';
