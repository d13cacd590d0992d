/**
 * The closed set of error codes and the one table mapping each to an HTTP status
 * (tRPC-style). Everything the API answers with 4xx/5xx has one of these codes.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  /** A console session ended (idle or past its absolute lifetime): sign in again. */
  session_expired: 401,
  forbidden: 403,
  /** A cookie-authenticated state change without the session's `x-csrf-token`, or from another origin. */
  csrf_failed: 403,
  /** Gateway: the provider or model is not on the department's allow-list (shadow AI stopped). */
  model_not_allowed: 403,
  origin_not_allowed: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  /** Gateway: a monthly request or token quota is used up. */
  quota_exceeded: 429,
  internal: 500,
  upstream_failed: 502,
  not_ready: 503,
  capability_unavailable: 503,
  /** Gateway: the model provider failed after every retry. */
  provider_unavailable: 503,
  /** Gateway: the provider's circuit breaker is open after repeated failures. */
  circuit_open: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem with one input field: `{code, path, message}` as zod reports it. */
export interface FieldIssue {
  /** Dotted location of the field, e.g. `body.roles.0`; empty for the whole input. */
  field: string;
  code: string;
  message: string;
}
