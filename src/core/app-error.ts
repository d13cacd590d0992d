import { ERROR_STATUS, type ErrorCode, type FieldIssue } from './error-codes.ts';
import type { LocalizedText } from './localized-text.ts';
import { RECORD_NAMES, type RecordName } from './record-names.ts';

/** A field issue whose message is worded in both languages. */
export interface LocalizedIssue {
  field: string;
  code: string;
  message: LocalizedText;
}

/** A field issue as a thrower gives it: its message in English only, or in both languages. */
export interface RefusalIssue {
  field: string;
  code: string;
  message: string | LocalizedText;
}

/** The words of a refusal in one language; `null` where the thrower wrote none in it. */
export interface RefusalWords {
  detail: string | null;
  issues: { field: string; code: string; message: string | null }[];
}

/**
 * An expected failure with a stable code. Services throw it; the API turns it into
 * RFC 9457 problem+json with the status from {@link ERROR_STATUS}, in the reader's language.
 * The service cannot know that language, so it gives the reason in both (`{ en, zhHant }`);
 * a reason given only in English still reaches a Chinese reader, in English.
 *
 * @example throw new AppError(
 *   'conflict',
 *   { en: 'A department with code "fehd" already exists', zhHant: '已有代碼為「fehd」的部門' },
 *   [{ field: 'body.code', code: 'taken', message: { en: 'already in use', zhHant: '已被使用' } }],
 * )
 */
export class AppError extends Error {
  readonly status: number;
  /** The issues in English: what logs, the CLI and code inspecting the error read. */
  readonly issues: readonly FieldIssue[];
  readonly #zhHant: RefusalWords;

  constructor(
    readonly code: ErrorCode,
    detail: string | LocalizedText,
    issues: readonly RefusalIssue[] = [],
  ) {
    super(typeof detail === 'string' ? detail : detail.en);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
    // An issue's other members (`params` the catalogue words it from) stay with it.
    this.issues = issues.map((issue) => ({
      ...issue,
      message: typeof issue.message === 'string' ? issue.message : issue.message.en,
    }));
    this.#zhHant = {
      detail: typeof detail === 'string' ? null : detail.zhHant,
      issues: issues.map(({ field, code, message }) => ({
        field,
        code,
        message: typeof message === 'string' ? null : message.zhHant,
      })),
    };
  }

  /** The detail as the thrower gave it: in both languages, or in English only. */
  get reason(): string | LocalizedText {
    return this.#zhHant.detail === null ? this.message : { en: this.message, zhHant: this.#zhHant.detail };
  }

  /** The detail and issue messages the thrower wrote in Traditional Chinese (`null` where it wrote only English). */
  get chinese(): RefusalWords {
    return { detail: this.#zhHant.detail, issues: this.#zhHant.issues.map((issue) => ({ ...issue })) };
  }
}

/**
 * 404 for a record the caller cannot see or that does not exist, named in both languages.
 *
 * @example throw notFound('Knowledge version') // "Knowledge version not found" / 「找不到知識版本」
 */
export function notFound(record: RecordName | LocalizedText): AppError {
  const name = typeof record === 'string' ? { en: record, zhHant: RECORD_NAMES[record] } : record;
  return new AppError('not_found', { en: `${name.en} not found`, zhHant: `找不到${name.zhHant}` });
}

/**
 * 404 naming the request field that gives a department the caller cannot see (or that does not
 * exist: the same answer, so nothing about other departments leaks).
 *
 * @example throw unknownDepartment('querystring.departmentId')
 */
export function unknownDepartment(field = 'body.departmentId'): AppError {
  return new AppError('not_found', { en: 'Department not found', zhHant: '找不到部門' }, [
    {
      field,
      code: 'unknown_department',
      message: { en: 'does not name a department you can see', zhHant: '並非你可查看的部門' },
    },
  ]);
}

/** 403 with the reason, in both languages (or English only, which a Chinese reader then reads). */
export const forbidden = (detail: string | LocalizedText): AppError => new AppError('forbidden', detail);
