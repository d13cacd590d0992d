import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ResolvedAddress, type SafeFetchOptions, safeFetch } from './safe-fetch.ts';

/**
 * DNS and the internet are external services: these tests answer DNS from a table and route the
 * connection meant for a public address to a server on 127.0.0.1, recording which address was
 * dialled. No packet leaves the machine.
 */
function resolver(table: Record<string, string[] | (() => string[])>) {
  const asked: string[] = [];
  const resolve = async (hostname: string): Promise<ResolvedAddress[]> => {
    asked.push(hostname);
    const entry = table[hostname];
    if (!entry) throw new Error(`ENOTFOUND ${hostname}`);
    return (typeof entry === 'function' ? entry() : entry).map((address) => ({
      address,
      family: address.includes(':') ? 6 : 4,
    }));
  };
  return { resolve, asked };
}

/** Serves a small site: a page, redirects, large and compressed bodies, and a request that never ends. */
function site(name: string): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/redirect') {
      response.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
    } else if (url.pathname === '/loop') {
      response.writeHead(302, { location: '/loop' }).end();
    } else if (url.pathname === '/declared-large') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(4096) });
      response.end('x'.repeat(4096));
    } else if (url.pathname === '/streamed-large') {
      response.writeHead(200, { 'content-type': 'text/html' }); // chunked: no length declared
      for (let i = 0; i < 8; i += 1) response.write('y'.repeat(1024));
      response.end();
    } else if (url.pathname === '/gzip-bomb') {
      const packed = gzipSync(Buffer.alloc(1024 * 1024, 0x20));
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(packed);
    } else if (url.pathname === '/gzip') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(gzipSync(`<p>${name} compressed</p>`));
    } else if (url.pathname === '/hang') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>start');
    } else {
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${name}</p>`);
    }
  });
}

async function listen(server: Server, host: string, port = 0): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return (server.address() as AddressInfo).port;
}

describe('safeFetch', () => {
  const publicSite = site('public site');
  const internalSite = site('internal service');
  const otherLoopback = site('other loopback address');
  let publicPort = 0;
  let internalPort = 0;
  const dialled: string[] = [];
  /** The network double: a public address reaches `publicSite`; loopback goes where it says. */
  const dial: SafeFetchOptions['dial'] = (address, port) => {
    dialled.push(address);
    return address.startsWith('127.')
      ? connect({ host: address, port })
      : connect({ host: '127.0.0.1', port: publicPort });
  };
  beforeAll(async () => {
    publicPort = await listen(publicSite, '127.0.0.1');
    internalPort = await listen(internalSite, '127.0.0.1');
    await listen(otherLoopback, '127.0.0.2', internalPort);
  });
  afterAll(async () => {
    for (const server of [publicSite, internalSite, otherLoopback]) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  const table: [address: string, verdict: 'allowed' | 'refused', what: string][] = [
    ['8.8.8.8', 'allowed', 'public IPv4'],
    ['93.184.216.34', 'allowed', 'public IPv4'],
    ['1.1.1.1', 'allowed', 'public IPv4'],
    ['2606:4700:4700::1111', 'allowed', 'public IPv6'],
    ['2a00:1450:4001:80b::200e', 'allowed', 'public IPv6'],
    ['::ffff:8.8.8.8', 'allowed', 'IPv4-mapped public IPv4'],
    ['64:ff9b::808:808', 'allowed', 'NAT64 of public IPv4 (DNS64 networks)'],
    ['2002:808:808::1', 'allowed', '6to4 of public IPv4'],
    ['0.0.0.0', 'refused', 'this network'],
    ['10.1.2.3', 'refused', 'private'],
    ['100.64.0.1', 'refused', 'carrier-grade NAT'],
    ['127.0.0.1', 'refused', 'loopback'],
    ['127.255.255.254', 'refused', 'loopback'],
    ['169.254.169.254', 'refused', 'cloud metadata (link-local)'],
    ['169.254.1.1', 'refused', 'link-local'],
    ['172.16.0.1', 'refused', 'private'],
    ['172.31.255.255', 'refused', 'private'],
    ['192.0.0.8', 'refused', 'IETF protocol assignments'],
    ['192.0.2.1', 'refused', 'documentation'],
    ['192.88.99.1', 'refused', '6to4 relay anycast'],
    ['192.168.1.1', 'refused', 'private'],
    ['198.18.0.1', 'refused', 'benchmarking'],
    ['198.51.100.7', 'refused', 'documentation'],
    ['203.0.113.9', 'refused', 'documentation'],
    ['224.0.0.1', 'refused', 'multicast'],
    ['240.0.0.1', 'refused', 'reserved'],
    ['255.255.255.255', 'refused', 'broadcast'],
    ['::', 'refused', 'unspecified'],
    ['::1', 'refused', 'loopback'],
    ['::7f00:1', 'refused', 'IPv4-compatible 127.0.0.1'],
    ['::808:808', 'refused', 'IPv4-compatible (deprecated)'],
    ['::ffff:127.0.0.1', 'refused', 'IPv4-mapped loopback'],
    ['::ffff:a9fe:a9fe', 'refused', 'IPv4-mapped metadata'],
    ['::ffff:10.0.0.1', 'refused', 'IPv4-mapped private'],
    ['::ffff:0:7f00:1', 'refused', 'IPv4-translated (SIIT)'],
    ['64:ff9b::a9fe:a9fe', 'refused', 'NAT64 of metadata'],
    ['64:ff9b::7f00:1', 'refused', 'NAT64 of loopback'],
    ['64:ff9b::a00:1', 'refused', 'NAT64 of private'],
    ['64:ff9b:1::808:808', 'refused', 'local-use NAT64'],
    ['100::1', 'refused', 'discard-only'],
    ['2001::1', 'refused', 'Teredo'],
    ['2001:2::1', 'refused', 'benchmarking'],
    ['2001:db8::1', 'refused', 'documentation'],
    ['2002:7f00:1::1', 'refused', '6to4 of loopback'],
    ['2002:a9fe:a9fe::1', 'refused', '6to4 of metadata'],
    ['2002:c0a8:101::1', 'refused', '6to4 of private'],
    ['3fff::1', 'refused', 'documentation'],
    ['fc00::1', 'refused', 'unique local'],
    ['fd00:ec2::254', 'refused', 'unique local (AWS metadata)'],
    ['fe80::1', 'refused', 'link-local'],
    ['fec0::1', 'refused', 'site-local'],
    ['ff02::1', 'refused', 'multicast'],
  ];

  it.each(table)('%s is %s (%s) when a host name resolves to it', async (address, verdict) => {
    const dns = resolver({ 'source.test': [address] });
    dialled.length = 0;
    const fetching = safeFetch('http://source.test/page', { resolve: dns.resolve, dial });
    if (verdict === 'allowed') {
      const fetched = await fetching;
      expect(fetched.bytes.toString()).toBe('<p>public site</p>');
      expect(dialled).toEqual([address]);
    } else {
      await expect(fetching).rejects.toMatchObject({ code: 'url_refused', message: expect.stringContaining(address) });
      expect(dialled).toEqual([]);
    }
  });

  it.each([
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[::ffff:a9fe:a9fe]/', '::ffff:a9fe:a9fe'],
    ['http://[::7f00:1]/', '::7f00:1'],
    ['http://[64:ff9b::169.254.169.254]/', '64:ff9b::a9fe:a9fe'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
  ])('refuses the address literal in %s without asking DNS', async (url, shown) => {
    const dns = resolver({});
    dialled.length = 0;
    await expect(safeFetch(url, { resolve: dns.resolve, dial })).rejects.toMatchObject({
      code: 'url_refused',
      message: expect.stringContaining(shown),
    });
    expect(dns.asked).toEqual([]);
    expect(dialled).toEqual([]);
  });

  it('refuses a host when any of its addresses is private', async () => {
    const dns = resolver({ 'mixed.test': ['93.184.216.34', '10.0.0.7'] });
    await expect(safeFetch('http://mixed.test/', { resolve: dns.resolve, dial })).rejects.toMatchObject({
      code: 'url_refused',
      message: expect.stringContaining('10.0.0.7'),
    });
  });

  it('connects to the address it checked: DNS answering 127.0.0.1 the second time is never asked (rebinding)', async () => {
    let answers = 0;
    const dns = resolver({ 'rebind.test': () => (answers++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']) });
    dialled.length = 0;
    const fetched = await safeFetch(`http://rebind.test:${internalPort}/`, { resolve: dns.resolve, dial });
    expect(fetched.bytes.toString()).toBe('<p>public site</p>');
    expect(dns.asked).toEqual(['rebind.test']);
    expect(dialled).toEqual(['93.184.216.34']);
  });

  it('connects over the real network to the address resolved, not to a second resolution', async () => {
    // Both loopback addresses listen on the same port; the allow-list lets this host be private.
    let answers = 0;
    const dns = resolver({ 'intranet.test': () => (answers++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']) });
    const fetched = await safeFetch(`http://intranet.test:${internalPort}/`, {
      resolve: dns.resolve,
      allowHosts: [`intranet.test:${internalPort}`],
    });
    expect(fetched.bytes.toString()).toBe('<p>internal service</p>');
    expect(dns.asked).toEqual(['intranet.test']);
  });

  it('allows a private host named in allowHosts, with or without its default port, in any case', async () => {
    const dns = resolver({ 'intranet.test': ['10.0.0.9'] });
    for (const entry of ['intranet.test', 'INTRANET.test:80']) {
      dialled.length = 0;
      const fetched = await safeFetch('http://intranet.test/', { resolve: dns.resolve, dial, allowHosts: [entry] });
      expect(fetched.bytes.toString()).toBe('<p>public site</p>');
      expect(dialled).toEqual(['10.0.0.9']);
    }
    await expect(
      safeFetch('http://intranet.test/', { resolve: dns.resolve, dial, allowHosts: ['intranet.test:8080'] }),
    ).rejects.toMatchObject({ code: 'url_refused' });
  });

  it.each([
    ['a name resolving to a private address', 'http://internal.test/', '10.0.0.5'],
    ['the metadata address', 'http://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['an IPv4-mapped loopback literal', 'http://[::ffff:7f00:1]/', '::ffff:7f00:1'],
    ['a NAT64 metadata literal', 'http://[64:ff9b::a9fe:a9fe]/', '64:ff9b::a9fe:a9fe'],
  ])('refuses a redirect to %s', async (_, target, shown) => {
    const dns = resolver({ 'public.test': ['93.184.216.34'], 'internal.test': ['10.0.0.5'] });
    dialled.length = 0;
    await expect(
      safeFetch(`http://public.test/redirect?to=${encodeURIComponent(target)}`, { resolve: dns.resolve, dial }),
    ).rejects.toMatchObject({ code: 'url_refused', message: expect.stringContaining(shown) });
    expect(dialled).toEqual(['93.184.216.34']);
  });

  it('resolves and checks the host again at every hop', async () => {
    let answers = 0;
    const dns = resolver({ 'flip.test': () => (answers++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']) });
    await expect(
      safeFetch('http://flip.test/redirect?to=/second', { resolve: dns.resolve, dial }),
    ).rejects.toMatchObject({ code: 'url_refused', message: expect.stringContaining('127.0.0.1') });
    expect(dns.asked).toEqual(['flip.test', 'flip.test']);
  });

  it('follows a bounded number of redirects', async () => {
    const dns = resolver({ 'public.test': ['93.184.216.34'] });
    dialled.length = 0;
    await expect(safeFetch('http://public.test/loop', { resolve: dns.resolve, dial })).rejects.toMatchObject({
      code: 'fetch_failed',
      message: expect.stringMatching(/redirects/),
    });
    expect(dialled).toHaveLength(6);
    const followed = await safeFetch('http://public.test/redirect?to=/page', { resolve: dns.resolve, dial });
    expect(followed.url).toBe('http://public.test/page');
  });

  it.each(['/declared-large', '/streamed-large', '/gzip-bomb'])('refuses %s past maxBytes', async (path) => {
    const dns = resolver({ 'public.test': ['93.184.216.34'] });
    await expect(
      safeFetch(`http://public.test${path}`, { resolve: dns.resolve, dial, maxBytes: 2048 }),
    ).rejects.toMatchObject({ code: 'too_large' });
  });

  it('decodes a compressed page', async () => {
    const dns = resolver({ 'public.test': ['93.184.216.34'] });
    const fetched = await safeFetch('http://public.test/gzip', { resolve: dns.resolve, dial });
    expect(fetched.bytes.toString()).toBe('<p>public site compressed</p>');
  });

  it('gives up on a source that stops answering, with the time limit in the reason', async () => {
    const dns = resolver({ 'public.test': ['93.184.216.34'] });
    await expect(
      safeFetch('http://public.test/hang', { resolve: dns.resolve, dial, timeoutMs: 300 }),
    ).rejects.toMatchObject({ code: 'fetch_failed', message: expect.stringContaining('300 ms') });
  });
});
