import { isIP } from 'node:net';

/** Whether a server-side fetch may connect to an address, and if not, which range refused it and why. */
export type AddressVerdict = { allowed: true } | { allowed: false; range: string; why: string };

interface Range {
  /** CIDR as written in the docs table. */
  cidr: string;
  network: readonly number[];
  bits: number;
  why: string;
  /** Where an IPv4 address sits inside this IPv6 range: judged by that address instead of refused. */
  embeddedAt?: number;
}

function parseIpv4(text: string): number[] {
  return text.split('.').map(Number);
}

/** 16 bytes of an IPv6 address already validated by `isIP` (zone dropped, dotted IPv4 tail allowed). */
function parseIpv6(text: string): number[] {
  let address = text.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = parseIpv4(dotted);
    address = `${address.slice(0, -dotted.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const words = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
}

function range(cidr: string, why: string, embeddedAt?: number): Range {
  const [network = '', bits = '0'] = cidr.split('/');
  const bytes = isIP(network) === 4 ? parseIpv4(network) : parseIpv6(network);
  return { cidr, network: bytes, bits: Number(bits), why, ...(embeddedAt === undefined ? {} : { embeddedAt }) };
}

function contains({ network, bits }: Range, bytes: readonly number[]): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    if (((bytes[bit / 8] ?? 0) & mask) !== ((network[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

/** IPv4 ranges a fetch must not reach (IANA special-purpose registry, RFC 6890 and successors). */
const IPV4: readonly Range[] = [
  range('0.0.0.0/8', '"this network"; 0.0.0.0 reaches the local host'),
  range('10.0.0.0/8', 'private (RFC 1918)'),
  range('100.64.0.0/10', 'carrier-grade NAT, shared address space'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local, holds cloud metadata 169.254.169.254'),
  range('172.16.0.0/12', 'private (RFC 1918)'),
  range('192.0.0.0/24', 'IETF protocol assignments'),
  range('192.0.2.0/24', 'documentation (TEST-NET-1)'),
  range('192.88.99.0/24', 'deprecated 6to4 relay anycast'),
  range('192.168.0.0/16', 'private (RFC 1918)'),
  range('198.18.0.0/15', 'benchmarking'),
  range('198.51.100.0/24', 'documentation (TEST-NET-2)'),
  range('203.0.113.0/24', 'documentation (TEST-NET-3)'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved, and broadcast 255.255.255.255'),
];

/**
 * IPv6 ranges, first match wins. Ranges carrying an IPv4 address are judged by that address; every
 * other address outside global unicast 2000::/3 is refused by the last rule.
 */
const IPV6: readonly Range[] = [
  range('::ffff:0:0/96', 'IPv4-mapped', 12),
  range('64:ff9b::/96', 'NAT64 well-known prefix (RFC 6052)', 12),
  range('2002::/16', '6to4 (RFC 3056)', 2),
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('::/96', 'IPv4-compatible (deprecated by RFC 4291), reaches the embedded IPv4 on some stacks'),
  range('::ffff:0:0:0/96', 'IPv4-translated (SIIT)'),
  range('64:ff9b:1::/48', 'local-use NAT64 (RFC 8215): the IPv4 inside cannot be located, so it cannot be judged'),
  range('100::/64', 'discard-only'),
  range('2001::/32', 'Teredo: the IPv4 inside is obfuscated, and tunnels are not served content'),
  range('2001::/23', 'IETF protocol assignments (benchmarking, ORCHID, AMT, ...)'),
  range('2001:db8::/32', 'documentation'),
  range('3fff::/20', 'documentation (RFC 9637)'),
  range('fc00::/7', 'unique local (private)'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'site-local (deprecated, still private where used)'),
  range('ff00::/8', 'multicast'),
];

const GLOBAL_UNICAST = range('2000::/3', 'global unicast');

function judgeIpv4(bytes: readonly number[]): AddressVerdict {
  const refused = IPV4.find((candidate) => contains(candidate, bytes));
  return refused ? { allowed: false, range: refused.cidr, why: refused.why } : { allowed: true };
}

/**
 * Judges one IP address for a server-side fetch (SSRF): public unicast is allowed; private, loopback,
 * link-local, shared, multicast, reserved and documentation ranges are refused, and IPv6 forms that
 * carry an IPv4 address (mapped, NAT64, 6to4) are judged by the IPv4 address inside.
 *
 * @example
 * judgeAddress('8.8.8.8'); // { allowed: true }
 * judgeAddress('::ffff:a9fe:a9fe'); // { allowed: false, range: '::ffff:0:0/96 of 169.254.0.0/16', ... }
 */
export function judgeAddress(address: string): AddressVerdict {
  const family = isIP(address);
  if (family === 4) return judgeIpv4(parseIpv4(address));
  if (family !== 6) return { allowed: false, range: 'not an IP address', why: 'cannot be judged' };
  const bytes = parseIpv6(address);
  const match = IPV6.find((candidate) => contains(candidate, bytes));
  if (match?.embeddedAt !== undefined) {
    const inner = judgeIpv4(bytes.slice(match.embeddedAt, match.embeddedAt + 4));
    return inner.allowed
      ? inner
      : { allowed: false, range: `${match.cidr} of ${inner.range}`, why: `${match.why} ${inner.why}` };
  }
  if (match) return { allowed: false, range: match.cidr, why: match.why };
  if (!contains(GLOBAL_UNICAST, bytes)) {
    return { allowed: false, range: 'outside 2000::/3', why: 'not global unicast (reserved by IETF)' };
  }
  return { allowed: true };
}
