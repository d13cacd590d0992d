import { MULTI_SUFFIXES } from './domains.ts';

/**
 * The registrable domain of a host (`login.hsbc.com.hk` → `hsbc.com.hk`), using a short list of
 * second-level suffixes instead of the full Public Suffix List: enough for the checks here.
 */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  return MULTI_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** True when `host` is `domain` or a subdomain of it. */
export function isWithin(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The host's longest suffix found in `set` (e.g. a free-hosting platform), or undefined. */
export function suffixIn(host: string, set: ReadonlySet<string>): string | undefined {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join('.');
    if (set.has(suffix)) return suffix;
  }
  return undefined;
}
