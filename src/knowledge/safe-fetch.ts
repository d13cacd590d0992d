import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { ImportError } from './import-error.ts';

/** Addresses a server-side fetch must not reach unless the operator allows it (SSRF). */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['::ffff:0:0', 96],
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

export interface SafeFetchOptions {
  /** Allow private and loopback addresses (intranet sources, tests). Off by default. */
  allowPrivate?: boolean;
  /** Hosts (`host` or `host:port`) that may be private even when `allowPrivate` is off. */
  allowHosts?: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
}

export interface Fetched {
  url: string;
  contentType: string;
  bytes: Buffer;
}

async function assertPublic(url: URL, allowPrivate: boolean, allowHosts: readonly string[]): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportError('url_refused', `Only http and https URLs can be imported, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new ImportError('url_refused', 'URLs with credentials are refused');
  if (allowPrivate || allowHosts.includes(url.host) || allowHosts.includes(url.hostname)) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true }).catch(() => []);
  if (!addresses.length) throw new ImportError('fetch_failed', `Cannot resolve ${host}`);
  for (const { address, family } of addresses) {
    if (PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4')) {
      throw new ImportError(
        'url_refused',
        `${host} resolves to a private or loopback address (${address}); such sources must be enabled by an administrator`,
      );
    }
  }
}

/**
 * GET a URL for import: http(s) only, no private or loopback targets (checked again at every
 * redirect), bounded time and size.
 */
export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<Fetched> {
  const { allowPrivate = false, allowHosts = [], maxBytes = 20 * 1024 * 1024, timeoutMs = 20_000 } = options;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new ImportError('url_refused', 'Not a valid URL');
  }
  for (let hop = 0; hop < 5; hop += 1) {
    await assertPublic(url, allowPrivate, allowHosts);
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) }).catch(
      (error: Error) => {
        throw new ImportError('fetch_failed', `Fetching ${url.href} failed: ${error.message}`);
      },
    );
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      continue;
    }
    if (!response.ok) throw new ImportError('fetch_failed', `${url.href} answered ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new ImportError('too_large', `${url.href} is larger than ${maxBytes} bytes`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += (chunk as Uint8Array).length;
      if (size > maxBytes) throw new ImportError('too_large', `${url.href} is larger than ${maxBytes} bytes`);
      chunks.push(Buffer.from(chunk as Uint8Array));
    }
    return { url: url.href, contentType: response.headers.get('content-type') ?? '', bytes: Buffer.concat(chunks) };
  }
  throw new ImportError('fetch_failed', 'Too many redirects');
}
