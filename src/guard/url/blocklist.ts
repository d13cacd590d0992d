import { domainToASCII } from 'node:url';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/**
 * The domain a blocklist line or a web address names, in its ASCII form: `香港政府.hk` and
 * `https://香港政府.hk/login` give `xn--mxtq1md9hf20c.hk`, the host a parsed link has (`new URL`
 * writes hosts in punycode), so an entry in either form blocks a link in either form. `null` when
 * it names no domain.
 *
 * @example blocklistDomain('0.0.0.0 https://Evil.example/login') // 'evil.example'
 */
export function blocklistDomain(text: string): string | null {
  const host = (text.trim().split(/\s+/).pop() ?? '').replace(/^[a-z]+:\/\//i, '').replace(/[/:?#].*$/, '');
  // UTS #46 (WHATWG URL): lower-cases, maps full-width forms and the ideographic full stop, encodes
  // each non-ASCII label as punycode; '' for what is no domain at all.
  const ascii = (host === '' ? '' : domainToASCII(host)).replace(/\.$/, '');
  return DOMAIN.test(ascii) ? ascii : null;
}

/**
 * Parses a blocklist file: one domain per line; `#` comments, blank lines, `0.0.0.0 domain` hosts
 * lines, full URLs and internationalised domains (kept in punycode) are accepted. Returns
 * lower-cased, de-duplicated domains and the lines that were not domains, so an import can report them.
 */
export function parseBlocklist(content: string): { domains: string[]; rejected: string[] } {
  const domains = new Set<string>();
  const rejected: string[] = [];
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const domain = blocklistDomain(line);
    if (domain) domains.add(domain);
    else rejected.push(raw);
  }
  return { domains: [...domains], rejected };
}
