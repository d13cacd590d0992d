import { lookup } from 'node:dns/promises';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, connect as netConnect } from 'node:net';
import { type Duplex, pipeline } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { judgeAddress } from './address-policy.ts';
import { ImportError } from './import-error.ts';

/** One answer of a DNS look-up. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface SafeFetchOptions {
  /**
   * Turn every address check off (`LIONROCK_ALLOW_PRIVATE_URLS`): any user who may import can then
   * make the server fetch internal services and cloud metadata. Prefer `allowHosts`.
   */
  allowPrivate?: boolean;
  /**
   * Hosts (`host` or `host:port`) that may resolve to private addresses (`LIONROCK_URL_ALLOW_HOSTS`),
   * for intranet sources. Everything else stays checked.
   */
  allowHosts?: readonly string[];
  /** Largest body after decompression, in bytes. */
  maxBytes?: number;
  /** Time for the whole fetch, redirects included, in milliseconds. */
  timeoutMs?: number;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
  /** DNS look-up (an external service; tests answer from a table). Default: the system resolver. */
  resolve?: (hostname: string) => Promise<readonly ResolvedAddress[]>;
  /** Opens the TCP connection to a checked address (the network; tests route it locally). */
  dial?: (address: string, port: number) => Duplex;
}

export interface Fetched {
  url: string;
  contentType: string;
  bytes: Buffer;
}

async function systemResolve(hostname: string): Promise<ResolvedAddress[]> {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

const systemDial = (address: string, port: number): Duplex => netConnect({ host: address, port });

/**
 * Resolves the URL's host once and checks every address, returning the one to connect to. The
 * connection then goes to that address, so a DNS answer that changes between check and connect
 * (rebinding) cannot redirect it.
 */
async function checkedAddress(
  url: URL,
  options: Required<Pick<SafeFetchOptions, 'allowPrivate' | 'allowHosts' | 'resolve'>>,
) {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportError('url_refused', {
      en: `Only http and https URLs can be imported, not ${url.protocol}`,
      zhHant: `只可匯入 http 或 https 網址，不接受 ${url.protocol}`,
    });
  }
  if (url.username || url.password)
    throw new ImportError('url_refused', {
      en: 'URLs with credentials are refused',
      zhHant: '不接受附有登入資料的網址',
    });
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  const addresses: readonly ResolvedAddress[] = family
    ? [{ address: host, family: family === 6 ? 6 : 4 }]
    : await options.resolve(host).catch(() => []);
  const first = addresses[0];
  if (!first) throw new ImportError('fetch_failed', { en: `Cannot resolve ${host}`, zhHant: `無法解析網域 ${host}` });
  // `url.host` leaves a default port out, so `host:443` is matched against the port in effect too.
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const allowed = options.allowHosts.map((entry) => entry.toLowerCase());
  if (options.allowPrivate || allowed.includes(url.hostname) || allowed.includes(`${url.hostname}:${port}`)) {
    return first;
  }
  for (const { address } of addresses) {
    const verdict = judgeAddress(address);
    if (!verdict.allowed) {
      throw new ImportError('url_refused', {
        en: `${host} resolves to ${address}, in ${verdict.range} (${verdict.why}); such sources must be allowed by an administrator`,
        zhHant: `${host} 解析為 ${address}，屬於 ${verdict.range}（${verdict.why}）；此類來源須由管理員准許`,
      });
    }
  }
  return first;
}

function get(url: URL, address: string, dial: NonNullable<SafeFetchOptions['dial']>, signal: AbortSignal) {
  const secure = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port) || (secure ? 443 : 80);
  // Our own connection to the checked address: no second look-up. TLS still verifies the certificate
  // against the host name and sends it as SNI (never an IP literal, RFC 6066).
  const createConnection = () => {
    const socket = dial(address, port);
    return secure ? tlsConnect({ socket, host, ...(isIP(host) ? {} : { servername: host }) }) : socket;
  };
  return new Promise<IncomingMessage>((resolve, reject) => {
    const request = (secure ? httpsRequest : httpRequest)(url, {
      createConnection,
      signal,
      headers: { 'accept-encoding': 'gzip, deflate, br', connection: 'close', 'user-agent': 'LionRock-importer' },
    });
    request.on('response', resolve).on('error', reject).end();
  });
}

function decoded(response: IncomingMessage) {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  return decoder ? pipeline(response, decoder, () => {}) : response;
}

/**
 * GET a URL for import: http(s) only, no private, loopback or otherwise internal targets (checked
 * at every redirect hop, and connected to the very address checked), bounded time and size.
 *
 * @example
 * const page = await safeFetch('https://www.gov.hk/en/about/', { maxBytes: 5_000_000 });
 */
export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<Fetched> {
  const {
    allowPrivate = false,
    allowHosts = [],
    maxBytes = 20 * 1024 * 1024,
    timeoutMs = 20_000,
    maxRedirects = 5,
    resolve = systemResolve,
    dial = systemDial,
  } = options;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new ImportError('url_refused', { en: 'Not a valid URL', zhHant: '不是有效的網址' });
  }
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; hop <= maxRedirects; hop += 1) {
    const address = await checkedAddress(url, { allowPrivate, allowHosts, resolve });
    try {
      const response = await get(url, address.address, dial, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && location) {
        response.resume();
        url = new URL(location, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new ImportError('fetch_failed', {
          en: `${url.href} answered ${status}`,
          zhHant: `${url.href} 回應狀態 ${status}`,
        });
      }
      const tooLarge = () =>
        new ImportError('too_large', {
          en: `${url.href} is larger than ${maxBytes} bytes`,
          zhHant: `${url.href} 大於 ${maxBytes} 位元組`,
        });
      if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
        response.destroy();
        throw tooLarge();
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of decoded(response)) {
        size += (chunk as Buffer).length;
        if (size > maxBytes) {
          response.destroy();
          throw tooLarge();
        }
        chunks.push(chunk as Buffer);
      }
      return { url: url.href, contentType: response.headers['content-type'] ?? '', bytes: Buffer.concat(chunks) };
    } catch (error) {
      if (error instanceof ImportError) throw error;
      const reason = signal.aborted ? `no complete answer within ${timeoutMs} ms` : (error as Error).message;
      throw new ImportError('fetch_failed', {
        en: `Fetching ${url.href} failed: ${reason}`,
        zhHant: `擷取 ${url.href} 失敗：${reason}`,
      });
    }
  }
  throw new ImportError('fetch_failed', {
    en: `More than ${maxRedirects} redirects`,
    zhHant: `重新導向超過 ${maxRedirects} 次`,
  });
}
