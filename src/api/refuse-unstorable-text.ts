import type { FastifyInstance } from 'fastify';
import { AppError, findUnstorableText, isStorableText } from '../core/index.ts';

/**
 * The refusal for text that cannot be stored, naming the field. The problem layer words it in the
 * asker's language from the issue code `unstorable_text` (src/core/issue-messages.ts).
 */
function unstorableTextError(field: string): AppError {
  return new AppError(
    'validation_failed',
    {
      en: `${field} holds text that cannot be stored (a NUL character or an unpaired UTF-16 surrogate)`,
      zhHant: `${field} 含有無法儲存的文字（空字元（NUL）或不成對的 UTF-16 代理字元）`,
    },
    [{ field, code: 'unstorable_text', message: 'must not contain a NUL character or an unpaired UTF-16 surrogate' }],
  );
}

/** Throws {@link unstorableTextError} when `value` (a form field, a file name) cannot be stored. */
export function assertStorable(field: string, value: string): void {
  if (!isStorableText(value)) throw unstorableTextError(field);
}

/**
 * Refuses, before any route runs, a request whose JSON body, query string or path parameters hold
 * text the database cannot store, so no such value ever reaches a write (where it would fail the
 * batch it shares with other people's rows). Multipart fields and file names are checked where
 * the upload is read.
 */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const path = findUnstorableText(value);
      if (path) throw unstorableTextError([part, ...path].join('.'));
    }
  });
}
