import { z } from 'zod';
import { botIdSchema } from '../chat/index.ts';
import { PERMISSIONS, type Permission, roleSchema } from '../core/index.ts';

/**
 * Building blocks shared by the route schemas. Every route's request and response is a zod schema;
 * the OpenAPI document is generated from them.
 */

/** Text that may be empty (an optional field an officer can clear), trimmed, without control characters. */
export const blankableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting them is the point
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'must not contain control characters');

/** Free text from a request: trimmed, bounded, and free of control characters PostgreSQL rejects. */
export const text = (max: number) => blankableText(max).min(1, 'must not be empty');

export const idSchema = z.uuid({ message: 'must be a UUID' });
export const idParams = z.object({ id: idSchema }).strict();

export const timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time');

/** A web origin as browsers send it: scheme://host[:port], no path. */
export const originSchema = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'must be an origin like https://www.example.gov.hk');

export const rolesSchema = z.array(roleSchema).min(1, 'must name at least one role').max(8);

/** What a field sent but left out of a PATCH's `base` gets, in the same words on every route that takes one. */
export const LEFT_OUT_OF_BASE = 'A field left out of `base` is set as sent, as without `base`.';

/**
 * The description of a PATCH's `base` (the record as the editor read it), in the same words on
 * every route that compares a change with one field by field; `sets` says what its set-valued
 * fields take instead.
 *
 * @example readBase('The settings', '`corsOrigins` takes only the editor’s own additions and removals')
 */
export const readBase = (record: string, sets?: string): string =>
  `${record} as the editor read them. Given, a field sent as it was read stays as stored, and one someone else ` +
  `changed since to another value is 409 \`changed_meanwhile\`, nothing saved${sets ? `; ${sets}` : ''}. ` +
  LEFT_OUT_OF_BASE;

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
  })
  .describe('RFC 9457 problem details');

/** The error responses every authenticated route may give, for the OpenAPI document. */
export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  413: problemSchema,
  415: problemSchema,
  429: problemSchema,
} as const;

export const departmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameEn: z.string(),
  nameZh: z.string(),
  status: z.enum(['active', 'archived']),
  corsOrigins: z.array(z.string()),
  handoffSlaHours: z.number().int().describe('Hours to reply to a handoff case, from opening or referral'),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** What the caller's roles allow: the console shows only these; the server still checks every call. */
export const permissionsSchema = z
  .array(z.enum(Object.keys(PERMISSIONS) as [Permission, ...Permission[]]))
  .describe('What the caller may do: the console shows only these; the server still checks each call');

export const userSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  roles: z.array(roleSchema),
  status: z.enum(['active', 'disabled']),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const apiKeySchema = z.object({
  id: z.string(),
  userId: z.string(),
  departmentId: z.string(),
  name: z.string(),
  prefix: z.string(),
  expiresAt: timestamp,
  revokedAt: timestamp.nullable(),
  createdAt: timestamp,
});

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: timestamp,
  actorId: z.string(),
  actorRole: z.string(),
  departmentId: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

/** A guard finding's reasons worded for a reader, beside its English `reasons` (src/guard/reason-text.ts). */
export const reasonTextsSchema = z
  .array(
    z.object({
      en: z.string(),
      zhHant: z.string().nullable().describe('Null where the detector words the reason in English only'),
    }),
  )
  .describe(
    "`reasons` one for one, worded for a reader in English and Traditional Chinese (an injection rule's words without its id; a personal-data reason with its kind first, e.g. `香港身份證號碼：香港身份證號碼格式，校驗碼正確`). English only (`zhHant` null): the injection classifier's intents",
  );

/** OpenAI's `chat.completion` response, as the gateway passthrough and the bots' endpoint answer it. */
export const chatCompletionSchema = z.object({
  id: z.string(),
  object: z.literal('chat.completion'),
  created: z.number().int(),
  model: z.string(),
  choices: z.array(
    z.object({
      index: z.number().int(),
      message: z.object({ role: z.literal('assistant'), content: z.string() }),
      finish_reason: z.string(),
    }),
  ),
  usage: z.object({
    prompt_tokens: z.number().int(),
    completion_tokens: z.number().int(),
    total_tokens: z.number().int(),
  }),
});

/** A bot's stable id, e.g. `demo-1823` (the rule lives with the bot configuration, which the CLI also reads). */
export { botIdSchema };
export const botParams = z.object({ botId: botIdSchema }).strict();

/**
 * A bot named by a per-bot setting (guard policy, gateway quota): looser than {@link botIdSchema},
 * as those settings have always accepted.
 */
export const settingBotIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1–64 letters, digits, dots, underscores or hyphens');
export const languageSchema = z.enum(['zh-Hant', 'zh-Hans', 'en']);
