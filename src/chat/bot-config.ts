import { z } from 'zod';
import { AppError } from '../core/index.ts';
import { guardPolicySchema } from '../guard/index.ts';

const bilingual = (max: number) =>
  z
    .object({ zh: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) })
    .strict()
    .describe('繁體中文 and English');

/**
 * Everything a bot does, in one validated document. A published version's config never changes;
 * editing makes a new draft version.
 */
export const botConfigSchema = z
  .object({
    name: bilingual(100),
    greeting: bilingual(500),
    /** Shown with every conversation: the citizen is talking to AI (GenAI guideline, limited-risk tier). */
    disclosure: bilingual(500),
    /** The human channel offered whenever the bot cannot answer, e.g. "call 1823". */
    fallback: bilingual(500),
    languages: z
      .array(z.enum(['zh-Hant', 'zh-Hans', 'en']))
      .min(1)
      .max(3)
      .default(['zh-Hant', 'zh-Hans', 'en']),
    /** `extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages. */
    answerMode: z.enum(['extractive', 'generative']).default('extractive'),
    /** Below this confidence (0–1) the bot says it cannot answer and hands off. */
    threshold: z.number().min(0).max(1).default(0.35),
    /** Knowledge sources this bot answers from; empty = the department's sources for this bot or all bots. */
    sourceIds: z.array(z.uuid()).max(200).default([]),
    /** Required for generative bots: which provider and model the gateway should call. */
    model: z
      .object({ provider: z.string().min(1).max(100), model: z.string().min(1).max(200) })
      .strict()
      .nullable()
      .default(null),
    /** Overrides the department's guard policy for this bot. */
    guardPolicy: guardPolicySchema.nullable().default(null),
    /** Anonymous questions per client address per minute (published bots). */
    publicRatePerMinute: z.number().int().min(1).max(100_000).default(30),
  })
  .strict()
  .refine((config) => config.answerMode === 'extractive' || config.model !== null, {
    message: 'a generative bot needs a model (provider and model name)',
    path: ['model'],
  });

export type BotConfig = z.output<typeof botConfigSchema>;
export type BotConfigInput = z.input<typeof botConfigSchema>;

/**
 * Validates a bot configuration, refusing it with `validation_failed` and one issue per field, each
 * named from `at` (where the configuration sits in the request, e.g. `['body', 'config']`).
 */
export function parseBotConfig(input: unknown, at: readonly string[]): BotConfig {
  const parsed = botConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    field: [...at, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issue.message,
  }));
  throw new AppError('validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
}
