/**
 * The fields of an FAQ entry that are indexed, in a fixed order (their position is the field
 * number inside the index and in snapshots).
 */
export const FIELDS = ['question', 'alternateQuestions', 'answer', 'keywords', 'title'] as const;
export type Field = (typeof FIELDS)[number];

/** BM25F parameters of one field. */
export interface FieldTuning {
  /** How much one occurrence here counts against one occurrence in other fields. */
  weight: number;
  /** Length normalisation, 0 (none) … 1 (full). */
  b: number;
}

/**
 * Field weights tuned on the development queries (bench/retrieval): a match in a question is worth
 * most; an answer is long and wordy, so it counts little and is fully length-normalised.
 */
export const DEFAULT_FIELD_TUNING: Record<Field, FieldTuning> = {
  question: { weight: 3, b: 0.75 },
  alternateQuestions: { weight: 2.5, b: 0.5 },
  answer: { weight: 0.25, b: 0.75 },
  keywords: { weight: 1.5, b: 0.3 },
  title: { weight: 1, b: 0.5 },
};

/**
 * The answer of an entry that has a question: there the answer only breaks ties between questions,
 * so it counts for less than the text of a document chunk (an entry without a question, tuned by
 * `answer` above, where the answer is all there is to match and must outweigh the title). Chosen on
 * the even half of covid-queries and the Taipei dev queries: weight 0.15 over 0.25 gave covid
 * +0.006 MRR@10 and Taipei R@1 +0.005; DRCD (chunks) is unaffected.
 */
export const DEFAULT_ANSWER_BESIDE_QUESTION: FieldTuning = { weight: 0.15, b: 0.5 };
