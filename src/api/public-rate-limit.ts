import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { AppError } from '../core/index.ts';
import { type Db, rawRows } from '../store/index.ts';
import type { PublicRateLimit } from './routes/bots.ts';

/**
 * Anonymous citizens may ask published bots, a fixed number of times per minute per client
 * address and bot. The counter lives in the database so the limit holds across every API node;
 * the address is stored hashed.
 */
export function publicRateLimit(db: Db): PublicRateLimit {
  return async (request: FastifyRequest, reply: FastifyReply, botId: string, perMinute: number) => {
    const minute = Math.floor(Date.now() / 60_000);
    const client = createHash('sha256').update(request.ip).digest('hex').slice(0, 16);
    const key = `public:${botId}:${client}:${minute}`;
    const [row] = await rawRows<{ requests: number | string }>(
      db,
      sql`insert into usage_counters (key, requests, tokens, expires_at) values (${key}, 1, 0, ${new Date((minute + 2) * 60_000)})
          on conflict (key) do update set requests = usage_counters.requests + 1 returning requests`,
    );
    if (Number(row?.requests ?? 0) > perMinute) {
      const wait = 60 - Math.floor((Date.now() / 1000) % 60);
      reply.header('retry-after', String(wait));
      throw new AppError('rate_limited', `Too many questions from your address; try again in ${wait} s`);
    }
  };
}
