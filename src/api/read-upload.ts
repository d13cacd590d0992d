import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, validationFailed } from '../core/index.ts';
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
          throw new AppError(
            'validation_failed',
            { en: 'Upload one file per request', zhHant: '每次請求只可上載一個檔案' },
            [
              {
                field: 'body.file',
                code: 'too_many',
                message: { en: 'only one file is accepted', zhHant: '只接受一個檔案' },
              },
            ],
          );
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
    throw new AppError('validation_failed', { en: 'No file uploaded', zhHant: '未有上載檔案' }, [
      { field: 'body.file', code: 'required', message: { en: 'is required', zhHant: '必須提供' } },
    ]);
  if (file.bytes.length === 0)
    throw new AppError('validation_failed', { en: 'The file is empty', zhHant: '檔案是空的' }, [
      { field: 'body.file', code: 'empty', message: { en: 'is empty', zhHant: '是空的' } },
    ]);
  const parsed = fields.safeParse(values);
  if (!parsed.success) throw validationFailed(parsed.error, ['body']);
  return { file, fields: parsed.data };
}

const brokenMultipart = (error: unknown) =>
  new AppError(
    'validation_failed',
    {
      en: `The multipart body cannot be read: ${(error as Error).message}`,
      zhHant: `無法讀取 multipart 請求內容：${(error as Error).message}`,
    },
    [
      {
        field: 'body',
        code: 'invalid_multipart',
        message: { en: 'is not a complete multipart/form-data body', zhHant: '不是完整的 multipart/form-data 內容' },
      },
    ],
  );

const tooLarge = () =>
  new AppError('payload_too_large', { en: 'The file exceeds the upload limit', zhHant: '檔案超出上載大小上限' }, [
    { field: 'body.file', code: 'too_large', message: { en: 'exceeds the upload limit', zhHant: '超出上載大小上限' } },
  ]);

/** Import failures as problems that name the file (or URL) and the reason. */
export function importProblem(error: unknown): never {
  if (!(error instanceof ImportError)) throw error;
  const field = error.code === 'url_refused' || error.code === 'fetch_failed' ? 'body.url' : 'body.file';
  // The reason in both languages, as the importer wrote it: the problem renderer sends the asker's.
  const reason = error.reason;
  const issue = [{ field, code: error.code, message: reason }];
  switch (error.code) {
    case 'unsupported_type':
    case 'type_mismatch':
      throw new AppError('unsupported_media_type', reason, issue);
    case 'too_large':
      throw new AppError('payload_too_large', reason, issue);
    case 'ocr_unavailable':
      throw new AppError('capability_unavailable', reason, issue);
    case 'fetch_failed':
      throw new AppError('upstream_failed', reason, issue);
    default:
      throw new AppError('unprocessable', reason, issue);
  }
}
