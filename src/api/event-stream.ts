import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';

/**
 * Takes the response over from fastify and starts a `text/event-stream` on it; the caller writes the
 * events and ends it.
 */
export function openEventStream(
  reply: FastifyReply,
  requestId: string,
  headers: Record<string, string> = {},
): ServerResponse {
  reply.hijack();
  reply.raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-request-id': requestId,
    ...headers,
  });
  return reply.raw;
}

/** Answers are short: they are streamed in small pieces so clients render progressively. */
export function answerPieces(text: string): string[] {
  return text.match(/[\s\S]{1,24}/g) ?? [];
}
