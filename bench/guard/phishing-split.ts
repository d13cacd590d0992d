import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FREE_HOSTS } from '../../src/guard/url/domains.ts';
import { registrableDomain, suffixIn } from '../../src/guard/url/registrable-domain.ts';

/**
 * The fixed split for the learned phishing-host model. A host belongs to the group of its site
 * (`groupOf`), so every subdomain of one site falls on the same side. A fixed FNV-1a hash
 * of the group puts 40% of groups in the test split, which `scripts/train-phishing.ts` never reads.
 */
function fnv(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export const hostOfEntry = (entry: string): string =>
  entry
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^[^@/]*@/, '')
    .replace(/[/?#:].*$/, '')
    .replace(/\.$/, '')
    .toLowerCase();

/**
 * One site, one group: its registrable domain, or on a free-hosting or dynamic-DNS platform
 * (`x.vercel.app`, `y.duckdns.org`) the site's own label there, since each is a different owner.
 */
export function groupOf(entry: string): string {
  const host = hostOfEntry(entry);
  const platform = suffixIn(host, FREE_HOSTS);
  if (!platform) return registrableDomain(host);
  const site = host
    .slice(0, host.length - platform.length - 1)
    .split('.')
    .pop();
  return site ? `${site}.${platform}` : platform;
}
export const isPhishingTestEntry = (entry: string): boolean => fnv(groupOf(entry)) % 5 < 2;

export const readDomainList = (file: string): string[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

export function phishingLists(dataDir: string, repoRoot: string) {
  return {
    phishingDomains: readDomainList(resolve(dataDir, 'phishing/phishing-domains-2026-08-01.txt')),
    phishingLinks: readDomainList(resolve(dataDir, 'phishing/phishing-links-2026-08-01.txt')),
    benignDomains: readDomainList(resolve(repoRoot, 'bench/guard/benign-domains.txt')),
  };
}
