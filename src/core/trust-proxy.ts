import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * What fastify's `trustProxy` gets: `false` (the TCP peer is the client), the number of proxy hops
 * in front of the server, or the proxies' addresses and CIDR ranges (proxy-addr also knows the
 * names `loopback`, `linklocal` and `uniquelocal`).
 */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, an address/prefix-length range, or one of proxy-addr's named ranges. */
function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const max = family === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

/**
 * `LIONROCK_TRUST_PROXY`: `false`, a hop count or a comma-separated list of addresses/CIDRs.
 * `true` (trust every hop) is refused on purpose: then any client could name its own address in
 * X-Forwarded-For and escape every per-address limit.
 *
 * @example trustProxySchema.parse('10.0.0.0/8, 192.168.1.7') // ['10.0.0.0/8', '192.168.1.7']
 */
export const trustProxySchema = z
  .union([z.boolean(), z.number(), z.string(), z.array(z.string())])
  .transform((value, ctx): TrustProxy => {
    if (value === false || value === 'false' || value === '0' || value === 0) return false;
    if (value === true || value === 'true') {
      ctx.addIssue({
        code: 'custom',
        message: 'true would believe any client about its address; give the hop count or the proxies’ addresses',
      });
      return z.NEVER;
    }
    if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim()))) {
      const hops = Number(value);
      if (!Number.isInteger(hops) || hops < 1 || hops > 10) {
        ctx.addIssue({ code: 'custom', message: 'a hop count must be a whole number from 1 to 10' });
        return z.NEVER;
      }
      return hops;
    }
    const entries = (typeof value === 'string' ? value.split(',') : value).map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isProxyAddress(entry));
    if (entries.length === 0 || bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `must be false, a hop count or comma-separated addresses/CIDRs (not ${bad.map((b) => JSON.stringify(b)).join(', ') || 'empty'})`,
      });
      return z.NEVER;
    }
    return entries;
  });

/**
 * The setting as fastify's `trustProxy` option: a hop count becomes the function proxy-addr calls
 * per hop (fastify accepts a number at run time, but its types do not say so).
 */
export function fastifyTrustProxy(value: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}
