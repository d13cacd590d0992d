import { storableText } from '../core/index.ts';
import { AttemptFailure, parseRetryAfter } from './retry-policy.ts';
import type { GatewayMessage } from './gateway-types.ts';

/** A provider as the gateway calls it: the decrypted key lives only here, only for the call. */
export interface ProviderEndpoint {
  id: string;
  name: string;
  baseUrl: string;
  apiKey: string | null;
  timeoutMs: number;
  maxRetries: number;
}

export interface ChatCall {
  model: string;
  messages: readonly GatewayMessage[];
  temperature?: number | undefined;
  maxTokens?: number | undefined;
}

/** What a provider answered to a non-streaming call. */
export interface Completion {
  text: string;
  promptTokens: number | null;
  completionTokens: number | null;
  finishReason: string | null;
  /** The model the provider says answered (its `model` field), which may differ from the one asked for. */
  reportedModel: string | null;
  /** The provider's `system_fingerprint`: changes when the backend configuration serving the model changes. */
  systemFingerprint: string | null;
}

/** An open response and the means to end it: the timer is the idle timeout while streaming. */
export interface OpenResponse {
  response: Response;
  body: ReadableStream<Uint8Array>;
  /** Restarts the timeout (call on every chunk received). */
  touch(): void;
  /** Stops the timer and aborts the request if it is still running. */
  close(): void;
}

/** `{baseUrl}/chat/completions`, whether or not the base URL ends in a slash. */
export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

/**
 * One attempt: POSTs the chat request and returns the open response once a 2xx arrives. Anything
 * else throws an {@link AttemptFailure} saying whether it is worth retrying.
 */
export async function openChatCompletion(
  endpoint: ProviderEndpoint,
  call: ChatCall,
  stream: boolean,
  signal?: AbortSignal,
): Promise<OpenResponse> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | null = null;
  const touch = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, endpoint.timeoutMs);
  };
  const close = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    controller.abort();
  };
  const onCallerAbort = () => close();
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  touch();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: stream ? 'text/event-stream' : 'application/json',
  };
  if (endpoint.apiKey) headers.authorization = `Bearer ${endpoint.apiKey}`;
  const body = {
    model: call.model,
    messages: call.messages.map(({ role, content }) => ({ role, content })),
    ...(call.temperature === undefined ? {} : { temperature: call.temperature }),
    ...(call.maxTokens === undefined ? {} : { max_tokens: call.maxTokens }),
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
  let response: Response;
  try {
    response = await fetch(chatCompletionsUrl(endpoint.baseUrl), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: controller.signal,
      redirect: 'error',
    });
  } catch (error) {
    close();
    signal?.removeEventListener('abort', onCallerAbort);
    throw new AttemptFailure(
      timedOut ? `no answer within ${endpoint.timeoutMs} ms` : `network error (${describe(error)})`,
      true,
      true,
    );
  }
  if (!response.ok || !response.body) {
    // Drain what little there is so the connection can be reused; the text is not kept.
    await response.arrayBuffer().catch(() => undefined);
    close();
    signal?.removeEventListener('abort', onCallerAbort);
    throw failureFor(response);
  }
  return {
    response,
    body: response.body,
    touch,
    close: () => {
      close();
      signal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** One non-streaming attempt: open, read and parse the answer. */
export async function fetchCompletion(
  endpoint: ProviderEndpoint,
  call: ChatCall,
  signal?: AbortSignal,
): Promise<Completion> {
  const open = await openChatCompletion(endpoint, call, false, signal);
  let raw: string;
  try {
    raw = await open.response.text();
  } catch (error) {
    throw new AttemptFailure(`the answer was cut off (${describe(error)})`, true, true);
  } finally {
    open.close();
  }
  return parseCompletion(raw);
}

function parseCompletion(raw: string): Completion {
  let json: {
    choices?: { message?: { content?: unknown }; finish_reason?: unknown }[];
    usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
    model?: unknown;
    system_fingerprint?: unknown;
  };
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AttemptFailure('the answer is not JSON', false, false);
  }
  const choice = json.choices?.[0];
  if (!choice || typeof choice.message?.content !== 'string') {
    throw new AttemptFailure('the answer has no choices[0].message.content', false, false);
  }
  return {
    text: choice.message.content,
    promptTokens: count(json.usage?.prompt_tokens),
    completionTokens: count(json.usage?.completion_tokens),
    finishReason: typeof choice.finish_reason === 'string' ? choice.finish_reason : null,
    ...modelIdentity(json),
  };
}

/** One streamed chunk's content delta, usage, finish reason and model identity (any may be absent). */
export function parseChunk(data: string): {
  delta: string;
  promptTokens: number | null;
  completionTokens: number | null;
  finishReason: string | null;
  reportedModel: string | null;
  systemFingerprint: string | null;
} | null {
  let json: {
    choices?: { delta?: { content?: unknown }; finish_reason?: unknown }[];
    usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } | null;
    model?: unknown;
    system_fingerprint?: unknown;
  };
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const choice = json.choices?.[0];
  return {
    delta: typeof choice?.delta?.content === 'string' ? choice.delta.content : '',
    promptTokens: count(json.usage?.prompt_tokens),
    completionTokens: count(json.usage?.completion_tokens),
    finishReason: typeof choice?.finish_reason === 'string' ? choice.finish_reason : null,
    ...modelIdentity(json),
  };
}

/**
 * Which model answered, as the provider reports it: what the governance workflow compares with the
 * assessed model (a different identity or fingerprint makes re-assessment due). Bounded: it is stored.
 */
function modelIdentity(json: { model?: unknown; system_fingerprint?: unknown }): {
  reportedModel: string | null;
  systemFingerprint: string | null;
} {
  const bounded = (value: unknown) =>
    typeof value === 'string' && value.length > 0 && value.length <= 200 ? storableText(value) : null;
  return { reportedModel: bounded(json.model), systemFingerprint: bounded(json.system_fingerprint) };
}

function failureFor(response: Response): AttemptFailure {
  const status = response.status;
  const message = `HTTP ${status}`;
  if (status === 429) {
    return new AttemptFailure(message, true, false, status, parseRetryAfter(response.headers.get('retry-after')));
  }
  if (status >= 500 || status === 408) {
    return new AttemptFailure(message, true, true, status, parseRetryAfter(response.headers.get('retry-after')));
  }
  return new AttemptFailure(message, false, false, status);
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.name : 'unknown';
}
