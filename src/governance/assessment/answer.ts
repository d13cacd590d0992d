import { z } from 'zod';
import { versionSchema } from './template-schema.ts';

/**
 * One answer. `value` is checked against its question's kind by `assessmentProblems`;
 * `justification` is required when the value is N/A; any answer may carry a reviewer comment.
 */
export const answerSchema = z
  .object({
    value: z.string().min(1),
    justification: z.string().optional(),
    reviewerComment: z.string().optional(),
  })
  .strict();
export type Answer = z.infer<typeof answerSchema>;

/** Answers keyed by question id. */
export const answersSchema = z.record(z.string().min(1), answerSchema);
export type Answers = z.infer<typeof answersSchema>;

/** A set of answers and the template edition it was made with (kept for life: old sets keep their version). */
export const answerSetSchema = z
  .object({
    templateId: z.string().min(1),
    templateVersion: versionSchema,
    answers: answersSchema,
  })
  .strict();
export type AnswerSet = z.infer<typeof answerSetSchema>;
