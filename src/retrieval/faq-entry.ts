import { z } from 'zod';
import { languageSchema } from './language.ts';

/**
 * One retrievable entry: an FAQ question with its answer, or a chunk of a document (question empty,
 * text in `answer`, heading in `title`). The engine stores entries in memory only; the knowledge
 * base decides what is published and feeds them in.
 */
export const faqEntrySchema = z.object({
  id: z.string().min(1),
  question: z.string().default(''),
  answer: z.string().default(''),
  /** Other ways people asked the same thing, e.g. learned from confirmed conversations. */
  alternateQuestions: z.array(z.string()).default([]),
  keywords: z.array(z.string()).default([]),
  title: z.string().default(''),
  department: z.string().optional(),
  /** Bots that may serve this entry; empty means every bot of the department. */
  bots: z.array(z.string()).default([]),
  /** Detected from the question and answer when not given. */
  language: languageSchema.optional(),
  status: z.string().default('published'),
  /** What the entry is to its owner (an FAQ entry, a passage, a dataset …), for a filter to keep one kind. */
  kind: z.string().optional(),
});

export type FaqEntry = z.output<typeof faqEntrySchema>;
export type FaqEntryInput = z.input<typeof faqEntrySchema>;
