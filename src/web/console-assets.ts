import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CONSOLE_DIST } from './console-build.ts';
import { findFirstScreenReads, firstScreenBlock } from './console-first-screen.ts';
import { type ConsoleManifest, pagePreloadLinks } from './console-page-preload.ts';

const NOT_BUILT = `<!doctype html>
<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>獅子山 LionRock</title></head>
<body><main><h1>管理控制台尚未建置 <span lang="en">The console is not built</span></h1>
<p><code>npm start</code> 會自動建置；或執行 <code>npm run build:console</code>。
<span lang="en"><code>npm start</code> builds it; or run <code>npm run build:console</code>.</span></p></main></body></html>`;

/** How long the page waits for the first screen's reads before it ends without the rest. */
const FIRST_SCREEN_WAIT_MS = 3_000;

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
  let manifest: ConsoleManifest | null = null;
  const page = () => {
    indexHtml ??= existsSync(join(CONSOLE_DIST, 'index.html'))
      ? readFileSync(join(CONSOLE_DIST, 'index.html'), 'utf8')
      : null;
    const manifestFile = join(CONSOLE_DIST, '.vite', 'manifest.json');
    manifest ??= existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as ConsoleManifest) : {};
    return indexHtml;
  };
  /**
   * The app page, streamed: its head (the scripts to load, the opened page's too) goes out at once,
   * and before `</body>` the answers of the API calls the first screen waits for
   * (console-first-screen.ts), made here while the browser loads the scripts, instead of by the
   * scripts once they have run. They are the officer's own data: the page is never stored (`no-store`).
   */
  const serveIndex = async (request: FastifyRequest, reply: FastifyReply) => {
    const html = page();
    reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    const end = html?.lastIndexOf('</body>') ?? -1;
    if (!html || end < 0) return reply.code(html ? 200 : 503).send(html ?? NOT_BUILT);
    const body = new PassThrough();
    // The opened page's code loads beside the app's script (console-page-preload.ts).
    const head = html.indexOf('</head>');
    const preload = pagePreloadLinks(manifest ?? {}, new URL(request.url, 'http://console').pathname);
    body.write(head < 0 ? html.slice(0, end) : `${html.slice(0, head)}${preload}${html.slice(head, end)}`);
    let open = true;
    // The officer may have gone meanwhile (closed the tab): then there is no one to write to.
    const write = (text: string) => void (open && !body.destroyed && body.write(text));
    const finish = () => {
      clearTimeout(waiting);
      if (open && !body.destroyed) body.end(html.slice(end));
      open = false;
    };
    // A slow database must not hold the page: past the wait it ends, and the console asks for the rest itself.
    const waiting = setTimeout(finish, FIRST_SCREEN_WAIT_MS);
    void findFirstScreenReads(app, request, (key, answer) => write(firstScreenBlock({ [key]: answer })))
      .catch((error: unknown) => {
        request.log.warn({ err: error }, 'console first screen: a read failed; the console asks itself');
      })
      .then(finish);
    return reply.code(200).send(body);
  };
  app.get('/console', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/'));
  app.get('/console/', { schema: { hide: true } }, serveIndex);
  app.get('/console/*', { schema: { hide: true } }, serveIndex);
}
