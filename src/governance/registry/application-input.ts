import { z } from 'zod';
import { AI_APPLICATION_TYPES, AI_LIFECYCLE_STAGES } from '../../store/index.ts';

/** One line of free text: trimmed, bounded, without the control characters PostgreSQL refuses. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting them is the point
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'must not contain control characters');

/** Text a person reads, in English and Traditional Chinese. */
export const bilingualTextSchema = (max: number) =>
  z.object({ en: line(max), zhHant: line(max).describe('Traditional Chinese') }).strict();

export const applicationModelSchema = z
  .object({
    provider: line(100).describe('Who provides the model, e.g. `openai`, `in-house`'),
    model: line(200).describe('The model, e.g. `gpt-4o-mini`'),
  })
  .strict();

const registryBotIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be 2–64 lower-case letters, digits or hyphens');

/** What a preparer registers. The single source of the service's input type and the route's body. */
export const newApplicationSchema = z
  .object({
    departmentId: z.uuid({ message: 'must be a UUID' }).optional().describe("Default: the caller's department"),
    ownerId: z.uuid({ message: 'must be a UUID' }).describe('The project owner: a user of the department'),
    type: z.enum(AI_APPLICATION_TYPES),
    name: bilingualTextSchema(200),
    purpose: bilingualTextSchema(2000),
    publicFacing: z.boolean().describe('Citizens or other members of the public use it'),
    generative: z.boolean().describe('It generates text, images or other content'),
    personalData: z.boolean().describe('It uses personal data'),
    personalDataKinds: z
      .array(line(100))
      .max(30)
      .optional()
      .describe('Which kinds of personal data, e.g. `name`, `hkid`, `phone` (only when personalData)'),
    models: z.array(applicationModelSchema).max(20).optional(),
    dataSources: z.array(line(500)).max(50).optional(),
    lifecycleStage: z.enum(AI_LIFECYCLE_STAGES).optional().describe('Default: strategy'),
    botId: registryBotIdSchema.optional().describe('The LionRock bot this application is (type lionrock_bot)'),
  })
  .strict();
export type NewApplication = z.infer<typeof newApplicationSchema>;

/** What a preparer may change: everything registered except the department and the bot. */
export const applicationPatchSchema = newApplicationSchema.omit({ departmentId: true, botId: true }).partial().strict();
export type ApplicationPatch = z.infer<typeof applicationPatchSchema>;

/** A request to reuse another (possibly another department's) application. */
export const reuseRequestSchema = z
  .object({
    departmentId: z.uuid({ message: 'must be a UUID' }).optional().describe("Default: the caller's department"),
    ownerId: z.uuid({ message: 'must be a UUID' }).describe('The project owner of the new application'),
    purpose: bilingualTextSchema(2000).optional().describe("Default: the reused application's purpose"),
  })
  .strict();
export type ReuseRequest = z.infer<typeof reuseRequestSchema>;
