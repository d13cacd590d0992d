import type { AppliedFix, GlossaryViolation, TargetLanguage } from './glossary-check.ts';

/** One source sentence beside its translation, for side-by-side review. */
export interface AlignedSentence {
  /** 1-based, the number the model saw it by. */
  id: number;
  /** The paragraph (non-empty line of the source, 0-based) it belongs to, so a translation can be laid out again. */
  paragraph: number;
  source: string;
  /** Null when there is no translation: offline English ↔ Chinese, or the model left the sentence out. */
  target: string | null;
  violations: GlossaryViolation[];
  /** Replacements {@link autoFix} made (with `autoFix: true`), already applied to `target`. */
  fixes: AppliedFix[];
}

/** A glossary term the document states, with its approved translation. */
export interface TermUse {
  term: string;
  /** Approved wordings in the target language (several rows for one term are alternatives). */
  approved: string[];
  /** Sentences (ids) it occurs in. */
  sentences: number[];
  /** Glossary rows (`file:line`). */
  entries: string[];
}

/**
 * The result of a translation, in any mode:
 * - `model`: translated sentence by sentence through the gateway;
 * - `script-conversion`: Chinese to Chinese (Traditional ↔ Simplified, Hong Kong variants), no model;
 * - `glossary-lookup`: English ↔ Chinese without a model: only the glossary terms and their
 *   approved translations; `target` is null and `note` says a full translation needs a model.
 */
export interface TranslationResult {
  mode: 'model' | 'script-conversion' | 'glossary-lookup';
  from: TargetLanguage;
  to: TargetLanguage;
  sentences: AlignedSentence[];
  terms: TermUse[];
  /** Violations left, over all sentences. */
  violations: number;
  /** Model calls made (0 without a model). */
  calls: number;
  /** Pieces of personal data masked before any model call. */
  masked: number;
  /** What this mode is and is not, in English and Traditional Chinese. */
  note: { en: string; zh: string };
}
