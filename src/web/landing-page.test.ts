import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWeb } from './index.ts';

describe('GET / (the landing page)', () => {
  const app = Fastify();
  beforeAll(async () => {
    registerWeb(app);
    await app.ready();
  });
  afterAll(() => app.close());

  it('answers 200 with a bilingual page linking to the demo and the API docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toMatch(/<html lang="zh-Hant-HK">/);
    expect(response.body).toContain('href="/demo"');
    expect(response.body).toContain('href="/docs"');
    expect(response.body).toMatch(/獅子山/);
    expect(response.body).toMatch(/lang="en"[^>]*>[^<]*LionRock/);
    // Static: nothing for the API's Content-Security-Policy (script-src 'self') to refuse.
    expect(response.body).not.toMatch(/<script/);
  });
});
