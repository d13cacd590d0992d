import { z } from 'zod';

/** Text a person reads, in both languages the drafts are written in. */
export const bilingualSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof bilingualSchema>;

/** The languages a draft is written in. */
export const DRAFT_LANGUAGES = ['en', 'zh-Hant'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

const slotName = z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/, 'must be a camelCase name');

/** One value the officer gives: a name, a date, the reference number, a contact line... */
export const slotSchema = z
  .object({
    name: slotName,
    label: bilingualSchema,
    required: z.boolean(),
    /** How the console asks for it; `multiline` may hold several paragraphs. */
    kind: z.enum(['text', 'multiline', 'date', 'reference', 'phone', 'email']),
    /** At most this many characters. */
    maxLength: z.number().int().min(1).max(4000).default(200),
  })
  .strict();

/**
 * A part the finished document must have (reference number, salutation, contact line...): the
 * issue report names it when it is missing. Present when the text holds the slot's value, or
 * matches the pattern of the draft's language (a regular expression, case-insensitive).
 */
export const requiredElementSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    label: bilingualSchema,
    slot: slotName.optional(),
    pattern: z.object({ en: z.string(), zh: z.string() }).strict().optional(),
  })
  .strict()
  .refine((element) => element.slot !== undefined || element.pattern !== undefined, {
    message: 'needs a slot or a pattern',
  });

/**
 * The document's lines in one language. `{slot}` is replaced by the slot's value (a line whose
 * optional slot is empty is left out); `{body}` is the body: the skeleton's paragraphs without a
 * model, the model's paragraphs with one. `{facts}` in the skeleton is each officer's fact as a
 * paragraph of its own.
 */
const layoutSchema = z
  .object({
    lines: z.array(z.string()).min(1),
    skeleton: z.array(z.string()).min(1),
  })
  .strict();

/** A drafting template (reply to a public enquiry, memo, letter, press release), kept as data. */
export const draftTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
    version: z.number().int().min(1),
    title: bilingualSchema,
    description: bilingualSchema,
    /** `external`: the document leaves the department (the approval policy applies). */
    audience: z.enum(['internal', 'external']),
    slots: z.array(slotSchema).min(1),
    tones: z
      .array(z.object({ id: z.string().regex(/^[a-z][a-z-]{0,31}$/), label: bilingualSchema, instruction: z.string() }))
      .min(1),
    /** Body lengths: words for English, characters for Chinese. The first is the default. */
    lengths: z
      .array(
        z.object({
          id: z.enum(['short', 'medium', 'long']),
          label: bilingualSchema,
          words: z.number().int().min(20),
          characters: z.number().int().min(40),
        }),
      )
      .min(1),
    requiredElements: z.array(requiredElementSchema),
    layout: z.object({ en: layoutSchema, zh: layoutSchema }).strict(),
  })
  .strict()
  .superRefine((template, ctx) => {
    const names = new Set(template.slots.map((slot) => slot.name));
    if (names.size !== template.slots.length)
      ctx.addIssue({ code: 'custom', path: ['slots'], message: 'has a slot twice' });
    for (const language of ['en', 'zh'] as const) {
      const { lines, skeleton } = template.layout[language];
      if (!lines.some((line) => line.includes('{body}')))
        ctx.addIssue({ code: 'custom', path: ['layout', language, 'lines'], message: 'has no {body} line' });
      [...lines, ...skeleton].forEach((line) => {
        for (const match of line.matchAll(/\{([A-Za-z0-9]+)\}/g)) {
          const name = match[1] ?? '';
          if (name !== 'body' && name !== 'facts' && !names.has(name))
            ctx.addIssue({ code: 'custom', path: ['layout', language], message: `names an unknown slot {${name}}` });
        }
      });
    }
    template.requiredElements.forEach((element, i) => {
      if (element.slot !== undefined && !names.has(element.slot))
        ctx.addIssue({ code: 'custom', path: ['requiredElements', i, 'slot'], message: 'is not a slot' });
      for (const pattern of element.pattern ? [element.pattern.en, element.pattern.zh] : []) {
        try {
          new RegExp(pattern, 'iu');
        } catch {
          ctx.addIssue({
            code: 'custom',
            path: ['requiredElements', i, 'pattern'],
            message: 'is not a regular expression',
          });
        }
      }
    });
  });

export type DraftTemplate = z.infer<typeof draftTemplateSchema>;
export type DraftSlot = DraftTemplate['slots'][number];
