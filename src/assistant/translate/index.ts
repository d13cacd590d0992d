/**
 * Translate English ↔ Traditional Chinese (and Simplified, Hong Kong variants) enforcing a department
 * glossary. Without a model: script conversion and glossary lookup; with one (through the gateway):
 * sentence-aligned translation, glossary violations per sentence with offsets, and a pure review
 * model for the officer's accept / edit. See docs/assistant.md.
 */
export {
  GLOSSARY_FORMAT_VERSION,
  type Glossary,
  type GlossaryEntry,
  GlossaryError,
  type GlossaryIssue,
  type GlossaryResult,
  loadGlossary,
  parseGlossary,
} from './glossary.ts';
export {
  chineseCanonical,
  englishKey,
  findPhrase,
  findTerms,
  phraseOccurrences,
  type TermMatch,
  type TermSide,
} from './term-match.ts';
export {
  type AppliedFix,
  approvedIn,
  autoFix,
  checkSentence,
  type GlossaryViolation,
  type Span,
  type TargetLanguage,
} from './glossary-check.ts';
export { type MaskedSpan, maskSentence, restoreMasked } from './mask-sentence.ts';
export type { AlignedSentence, TermUse, TranslationResult } from './translation-types.ts';
export {
  convertScript,
  sourceLanguageOf,
  sourceSentences,
  type TranslateOptions,
  termUses,
  translateOffline,
} from './translate-offline.ts';
export { type ModelTranslateOptions, readNumbered, translateWithModel } from './translate-with-model.ts';
export {
  applyReview,
  type ReviewAction,
  type ReviewIssue,
  type ReviewResult,
  type ReviewSentence,
  reviewedText,
  reviewProgress,
  startReview,
  type TranslationReview,
} from './review.ts';
