import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake provider does with one request. */
export type FakeProviderStep =
  /**
   * Answers (streamed when the request asks for it) with `text` and the given usage (null: none reported);
   * `model` is the model it says answered (default: the one asked for), `fingerprint` its `system_fingerprint`.
   */
  | {
      kind: 'reply';
      text?: string;
      usage?: { prompt: number; completion: number } | null;
      chunkSize?: number;
      model?: string;
      fingerprint?: string;
    }
  /** Answers with this status and a JSON error body. */
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Closes the connection without answering. */
  | { kind: 'drop' }
  /** Streams the first piece of the answer, then closes the connection. */
  | { kind: 'cut'; text?: string };

export interface FakeProviderRequest {
  authorization: string | undefined;
  body: { model?: string; stream?: boolean; messages?: { role: string; content: string }[]; [key: string]: unknown };
}

export interface FakeProvider {
  /** Base URL to configure (`…/v1`); the server answers `POST …/v1/chat/completions`. */
  url: string;
  /** Every request received, in order. */
  requests: FakeProviderRequest[];
  /** Queues steps, one per coming request; when the queue is empty the default step runs. */
  script(...steps: FakeProviderStep[]): void;
  /** What to do when nothing is queued (initially a plain reply). */
  setDefault(step: FakeProviderStep): void;
  close(): Promise<void>;
}

const DEFAULT_TEXT = 'Dog licences cost HK$80 a year. 狗牌每年港幣 80 元。';
const DEFAULT_USAGE = { prompt: 11, completion: 7 };

/**
 * A scripted OpenAI-compatible server on loopback: the one test double of the gateway's tests
 * (and the provider of its benchmark). Not used by the running platform.
 *
 * @example
 * const fake = await startFakeProvider();
 * fake.script({ kind: 'status', status: 503 }, { kind: 'reply', text: 'ok' });
 */
export async function startFakeProvider(): Promise<FakeProvider> {
  const requests: FakeProviderRequest[] = [];
  const queue: FakeProviderStep[] = [];
  let fallback: FakeProviderStep = { kind: 'reply' };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: FakeProviderRequest['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = {};
      }
      requests.push({ authorization: req.headers.authorization, body });
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      answer(req, res, queue.shift() ?? fallback, body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...steps) => queue.push(...steps),
    setDefault: (step) => {
      fallback = step;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(req: IncomingMessage, res: ServerResponse, step: FakeProviderStep, body: FakeProviderRequest['body']) {
  const asked = typeof body.model === 'string' ? body.model : 'unknown';
  const model = step.kind === 'reply' && step.model !== undefined ? step.model : asked;
  const identity = {
    model,
    ...(step.kind === 'reply' && step.fingerprint !== undefined ? { system_fingerprint: step.fingerprint } : {}),
  };
  if (step.kind === 'drop') {
    req.socket.destroy();
    return;
  }
  if (step.kind === 'status') {
    res.writeHead(step.status, {
      'content-type': 'application/json',
      ...(step.retryAfter === undefined ? {} : { 'retry-after': step.retryAfter }),
    });
    res.end(JSON.stringify({ error: { message: `scripted ${step.status}`, type: 'server_error' } }));
    return;
  }
  const text = step.text ?? DEFAULT_TEXT;
  const id = `chatcmpl-fake-${Math.random().toString(36).slice(2, 10)}`;
  const created = Math.floor(Date.now() / 1000);
  if (!body.stream) {
    const usage = step.kind === 'reply' && step.usage !== undefined ? step.usage : DEFAULT_USAGE;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id,
        object: 'chat.completion',
        created,
        ...identity,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        ...(usage ? { usage: usageJson(usage) } : {}),
      }),
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta: Record<string, unknown>, finish: string | null, usage?: unknown) =>
    `data: ${JSON.stringify({
      id,
      object: 'chat.completion.chunk',
      created,
      ...identity,
      choices: usage ? [] : [{ index: 0, delta, finish_reason: finish }],
      ...(usage ? { usage } : {}),
    })}\n\n`;
  const pieces = Array.from(text);
  const size = step.kind === 'reply' ? (step.chunkSize ?? 4) : 4;
  if (step.kind === 'cut') {
    res.write(chunk({ role: 'assistant', content: pieces.slice(0, size).join('') }, null));
    setTimeout(() => req.socket.destroy(), 5);
    return;
  }
  res.write(chunk({ role: 'assistant', content: '' }, null));
  for (let i = 0; i < pieces.length; i += size) res.write(chunk({ content: pieces.slice(i, i + size).join('') }, null));
  res.write(chunk({}, 'stop'));
  const usage = step.usage !== undefined ? step.usage : DEFAULT_USAGE;
  const wantsUsage = (body.stream_options as { include_usage?: unknown } | undefined)?.include_usage === true;
  if (usage && wantsUsage) res.write(chunk({}, null, usageJson(usage)));
  res.end('data: [DONE]\n\n');
}

function usageJson(usage: { prompt: number; completion: number }) {
  return {
    prompt_tokens: usage.prompt,
    completion_tokens: usage.completion,
    total_tokens: usage.prompt + usage.completion,
  };
}
