/**
 * The web: the embeddable chat widget (`GET /widget.js`), the demo page (`GET /demo`) and the officers' console (`/console/`).
 * All are hidden from the OpenAPI document and the authorisation matrix: they are static assets (the console's data comes from the API).
 */
import type { FastifyInstance } from 'fastify';
import { registerConsole } from './console-assets.ts';
import { demoPage } from './demo-page.ts';
import { widgetBundle } from './widget-bundle.ts';

export { DEMO_BOTS, demoPage, type DemoBot } from './demo-page.ts';
export { widgetBundle, type WidgetBundle } from './widget-bundle.ts';
export { CONSOLE_DIST, consoleBuildIsStale, ensureConsoleBuilt } from './console-build.ts';

/**
 * Serves `/widget.js`, `/demo`, the officers' console at `/console/` and `/` (which leads to the console) on `app`.
 *
 * @example registerWeb(app); // then open http://localhost:3000/demo
 */
export async function registerWeb(app: FastifyInstance): Promise<void> {
  app.get('/widget.js', { schema: { hide: true } }, async (request, reply) => {
    const { code, etag } = await widgetBundle();
    reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=300')
      // Departments embed the widget on their own sites: helmet's default same-origin CORP would block that.
      .header('cross-origin-resource-policy', 'cross-origin')
      .type('text/javascript; charset=utf-8');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.send(code);
  });
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/'));
  await registerConsole(app);
  const page = demoPage();
  app.get('/demo', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page),
  );
}
