import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { configSchema } from '../core/index.ts';
import { openTestStore, type Store } from '../store/index.ts';
import { buildApp } from './app.ts';

/** What the server logs per request: every API call, but not the health probes a load balancer sends every few seconds. */
describe('request logging', () => {
  let store: Store;
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    store = await openTestStore();
    const config = configSchema.parse({ logLevel: 'info', runJobs: false });
    app = await buildApp({
      store,
      config,
      logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('does not log /healthz and /readyz per request, and still logs API requests', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    }
    expect((await app.inject({ url: '/api/v1/me' })).statusCode).toBe(401);
    expect(lines.filter((line) => /healthz|readyz/.test(line))).toEqual([]);
    expect(lines.filter((line) => line.includes('/api/v1/me')).length).toBeGreaterThan(0);
  });
});
