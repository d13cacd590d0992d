import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AskResult, type ConversationDeps, loadBot } from '../../chat/index.ts';
import { AppError, type LocalizedText, truncateText } from '../../core/index.ts';
import type { PublicRateLimit } from '../public-rate-limit.ts';
import { unknownModel } from './openai-models.ts';

/**
 * What the two OpenAI-compatible answer routes (chat completions, responses) share: how a bot's
 * answer is put to a plain client (sources in the text, cut at a token budget, counted) and how a
 * request for something a bot cannot do is refused, naming the parameter.
 */

/**
 * The bot a request names as its `model`, if published, once the asker is within its public rate;
 * an unknown model is OpenAI's 404 naming `model`.
 */
export async function admitToBot(
  deps: ConversationDeps,
  rateLimit: PublicRateLimit,
  request: FastifyRequest,
  reply: FastifyReply,
  botId: string,
): Promise<void> {
  const view = await deps.caches.bots.get(botId, () => loadBot(deps.db, botId));
  if (!view?.published) throw unknownModel(botId, 'body.model');
  await rateLimit(request, reply, botId, view.published.config.publicRatePerMinute);
}

export const NO_PROBABILITIES: LocalizedText = {
  en: 'is not supported: a bot answers with approved text, not sampled tokens with probabilities',
  zhHant: '不支援：聊天機械人以核准文字回答，沒有逐個詞元的機率',
};
export const NO_TOOLS: LocalizedText = {
  en: 'is not supported: a bot answers from its approved knowledge and calls no tools',
  zhHant: '不支援：聊天機械人只按核准知識回答，不會呼叫工具',
};
export const NO_TOOL_CHOICE: LocalizedText = {
  en: 'must be "none" or "auto": a bot calls no tools',
  zhHant: '只可為 "none" 或 "auto"：聊天機械人不會呼叫工具',
};

/**
 * A 400 naming the parameter (`param` in OpenAI's error), worded in both languages: the problem
 * renderer picks the asker's (Accept-Language).
 */
export function refuseParameter(param: string, reason: LocalizedText, code = 'unsupported'): never {
  throw new AppError('validation_failed', { en: `${param} ${reason.en}`, zhHant: `${param} ${reason.zhHant}` }, [
    { field: `body.${param}`, code, message: reason },
  ]);
}

/** What a client sends to say "no tools" (absent, null, "none", "auto") asks for nothing. */
export function asksNoTool(choice: unknown): boolean {
  return choice === undefined || choice === null || choice === 'none' || choice === 'auto';
}

/** A part of a message as clients send it: text under `text`, anything else is another kind. */
export const messagePartSchema = z.object({ type: z.string(), text: z.string().optional() }).passthrough();
export type MessagePart = z.infer<typeof messagePartSchema>;

/**
 * A bot reads text: a part of another kind (an image, audio, a file) would be dropped unread, so it
 * is refused, named by where it is (`messages.0.content.1`).
 */
export function refuseNonTextPart(parts: readonly MessagePart[], at: string, textTypes: ReadonlySet<string>): void {
  const index = parts.findIndex((part) => !textTypes.has(part.type));
  const part = parts[index];
  if (!part) return;
  refuseParameter(`${at}.${index}`, {
    en: `is a "${part.type}" part: a bot reads text only`,
    zhHant: `是「${part.type}」部分：聊天機械人只會讀取文字`,
  });
}

export function partsText(content: string | readonly MessagePart[]): string {
  return typeof content === 'string' ? content : content.map((part) => part.text ?? '').join(' ');
}

/**
 * The question (the last user text) and the earlier ones, up to three: what a session would have
 * remembered, for clients that resend it. An empty question is a 400 naming `field`.
 */
export function questionAndHistory(asked: readonly string[], field: string): { question: string; history: string[] } {
  const question = asked.at(-1) ?? '';
  if (!question.trim()) {
    throw new AppError(
      'validation_failed',
      { en: 'The last user message is empty', zhHant: '最後一則使用者訊息是空的' },
      [
        {
          field,
          code: 'no_question',
          message: { en: 'must end with a user message that has text', zhHant: '最後須為有文字的使用者訊息' },
        },
      ],
    );
  }
  return {
    question: truncateText(question, 2000),
    history: asked.slice(-4, -1).map((text) => truncateText(text, 2000)),
  };
}

export interface Answer {
  content: string;
  /** Whether the answer was cut at the client's token budget. */
  cut: boolean;
}

/** The answer cut honestly at `maxTokens` (by the same estimate as the usage counts), or whole. */
export function cutAt(content: string, maxTokens: number | null | undefined): Answer {
  if (maxTokens == null || estimateTokens(content) <= maxTokens) return { content, cut: false };
  return {
    content: Array.from(content)
      .slice(0, maxTokens * 2)
      .join(''),
    cut: true,
  };
}

/** About two characters a token: the one estimate every count and cut uses. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(Array.from(text).length / 2));
}

/** The heading above the sources, in the answer's language (Chinese takes the full-width colon). */
const SOURCES_HEADING: Record<AskResult['language'], string> = {
  en: 'Sources:',
  'zh-Hant': '來源：',
  'zh-Hans': '来源：',
};

/** Plain clients show only the text, so the sources go into it. */
export function withSources(result: AskResult): string {
  if (!result.citations.length) return result.answer;
  const sources = result.citations.map((c) => `[${c.n}] ${c.title}${c.url ? ` ${c.url}` : ''}`).join('\n');
  return `${result.answer}\n\n${SOURCES_HEADING[result.language]}\n${sources}`;
}

export const lionrockSchema = z.object({
  sessionId: z.string(),
  outcome: z.string(),
  citations: z.array(z.unknown()),
  handoff: z.unknown(),
});

/** LionRock's own account of the turn, beside OpenAI's fields: the session to continue, the outcome, the sources. */
export function lionrockPart(result: AskResult) {
  return { sessionId: result.sessionId, outcome: result.outcome, citations: result.citations, handoff: result.handoff };
}
