import type { z } from 'zod';
import type { FieldIssue } from './error-codes.ts';
import type { IssueParams } from './issue-messages.ts';

/**
 * A schema's issues as field issues under `at` (`['body', 'config']`), each keeping zod's own
 * fields as `params`, so the problem renderer words it from the catalogue in the reader's language
 * (and a refinement's `params.zhHant` in Chinese) instead of showing zod's English.
 *
 * @example throw new AppError('validation_failed', 'The configuration is not valid', validationIssues(parsed.error, ['body']));
 */
export function validationIssues(error: z.ZodError, at: readonly string[]): (FieldIssue & { params: IssueParams })[] {
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
