import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  ERROR_STATUS,
  type ErrorCode,
  type FieldIssue,
  type IssueParams,
  issueMessage,
  type Locale,
  problemTitle,
  readerLocale,
} from '../core/index.ts';
import { traditionalToSimplified } from '../retrieval/index.ts';
import { isOpenAiPath, sendOpenAiError } from './openai-error.ts';

/**
 * Turns anything thrown while handling a request into RFC 9457 problem+json with a stable `code`,
 * the offending fields and the request id. Unknown errors are logged with their cause and answered
 * as a bare 500 that leaks nothing.
 */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const { code, title, detail, issues } = describeProblem(request, error);
  const status = ERROR_STATUS[code];
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  // OpenAI's SDKs and the front ends on them read only OpenAI's error shape (issue #13, item 9).
  if (isOpenAiPath(request.url)) return sendOpenAiError(reply, status, { code, detail, issues });
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `urn:lionrock:problem:${code}`,
      title,
      status,
      detail,
      instance: request.url.split('?')[0] ?? request.url,
      code,
      requestId: request.id,
      errors: issues,
      ...extensionsOf(error),
    });
}

/**
 * Extension members an error adds to its problem (RFC 9457 §3.2), e.g. the go-live gate's
 * conditions; a member named like a standard one is dropped, never replacing it.
 */
function extensionsOf(error: unknown): Record<string, unknown> {
  const extensions = error instanceof AppError ? (error as { problemExtensions?: unknown }).problemExtensions : null;
  if (!extensions || typeof extensions !== 'object') return {};
  const standard = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId', 'errors']);
  return Object.fromEntries(Object.entries(extensions).filter(([key]) => !standard.has(key)));
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * The problem for a path that does not exist (404), or for a method the path does not have: 405
 * with `Allow` (RFC 9110 §15.5.6). OPTIONS alone does not make a path exist: CORS answers it
 * for every path.
 */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0] ?? request.url;
  const allowed = METHODS.filter((method) => request.server.findRoute({ method, url: path }) !== null);
  if (allowed.some((method) => method !== 'OPTIONS')) {
    reply.header('allow', allowed.join(', '));
    return sendProblem(
      request,
      reply,
      new AppError('method_not_allowed', `${path} does not take ${request.method}; it takes ${allowed.join(', ')}`),
    );
  }
  return sendProblem(request, reply, new AppError('not_found', `No route for ${request.method} ${path}`));
}

/** An issue as classified: zod's own (`params` kept for the catalogue) or one a service raised. */
interface ClassifiedIssue extends FieldIssue {
  params?: IssueParams;
}

interface Classified {
  code: ErrorCode;
  detail: string;
  issues: ClassifiedIssue[];
  /** The detail is only the validator's issues, to be rebuilt from their localised messages. */
  fromValidator?: boolean;
}

/** A problem's words in the asker's language. */
export interface ProblemText {
  code: ErrorCode;
  title: string;
  detail: string;
  issues: FieldIssue[];
}

/** What zod writes itself when a schema gives no message: replaced by the catalogue's words. */
const VALIDATOR_WORDING = /^(Invalid|Too (small|big)|Unrecognized|Expected)\b/;

/**
 * The problem for `error` in the language the request's Accept-Language asks for (English,
 * Traditional, or Simplified converted from Traditional): title, detail and each field's message
 * from the catalogues, the field paths untouched. The `/v1` (OpenAI) error shape uses the same words.
 */
export function describeProblem(request: FastifyRequest, error: unknown): ProblemText {
  const reader = readerLocale(request.headers['accept-language']);
  const locale: Locale = reader === 'en' ? 'en' : 'zh-Hant';
  const classified = classify(request, error);
  const issues = classified.issues.map(({ params, ...issue }) => ({
    ...issue,
    message: fieldMessage(issue, params, locale),
  }));
  const title = problemTitle(classified.code, locale);
  let detail: string;
  if (locale === 'en') detail = classified.fromValidator ? describe(issues) : classified.detail;
  else detail = issues.length > 0 ? `${title}：${describe(issues, '；', '：')}` : title;
  if (reader !== 'zh-Hans') return { code: classified.code, title, detail, issues };
  return {
    code: classified.code,
    title: traditionalToSimplified(title),
    detail: traditionalToSimplified(detail),
    issues: issues.map((issue) => ({ ...issue, message: traditionalToSimplified(issue.message) })),
  };
}

/**
 * English keeps a message the code wrote (it is specific) unless it is the validator's own wording;
 * Chinese keeps a message already in Chinese, else takes the catalogue's for the code.
 */
function fieldMessage(issue: FieldIssue, params: IssueParams | undefined, locale: Locale): string {
  const fromZod = params !== undefined;
  if (locale === 'en') {
    return fromZod && VALIDATOR_WORDING.test(issue.message) ? issueMessage(issue.code, params, 'en') : issue.message;
  }
  if (/[\u3400-\u9fff]/.test(issue.message)) return issue.message;
  return issueMessage(issue.code, params ?? {}, 'zh-Hant');
}

function classify(request: FastifyRequest, error: unknown): Classified {
  if (error instanceof AppError) return { code: error.code, detail: error.message, issues: [...error.issues] };
  const fastifyError = error as Partial<FastifyError> & { validationContext?: string };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = fastifyError.validationContext ?? 'body';
    const issues = error.validation.flatMap((issue): ClassifiedIssue[] => {
      const path = [context, ...issue.instancePath.split('/').filter(Boolean)];
      const keys = (issue.params as { keys?: unknown }).keys;
      if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        return keys.map((key) => ({
          field: [...path, String(key)].join('.'),
          code: 'unknown_field',
          message: 'is not a known field',
        }));
      }
      const params: IssueParams = {
        ...(issue.params as IssueParams),
        missing: issue.keyword === 'invalid_type' && /received undefined/.test(issue.message),
      };
      return [{ field: path.join('.'), code: issue.keyword, message: issue.message, params }];
    });
    return { code: 'validation_failed', detail: describe(issues), issues, fromValidator: true };
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        code: 'payload_too_large',
        detail: 'The request body exceeds the size limit',
        issues: [bodyIssue('too_large', 'exceeds the size limit')],
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        code: 'unsupported_media_type',
        detail: `Content type ${request.headers['content-type'] ?? '(none)'} is not accepted; send application/json`,
        issues: [{ field: 'headers.content-type', code: 'unsupported', message: 'must be application/json' }],
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'invalid_json', detail: 'The JSON body is empty', issues: [bodyIssue('empty', 'is empty')] };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        code: 'validation_failed',
        detail: 'A path parameter is too long',
        issues: [{ field: 'params', code: 'too_long', message: 'must be at most 200 characters' }],
      };
    case 'FST_ERR_BAD_URL':
      return {
        code: 'validation_failed',
        detail: 'The URL is malformed (bad percent-encoding)',
        issues: [{ field: 'url', code: 'malformed', message: 'is not a well-formed URL' }],
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        code: 'validation_failed',
        detail: 'Content-Length does not match the body',
        issues: [{ field: 'headers.content-length', code: 'mismatch', message: 'does not match the body' }],
      };
  }
  if (error instanceof SyntaxError || fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return {
      code: 'invalid_json',
      detail: `The body is not valid JSON: ${(error as Error).message}`,
      issues: [bodyIssue('invalid_json', 'is not valid JSON')],
    };
  }
  const databaseError = (error as { cause?: { code?: unknown } }).cause ?? error;
  if ((databaseError as { code?: unknown }).code === '23505') {
    // A unique constraint lost a race that the service's own check could not see.
    return { code: 'conflict', detail: 'The request conflicts with existing data', issues: [] };
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = (Object.entries(ERROR_STATUS).find(([, s]) => s === status)?.[0] ?? 'validation_failed') as ErrorCode;
    return { code, detail: fastifyError.message ?? 'Bad request', issues: [] };
  }
  return { code: 'internal', detail: 'An internal error occurred; quote the request id to support', issues: [] };
}

function bodyIssue(code: string, message: string): FieldIssue {
  return { field: 'body', code, message };
}

function describe(issues: FieldIssue[], separator = '; ', colon = ': '): string {
  return issues.map((issue) => `${issue.field}${colon}${issue.message}`).join(separator) || 'The request is not valid';
}
