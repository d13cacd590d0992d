import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, findUnstorableText, isStorableText, type Locale, localeFromAcceptLanguage } from '../core/index.ts';

const MESSAGES: Record<Locale, { issue: string; detail: (field: string) => string }> = {
  en: {
    issue: 'must not contain a NUL character or an unpaired UTF-16 surrogate',
    detail: (field) => `${field} holds text that cannot be stored (a NUL character or an unpaired UTF-16 surrogate)`,
  },
  'zh-Hant': {
    issue: '不可包含空字元（NUL）或不成對的 UTF-16 代理字元',
    detail: (field) => `${field} 含有無法儲存的文字（空字元或不成對的 UTF-16 代理字元）`,
  },
};

/** The refusal for text that cannot be stored, in the asker's language, naming the field. */
export function unstorableTextError(request: FastifyRequest, field: string): AppError {
  const message = MESSAGES[localeFromAcceptLanguage(request.headers['accept-language'])];
  return new AppError('validation_failed', message.detail(field), [
    { field, code: 'unstorable_text', message: message.issue },
  ]);
}

/** Throws {@link unstorableTextError} when `value` (a form field, a file name) cannot be stored. */
export function assertStorable(request: FastifyRequest, field: string, value: string): void {
  if (!isStorableText(value)) throw unstorableTextError(request, field);
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
      if (path) throw unstorableTextError(request, [part, ...path].join('.'));
    }
  });
}
