import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOTS, registerWeb } from './index.ts';

describe('web routes', () => {
  const app = Fastify();
  beforeAll(async () => {
    await registerWeb(app);
    await app.ready();
  });
  afterAll(() => app.close());

  it('serves the widget as one classic script that defines <lionrock-chat>, embeddable from other sites', async () => {
    const response = await app.inject({ method: 'GET', url: '/widget.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.body).toContain('lionrock-chat');
    expect(response.body).not.toMatch(/^\s*(import|export)\s/m);
    // No third-party requests: the only URLs the widget builds are on its own server.
    expect(response.body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('answers a repeated widget request with 304 when the ETag matches', async () => {
    const first = await app.inject({ method: 'GET', url: '/widget.js' });
    const etag = String(first.headers.etag);
    const again = await app.inject({ method: 'GET', url: '/widget.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('serves a demo page embedding every demo bot with no inline script', async () => {
    const response = await app.inject({ method: 'GET', url: '/demo' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    for (const bot of DEMO_BOTS) expect(response.body).toContain(`<lionrock-chat bot="${bot.id}"`);
    const scripts = [...response.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.[1]).toContain('src="/widget.js"');
    expect(scripts[0]?.[2]).toBe('');
    expect(response.body).not.toMatch(/\son[a-z]+=/i);
  });
});
