import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../core/index.ts';
import { ImportError } from '../knowledge/index.ts';
import { assertStorable } from './refuse-unstorable-text.ts';

/**
 * Reads the one uploaded file and the form fields of a multipart request, the fields checked
 * against `fields`. Problems name the field: a second file, none, an empty one, one over the
 * upload limit (413), a body cut short, text PostgreSQL cannot store.
 *
 * @example const { file, fields } = await readUpload(request, z.object({ departmentId: idSchema.optional() }).strict());
 */
export async function readUpload<T>(
  request: FastifyRequest,
  fields: z.ZodType<T>,
): Promise<{ file: { fileName: string; bytes: Buffer }; fields: T }> {
  const values: Record<string, string> = {};
  let file: { fileName: string; bytes: Buffer } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (file)
          throw new AppError('validation_failed', 'Upload one file per request', [
            { field: 'body.file', code: 'too_many', message: 'only one file is accepted' },
          ]);
        const bytes = await part.toBuffer().catch((error: { code?: string }) => {
          throw error.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : error;
        });
        if (part.file.truncated) throw tooLarge();
        assertStorable('body.file', part.filename);
        file = { fileName: part.filename, bytes };
      } else {
        assertStorable(`body.${part.fieldname}`, `${part.fieldname}${String(part.value)}`);
        values[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    // A body cut short or without its boundary is the sender's fault, not ours.
    throw error instanceof AppError ? error : brokenMultipart(error);
  }
  if (!file?.fileName)
    throw new AppError('validation_failed', 'No file uploaded', [
      { field: 'body.file', code: 'required', message: 'is required' },
    ]);
  if (file.bytes.length === 0)
    throw new AppError('validation_failed', 'The file is empty', [
      { field: 'body.file', code: 'empty', message: 'is empty' },
    ]);
  const parsed = fields.safeParse(values);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      field: ['body', ...issue.path.map(String), ...((issue as { keys?: string[] }).keys ?? [])].join('.'),
      code: issue.code,
      message: issue.message,
    }));
    throw new AppError('validation_failed', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  }
  return { file, fields: parsed.data };
}

const brokenMultipart = (error: unknown) =>
  new AppError('validation_failed', `The multipart body cannot be read: ${(error as Error).message}`, [
    { field: 'body', code: 'invalid_multipart', message: 'is not a complete multipart/form-data body' },
  ]);

const tooLarge = () =>
  new AppError('payload_too_large', 'The file exceeds the upload limit', [
    { field: 'body.file', code: 'too_large', message: 'exceeds the upload limit' },
  ]);

/** Import failures as problems that name the file (or URL) and the reason. */
export function importProblem(error: unknown): never {
  if (!(error instanceof ImportError)) throw error;
  const field = error.code === 'url_refused' || error.code === 'fetch_failed' ? 'body.url' : 'body.file';
  const issue = [{ field, code: error.code, message: error.message }];
  switch (error.code) {
    case 'unsupported_type':
    case 'type_mismatch':
      throw new AppError('unsupported_media_type', error.message, issue);
    case 'too_large':
      throw new AppError('payload_too_large', error.message, issue);
    case 'ocr_unavailable':
      throw new AppError('capability_unavailable', error.message, issue);
    case 'fetch_failed':
      throw new AppError('upstream_failed', error.message, issue);
    default:
      throw new AppError('unprocessable', error.message, issue);
  }
}
