import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/index.ts';
import { consumeRate } from '../gateway/index.ts';
import type { Db } from '../store/index.ts';

/** Limits anonymous citizens per client address (the shared limiter lives in the database). */
export type PublicRateLimit = (
  request: FastifyRequest,
  reply: FastifyReply,
  botId: string,
  perMinute: number,
) => Promise<void>;

/**
 * Anonymous citizens may ask published bots a fixed number of times per minute per client address
 * and bot. The counter is the gateway's database-shared one, so the limit holds across every API
 * node; the address is only ever stored hashed. Callers with a key are not limited here.
 */
export function publicRateLimit(db: Db): PublicRateLimit {
  return async (request, reply, botId, perMinute) => {
    if (request.principal) return;
    const client = createHash('sha256').update(request.ip).digest('hex').slice(0, 16);
    const verdict = await consumeRate(db, `public:${botId}:${client}`, perMinute, 60);
    if (!verdict.ok) {
      reply.header('retry-after', String(verdict.retryAfterSeconds));
      throw new AppError('rate_limited', {
        en: `Too many questions from your address; try again in ${verdict.retryAfterSeconds} s`,
        zhHant: `你的網絡位址提問過於頻繁，請於 ${verdict.retryAfterSeconds} 秒後再試`,
      });
    }
  };
}
