import { ERROR_STATUS, type ErrorCode, type FieldIssue } from './error-codes.ts';

/**
 * An expected failure with a stable code. Services throw it; the API turns it into
 * RFC 9457 problem+json with the status from {@link ERROR_STATUS}.
 *
 * @example throw new AppError('conflict', 'A department with code "fehd" already exists', [
 *   { field: 'body.code', code: 'taken', message: 'already in use' }])
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    detail: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (entity: string): AppError => new AppError('not_found', `${entity} not found`);
export const forbidden = (detail: string): AppError => new AppError('forbidden', detail);
