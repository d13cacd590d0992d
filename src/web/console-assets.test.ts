import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt, registerWeb } from './index.ts';

describe('the console at /console/', () => {
  const app = Fastify();
  beforeAll(async () => {
    await ensureConsoleBuilt();
    await registerWeb(app);
    await app.ready();
  });
  afterAll(() => app.close());

  it('is where / leads', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/console/');
  });

  it('answers every console address with the app page, so a reloaded or bookmarked page opens where it was', async () => {
    for (const url of ['/console/', '/console/bots/demo-dog-licence', '/console/handoffs?filter=overdue']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      // It may carry the officer's own data (console-first-screen.ts): never stored.
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toMatch(/<html lang="zh-Hant-HK">/);
      // The built page loads one hashed script from the console's own assets.
      expect(response.body).toMatch(
        /<script type="module" async crossorigin src="\/console\/assets\/index-[\w-]+\.js">/,
      );
    }
  });

  it("preloads the opened page's code with the app's script", async () => {
    const page = (await app.inject({ method: 'GET', url: '/console/handoffs' })).body;
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toMatch(/<link rel="modulepreload" crossorigin href="\/console\/assets\/handoffs-routes-[\w-]+\.js">/);
  });

  it('serves the hashed assets for a year and a missing asset as 404, not as the app page', async () => {
    const page = (await app.inject({ method: 'GET', url: '/console/' })).body;
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const asset = await app.inject({ method: 'GET', url: script as string });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    expect((await app.inject({ method: 'GET', url: '/console/assets/missing-abc.js' })).statusCode).toBe(404);
  });
});
