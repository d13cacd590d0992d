import type { z } from 'zod';
import { AppError } from './app-error.ts';
import type { FieldIssue } from './error-codes.ts';
import type { IssueParams } from './issue-messages.ts';

/**
 * A schema's issues as field issues under `at` (`['body', 'config']`), each keeping zod's own
 * fields as `params`, so the problem renderer words it from the catalogue in the reader's language
 * (and a refinement's `params.zhHant` in Chinese) instead of showing zod's English.
 *
 * @example validationIssues(parsed.error, ['body', 'config'])
 */
function validationIssues(error: z.ZodError, at: readonly string[]): (FieldIssue & { params: IssueParams })[] {
  return error.issues.map((issue) => {
    const { path, code, message, ...params } = issue;
    const keys = (issue as { keys?: unknown }).keys;
    return {
      field: [...at, ...path.map(String), ...(Array.isArray(keys) ? keys.map(String) : [])].join('.'),
      code,
      message,
      params,
    };
  });
}

/**
 * The refusal of input a schema did not accept: `validation_failed`, one issue per field under `at`.
 *
 * @example if (!parsed.success) throw validationFailed(parsed.error, ['body']);
 */
export function validationFailed(error: z.ZodError, at: readonly string[]): AppError {
  const issues = validationIssues(error, at);
  return new AppError(
    'validation_failed',
    issues.map((issue) => `${issue.field}: ${issue.message}`).join('; '),
    issues,
  );
}
