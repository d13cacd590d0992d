import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { CONSOLE_DIST } from './console-build.ts';

const NOT_BUILT = `<!doctype html>
<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>獅子山 LionRock</title></head>
<body><main><h1>管理控制台尚未建置 <span lang="en">The console is not built</span></h1>
<p><code>npm start</code> 會自動建置；或執行 <code>npm run build:console</code>。
<span lang="en"><code>npm start</code> builds it; or run <code>npm run build:console</code>.</span></p></main></body></html>`;

/**
 * Serves the built console: hashed assets under `/console/assets/` (cached for a year: their names
 * change with their content) and `index.html` for every other `/console/…` address, so a bookmarked
 * or reloaded page opens where it was (the console's router takes it from there). `/` leads there.
 */
export async function registerConsole(app: FastifyInstance): Promise<void> {
  const assets = join(CONSOLE_DIST, 'assets');
  if (existsSync(assets)) {
    await app.register(fastifyStatic, {
      root: assets,
      prefix: '/console/assets/',
      decorateReply: false,
      index: false,
      immutable: true,
      maxAge: '365d',
      schemaHide: true,
    });
  }
  let indexHtml: string | null = null;
  const page = () => {
    indexHtml ??= existsSync(join(CONSOLE_DIST, 'index.html'))
      ? readFileSync(join(CONSOLE_DIST, 'index.html'), 'utf8')
      : null;
    return indexHtml;
  };
  const serveIndex = async (_request: unknown, reply: import('fastify').FastifyReply) => {
    const html = page();
    return reply
      .code(html ? 200 : 503)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(html ?? NOT_BUILT);
  };
  app.get('/console', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/'));
  app.get('/console/', { schema: { hide: true } }, serveIndex);
  app.get('/console/*', { schema: { hide: true } }, serveIndex);
}
