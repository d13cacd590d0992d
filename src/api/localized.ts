import type { FastifyRequest } from 'fastify';
import { readerLocale } from '../core/index.ts';
import { LocalizedRefusal } from '../governance/index.ts';

/**
 * Runs `work`, sending a service's bilingual refusal in the reader's language (`Accept-Language`;
 * the problem renderer converts Simplified Chinese from Traditional).
 *
 * @example return localized(request, () => closeIncident(db, ctx, id, body));
 */
export async function localized<T>(request: FastifyRequest, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LocalizedRefusal) throw error.inLocale(readerLocale(request.headers['accept-language']));
    throw error;
  }
}
