/**
 * What the translate task keeps (issue 17, Translate): the department's glossary, stored and
 * versioned, and the officer's sentence-by-sentence review of a translate job. See docs/assistant.md.
 */
export {
  DEMO_GLOSSARY_FILE,
  type DepartmentGlossary,
  GlossaryRefused,
  getDepartmentGlossary,
  listDepartmentGlossaryVersions,
  parsedGlossary,
  putDepartmentGlossary,
  seedDemoGlossary,
} from './department-glossary.ts';
export {
  type GlossaryUsed,
  type ReviewState,
  ReviewRefused,
  reviewTranslationJob,
  type TranslateOutput,
} from './translation-review.ts';
