import { z } from 'zod';
import { idSchema, text, timestamp } from '../schemas.ts';

/** Request and response schemas of the document assistant's API (issue #17); see routes/assistant.ts. */

const findingSchema = z.object({
  /** 0-based passage of about 2,000 characters (whole lines) and its first line. */
  passage: z.number().int(),
  line: z.number().int(),
  kinds: z.array(z.enum(['injection', 'pii', 'url'])),
  /** Types, counts, scores and reasons: never the personal data itself. */
  summary: z.record(z.string(), z.unknown()),
});

export const workspaceDocumentSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  name: z.string(),
  kind: z.enum(['document', 'transcript']),
  mediaType: z.string(),
  importer: z.string(),
  contentSha256: z.string(),
  sizeBytes: z.number().int(),
  textChars: z.number().int(),
  pages: z.number().int().nullable(),
  /** What the guard found at upload: instructions to a model, personal data, risky links. */
  findings: z.array(findingSchema),
  createdBy: z.string(),
  createdAt: timestamp,
});

export const workspaceDocumentDetailSchema = workspaceDocumentSchema.extend({
  /** The document's text (one block or line a line), at most the first 100,000 characters. */
  text: z.string(),
  textTruncated: z.boolean(),
});

export const uploadFields = z.object({ departmentId: idSchema.optional() }).strict();

const modelChoice = z
  .object({
    provider: text(100).describe('A provider on the department allow-list'),
    model: text(200),
  })
  .strict()
  .describe('Run the generative path through the gateway with this model; without it the task runs offline');

const departmentId = idSchema.optional().describe("The department (default: the caller's)");
const chars = z.number().int().min(1).max(20_000).optional().describe('Length of Chinese summaries, in characters');
const words = z.number().int().min(1).max(10_000).optional().describe('Length of English summaries, in words');
const taskText = text(200_000);

export const taskBody = z.discriminatedUnion('task', [
  z
    .object({
      task: z.literal('summarise'),
      departmentId,
      documentIds: z.array(idSchema).min(1).max(20).describe('Each document is summarised on its own'),
      chars,
      words,
      model: modelChoice.optional(),
    })
    .strict(),
  z
    .object({
      task: z.literal('combine'),
      departmentId,
      documentIds: z.array(idSchema).min(2).max(20).describe('One brief: where the documents agree and differ'),
      chars,
      words,
      model: modelChoice.optional(),
    })
    .strict(),
  z
    .object({
      task: z.literal('minutes'),
      departmentId,
      documentId: idSchema.describe('A transcript: plain text with speakers, WebVTT or SRT'),
      meetingDate: z.iso.date().optional().describe('YYYY-MM-DD: due dates are resolved against it'),
      rewriteCantonese: z
        .boolean()
        .optional()
        .describe('Rewrite Cantonese lines into formal written Chinese (default true)'),
      model: modelChoice.optional(),
    })
    .strict(),
  z
    .object({
      task: z.literal('rewrite-cantonese'),
      departmentId,
      text: taskText.optional(),
      documentId: idSchema.optional(),
      model: modelChoice.optional(),
    })
    .strict()
    .refine((body) => (body.text === undefined) !== (body.documentId === undefined), {
      message: 'give exactly one of text or documentId',
      params: { zhHant: '須提供 text 或 documentId 其中一項' },
      path: ['text'],
    }),
  z
    .object({
      task: z.literal('translate'),
      departmentId,
      to: z.enum(['zh-Hant', 'zh-Hans', 'en']),
      text: taskText.optional(),
      documentId: idSchema.optional(),
      glossary: z
        .string()
        .max(500_000)
        .optional()
        .describe(
          'A glossary as TSV (header en, zh_hant[, zh_hans, wrong_en, wrong_zh]): approved term pairs enforced',
        ),
      autoFix: z.boolean().optional().describe('With a model: replace known variants of glossary terms'),
      model: modelChoice.optional(),
    })
    .strict()
    .refine((body) => (body.text === undefined) !== (body.documentId === undefined), {
      message: 'give exactly one of text or documentId',
      params: { zhHant: '須提供 text 或 documentId 其中一項' },
      path: ['text'],
    }),
]);

export const jobStatus = z.enum(['queued', 'running', 'succeeded', 'failed']);

export const assistantJobSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  task: z.string(),
  status: jobStatus,
  /** 0..1, reported per document, model call or block of lines. */
  progress: z.number(),
  progressNote: z.string().nullable(),
  documentIds: z.array(z.string()),
  model: z.object({ provider: z.string(), model: z.string() }).nullable(),
  error: z.string().nullable(),
  createdBy: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const assistantJobDetailSchema = assistantJobSchema.extend({
  /**
   * When succeeded: `{task, mode: extractive | rule-based | generative, model, note: {en, zh}, documents: [{id, name}],
   * findings: {instructions: [{documentId, document, passage, line, reasons, reasonTexts: [{en, zhHant}]}],
   * outputPersonalData, personalDataMasked}, usage: {modelCalls, promptTokens, completionTokens}, output}`; output is
   * `{summaries: [{documentId, summary}]}`, `{brief}`, `{minutes}`, `{lines: [{text, written}], changed}` or `{translation}` by task.
   */
  result: z.unknown(),
});

export const policySchema = z.object({
  departmentId: z.string(),
  allowPersonalDataToModel: z.boolean(),
  retentionDays: z.number().int(),
  requireSecondOfficerApproval: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: timestamp.nullable(),
});

export const policyBody = z
  .object({
    departmentId,
    allowPersonalDataToModel: z.boolean().optional(),
    retentionDays: z.number().int().min(1).max(3650).optional(),
    requireSecondOfficerApproval: z.boolean().optional(),
  })
  .strict();
