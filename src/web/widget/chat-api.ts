/// <reference lib="dom" />
/**
 * The widget's client for the public chat API. Calls go only to the LionRock server the widget came
 * from (or the `api` attribute): no third-party requests. Failures are values, never throws.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

export interface PublicBot {
  id: string;
  name: Bilingual;
  greeting: Bilingual;
  disclosure: Bilingual;
  fallback: Bilingual;
  languages: string[];
  /** The path of the bot's public transparency notice, or null (issue #18). */
  transparency?: string | null;
}

export interface Citation {
  n: number;
  title: string;
  url: string | null;
  excerpt: string;
}

export interface Answer {
  sessionId: string;
  messageId: string;
  answer: string;
  language: 'zh-Hant' | 'zh-Hans' | 'en';
  outcome: 'answered' | 'fallback' | 'blocked' | 'small_talk' | 'handoff' | 'background';
  confidence: number;
  citations: Citation[];
  handoff: { reference: string } | null;
}

export interface HandoffStatus {
  reference: string;
  status: string;
  reply: string | null;
}

/** Why a call failed, as the widget explains it to the citizen. */
export type FailureKind = 'rate_limited' | 'invalid' | 'not_found' | 'not_allowed_here' | 'network' | 'server';

export type Result<T> = { ok: true; value: T } | { ok: false; kind: FailureKind; status: number };

export interface FeedbackInput {
  sessionId: string;
  messageId: string;
  rating: 'up' | 'down';
  reasons?: string[];
  comment?: string;
}

/** The public endpoints of one bot on one LionRock server. */
export class ChatApi {
  readonly #base: string;
  readonly #bot: string;

  constructor(base: string, bot: string) {
    this.#base = base.replace(/\/+$/, '');
    this.#bot = encodeURIComponent(bot);
  }

  /** A path on the LionRock server the widget talks to, as an absolute address (a link's href). */
  url(path: string): string {
    return new URL(`${this.#base}${path}`, location.href).href;
  }

  /** This server's origin (scheme, host and port). */
  get origin(): string {
    return new URL(this.#base, location.href).origin;
  }

  /**
   * Whether the server answers at all, without CORS: `/widget.js` may be read from any page. When
   * it answers but an API call failed as a network error, the browser refused the call: the page's
   * origin is not among the department's allowed origins.
   */
  async reachable(): Promise<boolean> {
    try {
      await fetch(`${this.#base}/widget.js`, { method: 'HEAD', mode: 'no-cors', credentials: 'omit' });
      return true;
    } catch {
      return false;
    }
  }

  bot(): Promise<Result<PublicBot>> {
    return this.#call<PublicBot>('GET', `/api/v1/bots/${this.#bot}/public`);
  }

  ask(question: string, sessionId: string | null): Promise<Result<Answer>> {
    return this.#call<Answer>('POST', `/api/v1/bots/${this.#bot}/ask`, {
      question,
      ...(sessionId ? { sessionId } : {}),
    });
  }

  feedback(input: FeedbackInput): Promise<Result<{ ok: true }>> {
    return this.#call<{ ok: true }>('POST', `/api/v1/bots/${this.#bot}/feedback`, input);
  }

  handoff(reference: string, sessionId: string): Promise<Result<HandoffStatus>> {
    const query = new URLSearchParams({ sessionId });
    return this.#call<HandoffStatus>('GET', `/api/v1/handoffs/${encodeURIComponent(reference)}?${query}`);
  }

  async #call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Result<T>> {
    let response: Response;
    try {
      response = await fetch(`${this.#base}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        // Anonymous by design: never send the embedding page's cookies to the API.
        credentials: 'omit',
      });
    } catch {
      return { ok: false, kind: 'network', status: 0 };
    }
    if (!response.ok) return { ok: false, kind: failureKind(response.status), status: response.status };
    try {
      return { ok: true, value: (await response.json()) as T };
    } catch {
      return { ok: false, kind: 'server', status: response.status };
    }
  }
}

function failureKind(status: number): FailureKind {
  if (status === 429) return 'rate_limited';
  if (status === 404 || status === 401 || status === 403) return 'not_found';
  if (status >= 400 && status < 500) return 'invalid';
  return 'server';
}
