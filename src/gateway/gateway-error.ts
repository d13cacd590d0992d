import { AppError, type ErrorCode, type LocalizedText, type RefusalIssue } from '../core/index.ts';

/** The codes a model call can fail with; each maps to a status in `src/core/error-codes.ts`. */
export type GatewayErrorCode = Extract<
  ErrorCode,
  | 'model_not_allowed'
  | 'quota_exceeded'
  | 'rate_limited'
  | 'provider_unavailable'
  | 'circuit_open'
  | 'upstream_failed'
  | 'capability_unavailable'
  | 'not_found'
  | 'validation_failed'
>;

/**
 * A refused or failed model call. The API maps it like any {@link AppError}; `retryAfterSeconds`,
 * when set, belongs in a `Retry-After` header.
 *
 * @example if (error instanceof GatewayError && error.code === 'model_not_allowed') fallBackToExtractive();
 */
export class GatewayError extends AppError {
  constructor(
    override readonly code: GatewayErrorCode,
    detail: string | LocalizedText,
    readonly retryAfterSeconds: number | null = null,
    issues: readonly RefusalIssue[] = [],
  ) {
    super(code, detail, issues);
    this.name = 'GatewayError';
  }
}
