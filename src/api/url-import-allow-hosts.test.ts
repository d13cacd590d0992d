import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/index.ts';
import { createFixture } from './test-fixture.ts';

/** An intranet page on loopback: private, so refused unless its host is on the allow-list. */
describe('LIONROCK_URL_ALLOW_HOSTS: an intranet source allowed by name, everything else still checked', () => {
  let server: Server;
  let host: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/to-metadata') {
        response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
        return;
      }
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end('<html><body><main><h1>內聯網</h1><p>Intranet forms are here.</p></main></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a comma-separated list from the environment', () => {
    const config = loadConfig({ LIONROCK_URL_ALLOW_HOSTS: 'intranet.gov.hk:8443, Wiki.Local' }, '/nonexistent');
    expect(config.urlAllowHosts).toEqual(['intranet.gov.hk:8443', 'wiki.local']);
    expect(loadConfig({}, '/nonexistent').urlAllowHosts).toEqual([]);
  });

  it('imports from an allowed host while redirects from it to other private addresses stay refused', async () => {
    const f = await createFixture({ urlAllowHosts: [host] });
    try {
      const run = async (url: string) => {
        const queued = await f.as('editor', { method: 'POST', url: '/api/v1/knowledge/sources', payload: { url } });
        expect(queued.statusCode).toBe(202);
        const id = (queued.json() as { job: { id: string } }).job.id;
        await f.app.lionrock.jobWorker.drain();
        return (await f.as('editor', { method: 'GET', url: `/api/v1/jobs/${id}` })).json();
      };
      expect(await run(`http://${host}/forms.html`)).toMatchObject({ status: 'succeeded' });
      expect(await run(`http://${host}/to-metadata`)).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/url_refused.*169\.254\.169\.254/),
      });
    } finally {
      await f.close();
    }
  });
});
