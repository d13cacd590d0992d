import { z } from 'zod';
import { validationFailed } from '../core/index.ts';
import { guardPolicySchema } from '../guard/index.ts';

const bilingual = (max: number, what: string) =>
  z
    .object({
      zh: z.string().trim().min(1).max(max).describe('繁體中文 (served as Simplified to zh-Hans askers)'),
      en: z.string().trim().min(1).max(max).describe('English'),
    })
    .strict()
    .describe(`${what}, in 繁體中文 (zh) and English (en); up to ${max} characters each`);

const LANGUAGES = ['zh-Hant', 'zh-Hans', 'en'] as const;

/** A bot's stable id, e.g. `demo-1823`: also its OpenAI `model` name. */
export const botIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be 2–64 lower-case letters, digits or hyphens');

/**
 * Each field of a bot configuration, without defaults: the shape of a change (`PATCH`), where a
 * field left out keeps its current value. {@link botConfigSchema} adds the defaults of a new bot.
 */
const botConfigFields = {
  name: bilingual(100, 'The bot’s name, shown to citizens'),
  greeting: bilingual(500, 'The first thing the bot says in a conversation'),
  // GenAI guideline, limited-risk tier: the citizen is told they are talking to AI.
  disclosure: bilingual(500, 'Shown with every conversation: the citizen is talking to AI'),
  fallback: bilingual(500, 'The human channel offered whenever the bot cannot answer, e.g. "call 1823"'),
  languages: z
    .array(z.enum(LANGUAGES))
    .min(1)
    .max(3)
    .refine((languages) => new Set(languages).size === languages.length, {
      message: 'must not name a language twice',
      params: { zhHant: '不可重複列出同一語言' },
    })
    .describe('Languages the bot answers in; a question in another is answered in the first. Default: all three'),
  answerMode: z
    .enum(['extractive', 'generative'])
    .describe(
      '`extractive` quotes approved answers and needs no model; `generative` writes from retrieved passages ' +
        'through the model gateway (needs `model`). Default: extractive',
    ),
  threshold: z
    .number()
    .min(0)
    .max(1)
    .describe('Below this confidence (0–1) the bot says it cannot answer and offers the human channel. Default: 0.35'),
  sourceIds: z
    .array(z.uuid())
    .max(200)
    .describe('Knowledge sources this bot answers from; empty: the department’s sources for this bot or all bots'),
  model: z
    .object({
      provider: z.string().min(1).max(100).describe('A provider name registered in the model gateway'),
      model: z.string().min(1).max(200).describe('A model the department’s allow-list names for that provider'),
    })
    .strict()
    .nullable()
    .describe('Required for generative bots: which provider and model the gateway calls. Default: null'),
  guardPolicy: guardPolicySchema
    .nullable()
    .describe('Overrides the department’s guard policy for this bot; null: the department’s. Default: null'),
  publicRatePerMinute: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .describe('Anonymous questions per client address per minute (published bots). Default: 30'),
};

const needsModel = {
  check: (config: { answerMode?: string | undefined; model?: unknown }) =>
    config.answerMode !== 'generative' || (config.model !== null && config.model !== undefined),
  message: 'a generative bot needs a model (provider and model name)',
  params: { zhHant: '生成式機械人須指定模型（供應商及模型名稱）' },
};

/**
 * Everything a bot does, in one validated document. A published version's config never changes;
 * editing makes a new draft version. Its `.describe()` texts are what /openapi.json documents.
 */
export const botConfigSchema = z
  .object({
    ...botConfigFields,
    languages: botConfigFields.languages.default([...LANGUAGES]),
    answerMode: botConfigFields.answerMode.default('extractive'),
    threshold: botConfigFields.threshold.default(0.35),
    sourceIds: botConfigFields.sourceIds.default([]),
    model: botConfigFields.model.default(null),
    guardPolicy: botConfigFields.guardPolicy.default(null),
    publicRatePerMinute: botConfigFields.publicRatePerMinute.default(30),
  })
  .strict()
  .refine(needsModel.check, { message: needsModel.message, params: needsModel.params, path: ['model'] })
  .describe('A bot configuration');

/**
 * A change to a bot's configuration: any of its fields, each replacing the current value; the
 * result is validated whole (a generative bot still needs a model).
 */
export const botConfigPatchSchema = z
  .object(botConfigFields)
  .partial()
  .strict()
  .describe('A change to a bot configuration: the fields given replace the current ones');

/**
 * A change as an editor sends it: the fields, and the version the editor showed when the change
 * was made, so that a change saved meanwhile by someone else is not undone without a word.
 */
export const botChangeSchema = botConfigPatchSchema
  .extend({
    baseVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'The version the change was made from. Given, the change is refused (409, one issue per field) when ' +
          'a version saved since then set a field this change sets to another value; changes made meanwhile to ' +
          'other fields are kept. Left out, the fields given replace the current ones whatever changed',
      ),
  })
  .describe('A change to a bot configuration: the fields given replace the current ones');

export type BotConfig = z.output<typeof botConfigSchema>;
export type BotConfigInput = z.input<typeof botConfigSchema>;
export type BotConfigPatch = z.output<typeof botConfigPatchSchema>;
export type BotChange = z.output<typeof botChangeSchema>;

/**
 * Validates a bot configuration, refusing it with `validation_failed` and one issue per field, each
 * named from `at` (where the configuration sits in the request, e.g. `['body', 'config']`).
 */
export function parseBotConfig(input: unknown, at: readonly string[]): BotConfig {
  const parsed = botConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw validationFailed(parsed.error, at);
}
