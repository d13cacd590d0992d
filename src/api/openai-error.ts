import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ErrorCode, FieldIssue } from '../core/index.ts';

/**
 * Errors under `/v1` in OpenAI's shape (issue #13, item 9): the official SDKs and the chat front
 * ends built on them (Open WebUI, LibreChat, LobeChat, Chatbox) read `error.message` and show it;
 * problem+json there reads as "404 status code (no body)". `/api` keeps problem+json.
 */
export const openAiErrorSchema = z
  .object({
    error: z.object({
      message: z.string().describe('Why, in the language Accept-Language asks for'),
      type: z
        .string()
        .describe(
          'invalid_request_error, authentication_error, permission_error, not_found_error, rate_limit_error, insufficient_quota or server_error',
        ),
      param: z.string().nullable().describe('The request field at fault, e.g. `model` or `messages.0.content`'),
      code: z.string().nullable().describe('A stable code, e.g. model_not_found, invalid_api_key'),
    }),
  })
  .describe('An error in OpenAI’s shape (every error under /v1)');

export type OpenAiError = z.infer<typeof openAiErrorSchema>;

/** The error responses a `/v1` route declares (the serializer checks bodies against them). */
export const openAiErrorResponses = {
  400: openAiErrorSchema,
  401: openAiErrorSchema,
  404: openAiErrorSchema,
  413: openAiErrorSchema,
  415: openAiErrorSchema,
  429: openAiErrorSchema,
} as const;

/** Whether a request URL is in the OpenAI-compatible part of the API. */
export function isOpenAiPath(url: string): boolean {
  return /^\/v1(?:[/?#]|$)/.test(url);
}

/** A problem as `describeProblem` words it in the asker's language. */
export interface DescribedProblem {
  code: ErrorCode;
  detail: string;
  issues: readonly FieldIssue[];
}

/**
 * The OpenAI error body for a problem: `type` from the status (as OpenAI's SDKs map statuses to
 * error classes), `param` the first field at fault without its `body.`/`params.`/`query.` prefix,
 * `code` OpenAI's own word where one exists (invalid_api_key, model_not_found, rate_limit_exceeded),
 * else the field issue's code or LionRock's.
 *
 * @example openAiError(404, { code: 'not_found', detail: 'No published bot "x"', issues: [] })
 */
export function openAiError(status: number, problem: DescribedProblem): OpenAiError {
  const issue = problem.issues[0];
  return {
    error: {
      message: problem.detail,
      type: errorType(status, problem.code),
      param: issue ? paramOf(issue.field) : null,
      code: errorCode(problem.code, issue),
    },
  };
}

export function sendOpenAiError(reply: FastifyReply, status: number, problem: DescribedProblem): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(openAiError(status, problem));
}

function errorType(status: number, code: ErrorCode): string {
  if (code === 'quota_exceeded') return 'insufficient_quota';
  if (status >= 500) return 'server_error';
  switch (status) {
    case 401:
      return 'authentication_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 429:
      return 'rate_limit_error';
    default:
      return 'invalid_request_error';
  }
}

function errorCode(code: ErrorCode, issue: FieldIssue | undefined): string {
  if (code === 'unauthenticated') return 'invalid_api_key';
  if (code === 'rate_limited') return 'rate_limit_exceeded';
  if (issue?.code === 'unknown_model') return 'model_not_found';
  return issue?.code ?? code;
}

/** `body.messages.0.content` → `messages.0.content`; headers and the URL are no request parameter. */
function paramOf(field: string): string | null {
  const match = /^(?:body|params|query)\.(.+)$/.exec(field);
  return match?.[1] ?? null;
}
