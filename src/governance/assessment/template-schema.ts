import { z } from 'zod';

/**
 * The shape of an assessment template: versioned data (STYLE habit 7), so a new edition of a
 * framework is a new file under `templates/`, never new code. Old assessments keep the
 * `(id, version)` they were answered against.
 */

/** Text a person reads, in English and Traditional Chinese. */
export const localizedTextSchema = z.object({ en: z.string().min(1), zhHant: z.string().min(1) }).strict();
/** The same words as everywhere else (core's LocalizedText); the schema checks them in the data files. */
export type { LocalizedText } from '../../core/index.ts';

/** The assessment stages of the AI Application Impact Assessment, in lifecycle order. */
export const STAGES = ['planning', 'development', 'deployment', 'monitoring'] as const;
export const stageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof stageSchema>;

/**
 * How a question is answered:
 * - `yes_no`: yes or no (gating criteria, tier questions; N/A is not an answer there);
 * - `yes_no_na`: yes, no or N/A, where N/A needs a justification;
 * - `text`: free text;
 * - `go_no_go`: go, no-go, or escalate the decision (to the IT board / CIO);
 * - `level`: low, medium or high (the privacy risk factors).
 */
export const QUESTION_KINDS = ['yes_no', 'yes_no_na', 'text', 'go_no_go', 'level'] as const;
export const questionKindSchema = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof questionKindSchema>;

/** The values each closed kind accepts (`text` accepts any non-blank text). */
export const KIND_VALUES = {
  yes_no: ['yes', 'no'],
  yes_no_na: ['yes', 'no', 'na'],
  go_no_go: ['go', 'no_go', 'escalate'],
  level: ['low', 'medium', 'high'],
} as const satisfies Record<Exclude<QuestionKind, 'text'>, readonly string[]>;

export const GENAI_TIERS = ['unacceptable', 'high', 'limited', 'low'] as const;
export type GenAiTier = (typeof GENAI_TIERS)[number];

/**
 * What an answer to this question contributes to a derived result (src/governance/assessment/derive.ts).
 * The rules live beside the questions so a new edition can move them without code:
 * - `impact`: "yes" makes the impact high; questions sharing a `group` count only when every
 *   question of the group is "yes" (gating criterion C and its three parts);
 * - `tier`: "yes" puts the application at least in that GenAI risk tier;
 * - `privacy-risk`: a risk factor rated low / medium / high; the privacy risk level is the highest rating.
 */
export const effectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('impact'), group: z.string().min(1).optional() }).strict(),
  z.object({ kind: z.literal('tier'), tier: z.enum(['unacceptable', 'high', 'limited']) }).strict(),
  z.object({ kind: z.literal('privacy-risk') }).strict(),
]);
export type Effect = z.infer<typeof effectSchema>;

export const questionSchema = z
  .object({
    /** Stable id answers are keyed by, unique in the template (e.g. `C(ii)`, `Q9(i)`, `header.owner`). */
    id: z.string().min(1),
    /** The number a reader sees (`9(i)`); defaults to none. */
    number: z.string().min(1).optional(),
    kind: questionKindSchema,
    text: localizedTextSchema,
    /** Guidance for the person answering. */
    help: localizedTextSchema.optional(),
    /** Stages the question applies at; omitted = every stage (or a template without stages). */
    stages: z.array(stageSchema).min(1).optional(),
    /** Ids of the template's principles the question serves. */
    principles: z.array(z.string().min(1)).optional(),
    effect: effectSchema.optional(),
    /** Extra fields an imported template keeps as they were upstream (e.g. AI Verify's metric). */
    details: z.record(z.string(), z.string()).optional(),
  })
  .strict();
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z
  .object({
    id: z.string().min(1),
    title: localizedTextSchema,
    /** The question numbers the section covers, as the framework states them (e.g. `6–10`). */
    range: z.string().min(1).optional(),
    description: localizedTextSchema.optional(),
    questions: z.array(questionSchema).min(1),
  })
  .strict();
export type Section = z.infer<typeof sectionSchema>;

export const partSchema = z
  .object({
    id: z.string().min(1),
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    sections: z.array(sectionSchema).min(1),
  })
  .strict();
export type Part = z.infer<typeof partSchema>;

export const principleSchema = z
  .object({
    id: z.string().min(1),
    name: localizedTextSchema,
    /** The framework's fundamental principles, as opposed to its general ones. */
    fundamental: z.boolean().optional(),
    description: localizedTextSchema.optional(),
  })
  .strict();
export type Principle = z.infer<typeof principleSchema>;

/** Dotted numbers compare segment by segment: `1.10` is later than `1.9`. */
export const versionSchema = z.string().regex(/^\d+(\.\d+)*$/, 'a dotted number such as 1.4');

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    version: versionSchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    /** Where the structure comes from; question texts are our own words unless `imported`. */
    source: z
      .object({
        name: z.string().min(1),
        edition: z.string().min(1).optional(),
        url: z.string().url().optional(),
        licence: z.string().min(1).optional(),
        imported: z.boolean().optional(),
      })
      .strict(),
    /** Present when questions apply by stage. */
    stages: z.array(stageSchema).min(1).optional(),
    principles: z.array(principleSchema).optional(),
    parts: z.array(partSchema).min(1),
  })
  .strict()
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    const principles = new Set((template.principles ?? []).map((p) => p.id));
    for (const [p, part] of template.parts.entries()) {
      for (const [s, section] of part.sections.entries()) {
        for (const [q, question] of section.questions.entries()) {
          checkQuestion(question, ['parts', p, 'sections', s, 'questions', q]);
        }
      }
    }
    function checkQuestion(question: Question, path: Array<string | number>): void {
      if (seen.has(question.id)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate question id ${question.id}` });
      }
      seen.add(question.id);
      for (const id of question.principles ?? []) {
        if (!principles.has(id)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'principles'], message: `unknown principle ${id}` });
        }
      }
      if (question.stages && !template.stages) {
        ctx.addIssue({ code: 'custom', path: [...path, 'stages'], message: 'the template declares no stages' });
      }
      for (const stage of question.stages ?? []) {
        if (template.stages && !template.stages.includes(stage)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'stages'], message: `stage ${stage} not in template` });
        }
      }
      const effect = question.effect;
      if (effect && (effect.kind === 'privacy-risk') !== (question.kind === 'level')) {
        ctx.addIssue({ code: 'custom', path: [...path, 'effect'], message: 'privacy-risk goes with level questions' });
      }
      if (effect && effect.kind !== 'privacy-risk' && question.kind !== 'yes_no') {
        ctx.addIssue({ code: 'custom', path: [...path, 'effect'], message: `${effect.kind} needs a yes_no question` });
      }
    }
  });
export type Template = z.infer<typeof templateSchema>;

/** Every question of a template, in reading order. */
export function templateQuestions(template: Template): Question[] {
  return template.parts.flatMap((part) => part.sections.flatMap((section) => section.questions));
}
