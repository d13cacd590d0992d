/**
 * Parses a blocklist file: one domain per line; `#` comments, blank lines, `0.0.0.0 domain` hosts
 * lines and full URLs are accepted. Returns lower-cased, de-duplicated domains and the lines that
 * were not domains, so an import can report them.
 */
export function parseBlocklist(content: string): { domains: string[]; rejected: string[] } {
  const domains = new Set<string>();
  const rejected: string[] = [];
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const candidate = (line.split(/\s+/).pop() ?? '')
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/[/:?#].*$/, '')
      .replace(/\.$/, '')
      .toLowerCase();
    if (/^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(candidate))
      domains.add(candidate);
    else rejected.push(raw);
  }
  return { domains: [...domains], rejected };
}
