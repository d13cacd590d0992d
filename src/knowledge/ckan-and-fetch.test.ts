import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSource } from './extract-source.ts';
import { safeFetch } from './safe-fetch.ts';

/** A CKAN Action API shaped like DATA.GOV.HK's, with 150 datasets over two pages. */
function ckanServer(): Server {
  const datasets = Array.from({ length: 150 }, (_, i) => ({
    name: `dataset-${i}`,
    title: i === 42 ? '公共圖書館位置 Public library locations' : `Dataset ${i}`,
    notes: i === 42 ? 'Locations and opening hours of public libraries.' : 'Other data.',
    organization: { title: 'Leisure and Cultural Services Department' },
    tags: [{ name: i === 42 ? 'library' : 'misc' }],
  }));
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/redirect') {
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
      return;
    }
    if (url.pathname !== '/en-data/api/3/action/package_search') {
      response.writeHead(404).end();
      return;
    }
    const start = Number(url.searchParams.get('start') ?? 0);
    const rows = Number(url.searchParams.get('rows') ?? 10);
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify({
        success: true,
        result: { count: datasets.length, results: datasets.slice(start, start + rows) },
      }),
    );
  });
}

describe('open-data catalogues and URL fetching', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = ckanServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads every page of package_search into datasets with their page URLs', async () => {
    const progress: number[] = [];
    const { extracted, importer } = await extractSource(
      { type: 'ckan', baseUrl: `${base}/en-data` },
      { allowPrivate: true, onProgress: (done) => progress.push(done) },
    );
    expect(importer).toBe('ckan@1');
    expect(extracted.kind === 'catalogue' && extracted.datasets).toHaveLength(150);
    expect(progress).toEqual([100, 150]);
    const library = extracted.kind === 'catalogue' ? extracted.datasets.find((d) => d.key === 'dataset-42') : undefined;
    expect(library).toMatchObject({
      title: '公共圖書館位置 Public library locations',
      organisation: 'Leisure and Cultural Services Department',
      tags: ['library'],
      url: `${base}/en-data/dataset/dataset-42`,
    });
  });

  it('refuses loopback, private and metadata addresses unless allowed (no SSRF)', async () => {
    await expect(safeFetch(`${base}/en-data/api/3/action/package_search`)).rejects.toMatchObject({
      code: 'url_refused',
    });
    await expect(safeFetch('http://10.0.0.1/')).rejects.toMatchObject({ code: 'url_refused' });
    await expect(safeFetch('http://[::1]/')).rejects.toMatchObject({ code: 'url_refused' });
    await expect(safeFetch('file:///etc/passwd')).rejects.toMatchObject({ code: 'url_refused' });
    await expect(safeFetch('http://user:pw@example.com/')).rejects.toMatchObject({ code: 'url_refused' });
  });

  it('checks every redirect hop', async () => {
    // The test server itself is allowed by name; where it redirects (cloud metadata) is not.
    await expect(safeFetch(`${base}/redirect`, { allowHosts: [new URL(base).host] })).rejects.toMatchObject({
      code: 'url_refused',
      message: /169\.254\.169\.254/,
    });
  });

  it('says what went wrong when a catalogue is not CKAN', async () => {
    await expect(
      extractSource({ type: 'ckan', baseUrl: `${base}/nothing` }, { allowPrivate: true }),
    ).rejects.toMatchObject({
      code: 'fetch_failed',
    });
  });
});
