import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  ERROR_STATUS,
  type ErrorCode,
  type FieldIssue,
  type IssueParams,
  issueMessage,
  knownIssueCode,
  type Locale,
  problemTitle,
  RECORD_NAMES,
  type RecordName,
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
 * for every path. A route that takes the request's method and finds nothing there (a static file
 * route asked for an old hashed asset after a redeploy) is a plain 404: the method was right.
 */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0] ?? request.url;
  const allowed = METHODS.filter((method) => request.server.findRoute({ method, url: path }) !== null);
  const takesMethod = allowed.some((method) => method === request.method);
  if (!takesMethod && allowed.some((method) => method !== 'OPTIONS')) {
    reply.header('allow', allowed.join(', '));
    return sendProblem(
      request,
      reply,
      new AppError('method_not_allowed', {
        en: `${path} does not take ${request.method}; it takes ${allowed.join(', ')}`,
        zhHant: `${path} 不接受 ${request.method}，只接受 ${allowed.join('、')}`,
      }),
    );
  }
  return sendProblem(
    request,
    reply,
    new AppError('not_found', {
      en: `No route for ${request.method} ${path}`,
      zhHant: `沒有 ${request.method} ${path} 這個位址`,
    }),
  );
}

/**
 * An issue as classified: zod's own (`params` kept for the catalogue) or one a service raised, with
 * its Traditional Chinese message where the service wrote one.
 */
interface ClassifiedIssue extends FieldIssue {
  params?: IssueParams;
  zhHant?: string | null;
}

interface Classified {
  code: ErrorCode;
  detail: string;
  /** The detail in Traditional Chinese, where whoever refused wrote it. */
  zhHant?: string | null;
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
const HAN = /[\u3400-\u9fff]/;

/**
 * The problem for `error` in the language the request's Accept-Language asks for (English,
 * Traditional, or Simplified converted from Traditional): title, detail and each field's message,
 * the field paths untouched. The `/v1` (OpenAI) error shape uses the same words.
 *
 * The detail is the reason the refusal gave, in the reader's language: a Chinese reader gets the
 * Chinese the thrower wrote ({@link AppError} carries both), and where it wrote only English, the
 * title and that English reason, never the title alone.
 */
export function describeProblem(request: FastifyRequest, error: unknown): ProblemText {
  const reader = readerLocale(request.headers['accept-language']);
  const locale: Locale = reader === 'en' ? 'en' : 'zh-Hant';
  const classified = classify(request, error);
  const issues = classified.issues.map(({ params, zhHant, ...issue }) => ({
    ...issue,
    message: fieldMessage(issue, params, zhHant ?? null, locale),
  }));
  const title = problemTitle(classified.code, locale);
  const detail = locale === 'en' ? englishDetail(classified, issues) : chineseDetail(classified, issues, title);
  if (reader !== 'zh-Hans') return { code: classified.code, title, detail, issues };
  return {
    code: classified.code,
    title: traditionalToSimplified(title),
    detail: traditionalToSimplified(detail),
    issues: issues.map((issue) => ({ ...issue, message: traditionalToSimplified(issue.message) })),
  };
}

function englishDetail(classified: Classified, issues: FieldIssue[]): string {
  return classified.fromValidator ? describe(issues) : classified.detail;
}

/**
 * The Chinese detail: the thrower's own Chinese, with the fields it names that it does not already
 * say (neither their message nor their name: "其他人已更改了 email" has said `body.email`, as the
 * English does, so its issue is not repeated after it); else the title and the fields' messages;
 * else the title and the English reason (a reason already partly in Chinese is shown as it is).
 */
function chineseDetail(classified: Classified, issues: FieldIssue[], title: string): string {
  const own = classified.zhHant;
  if (own) {
    const unsaid = issues.filter((issue) => !own.includes(issue.message) && !namesField(own, issue.field));
    return unsaid.length > 0 ? `${own}（${describe(unsaid, '；', '：')}）` : own;
  }
  if (classified.fromValidator || issues.length > 0) return `${title}：${describe(issues, '；', '：')}`;
  if (HAN.test(classified.detail)) return classified.detail;
  if (classified.detail === problemTitle(classified.code, 'en')) return title;
  return `${title}：${classified.detail}`;
}

/** Whether `text` names the field at `path` by its own name (`email` of `body.email`, `pii` of `body.policy.output.pii`) as a word. */
function namesField(text: string, path: string): boolean {
  const name = path.split('.').findLast((segment) => /^[A-Za-z_]\w*$/.test(segment));
  return name !== undefined && new RegExp(`(?<!\\w)${name}(?!\\w)`).test(text);
}

/**
 * English keeps a message the code wrote (it is specific) unless it is the validator's own wording.
 * Chinese takes the message's own Chinese (the thrower's, a schema's `params.zhHant`, or a message
 * already in Chinese); else the catalogue's for the code, with the English reason beside it when
 * that reason says more than the catalogue's words: a reason is never dropped for want of Chinese.
 */
function fieldMessage(
  issue: FieldIssue,
  params: IssueParams | undefined,
  zhHant: string | null,
  locale: Locale,
): string {
  const fromZod = params !== undefined;
  if (locale === 'en') {
    return fromZod && VALIDATOR_WORDING.test(issue.message) ? issueMessage(issue.code, params, 'en') : issue.message;
  }
  const schemaWords = (params?.params as { zhHant?: unknown } | undefined)?.zhHant;
  if (typeof schemaWords === 'string') return schemaWords;
  if (zhHant) return zhHant;
  if (HAN.test(issue.message)) return issue.message;
  const catalogued = issueMessage(issue.code, params ?? {}, 'zh-Hant');
  // A validator's issue is fully described by its code and params, except a refinement's own reason.
  const saysMore =
    !VALIDATOR_WORDING.test(issue.message) &&
    (fromZod
      ? issue.code === 'custom'
      : !knownIssueCode(issue.code) || issue.message !== issueMessage(issue.code, {}, 'en'));
  return saysMore ? `${catalogued}（${issue.message}）` : catalogued;
}

function classify(request: FastifyRequest, error: unknown): Classified {
  if (error instanceof AppError) {
    const zhHant = error.chinese;
    return {
      code: error.code,
      detail: error.message,
      zhHant: zhHant.detail,
      issues: error.issues.map((issue, index) => ({ ...issue, zhHant: zhHant.issues[index]?.message ?? null })),
    };
  }
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
    if (context === 'params' && issues.length > 0 && issues.every(isMalformedId)) return noSuchRecord(request, issues);
    return { code: 'validation_failed', detail: describe(issues), issues, fromValidator: true };
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        code: 'payload_too_large',
        detail: 'The request body exceeds the size limit',
        zhHant: '請求內容超出大小上限',
        issues: [bodyIssue('too_large', 'exceeds the size limit')],
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        code: 'unsupported_media_type',
        detail: `Content type ${request.headers['content-type'] ?? '(none)'} is not accepted; send application/json`,
        zhHant: `不接受內容類型 ${request.headers['content-type'] ?? '（無）'}，請以 application/json 傳送`,
        issues: [
          {
            field: 'headers.content-type',
            code: 'unsupported',
            message: 'must be application/json',
            zhHant: '須為 application/json',
          },
        ],
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        code: 'invalid_json',
        detail: 'The JSON body is empty',
        zhHant: 'JSON 請求內容是空的',
        issues: [bodyIssue('empty', 'is empty')],
      };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        code: 'validation_failed',
        detail: 'A path parameter is too long',
        zhHant: '路徑參數過長',
        issues: [
          { field: 'params', code: 'too_long', message: 'must be at most 200 characters', zhHant: '最多 200 個字元' },
        ],
      };
    case 'FST_ERR_BAD_URL':
      return {
        code: 'validation_failed',
        detail: 'The URL is malformed (bad percent-encoding)',
        zhHant: '網址格式不正確（百分比編碼有誤）',
        issues: [
          { field: 'url', code: 'malformed', message: 'is not a well-formed URL', zhHant: '不是格式正確的網址' },
        ],
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        code: 'validation_failed',
        detail: 'Content-Length does not match the body',
        zhHant: 'Content-Length 與請求內容不相符',
        issues: [
          {
            field: 'headers.content-length',
            code: 'mismatch',
            message: 'does not match the body',
            zhHant: '與請求內容不相符',
          },
        ],
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
    return {
      code: 'conflict',
      detail: 'The request conflicts with existing data',
      zhHant: '請求與現有資料衝突',
      issues: [],
    };
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = (Object.entries(ERROR_STATUS).find(([, s]) => s === status)?.[0] ?? 'validation_failed') as ErrorCode;
    return { code, detail: fastifyError.message ?? 'Bad request', issues: [] };
  }
  return {
    code: 'internal',
    detail: 'An internal error occurred; quote the request id to support',
    zhHant: '發生內部錯誤；聯絡支援時請提供請求編號（requestId）',
    issues: [],
  };
}

/** A path id that is not a UUID: no record can have it. */
const isMalformedId = (issue: ClassifiedIssue) => issue.code === 'invalid_format' && issue.params?.format === 'uuid';

/**
 * A record addressed by an id no record can have (`/applications/abc`) does not exist: 404 like an
 * unknown well-formed id, not a validation error, so a stale or mistyped link reads "not found".
 * Ids in bodies and queries stay 400: there they are input to check, not an address.
 */
function noSuchRecord(request: FastifyRequest, issues: ClassifiedIssue[]): Classified {
  const name = issues[0]?.field.split('.')[1] ?? 'id';
  const value = String((request.params as Record<string, unknown> | undefined)?.[name] ?? '');
  const record = recordAddressed(request.routeOptions?.url ?? '', name);
  const byId = `沒有${name === 'id' ? '編號' : ` ${name} `}為「${value}」的`;
  return {
    code: 'not_found',
    detail: record ? `${record} not found: none has the ${name} "${value}"` : `No record has the ${name} "${value}"`,
    zhHant: record ? `找不到${RECORD_NAMES[record]}：${byId}${RECORD_NAMES[record]}` : `${byId}紀錄`,
    issues: [],
  };
}

/**
 * The records a path addresses by an id, by the segment before it (`/handoff-cases/:id`): a malformed
 * id there is refused with the same name the service's own 404 gives an unknown one. A route not
 * listed gets the plain "no record has the id".
 */
const RECORD_OF_COLLECTION: Readonly<Record<string, RecordName>> = {
  allowlist: 'Department',
  applications: 'Application',
  assessments: 'Assessment',
  catalogue: 'Application',
  'consent-requests': 'Consent request',
  consents: 'Consent',
  datasets: 'Dataset',
  departments: 'Department',
  documents: 'Document',
  drafts: 'Draft',
  evaluations: 'Evaluation run',
  'handoff-cases': 'Handoff case',
  incidents: 'Incident',
  jobs: 'Job',
  keys: 'API key',
  'knowledge-sources': 'Knowledge source',
  providers: 'Provider',
  quotas: 'Department',
  sources: 'Knowledge source',
  users: 'User',
  versions: 'Knowledge version',
};

/** The record `route` (`/api/v1/handoff-cases/:id/take`) addresses by its parameter `name`, if known. */
function recordAddressed(route: string, name: string): RecordName | undefined {
  const segments = route.split('/');
  const collection = segments[segments.indexOf(`:${name}`) - 1] ?? '';
  return Object.hasOwn(RECORD_OF_COLLECTION, collection) ? RECORD_OF_COLLECTION[collection] : undefined;
}

function bodyIssue(code: string, message: string): FieldIssue {
  return { field: 'body', code, message };
}

function describe(issues: FieldIssue[], separator = '; ', colon = ': '): string {
  return issues.map((issue) => `${issue.field}${colon}${issue.message}`).join(separator) || 'The request is not valid';
}
