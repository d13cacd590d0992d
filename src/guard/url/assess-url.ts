import { domainToUnicode } from 'node:url';
import { foldHomoglyphs } from '../injection/normalise.ts';
import {
  BRAND_WORDS,
  FREE_HOSTS,
  LURE_WORDS,
  PROTECTED_DOMAINS,
  RISKY_TLDS,
  SHORTENERS,
  WEAK_TLDS,
} from './domains.ts';
import { defaultHostModel } from './default-host-model.ts';
import { editDistance, skeleton } from './edit-distance.ts';
import { type HostModel, hostPhishingProbability } from './host-model.ts';
import { isWithin, registrableDomain, suffixIn } from './registrable-domain.ts';

export type UrlVerdict = 'safe' | 'suspicious' | 'phishing' | 'blocked';

export interface UrlAssessment {
  url: string;
  host: string;
  verdict: UrlVerdict;
  /** Sum of the weights of the signs found. */
  score: number;
  reasons: string[];
}

export interface AssessUrlOptions {
  /** Domains blocked outright (a domain blocks its subdomains too), e.g. from the database blocklist. */
  blocklist?: ReadonlySet<string>;
  /** Score at or above which a URL is `suspicious` (default 2) and `phishing` (default 3.5). */
  suspiciousAt?: number;
  phishingAt?: number;
  /** The learned host model (default: the committed one); `null` runs the hand-written signs only. */
  hostModel?: HostModel | null;
}

const PROTECTED_LABELS = [
  ...new Set(
    PROTECTED_DOMAINS.map((d) => {
      const reg = registrableDomain(d);
      return reg === 'gov.hk' ? 'govhk' : (reg.split('.')[0] ?? reg);
    }),
  ),
].filter((l) => l.length >= 4);
const BRAND_OWNED = [...new Set(Object.values(BRAND_WORDS).flat())];
const IPV4_HOST = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function hostOf(url: string): { host: string; credentials: boolean; port: string } | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url.replace(/^hxxp/i, 'http') : `http://${url}`;
  try {
    const parsed = new URL(withScheme);
    return {
      host: parsed.hostname.replace(/\.$/, '').toLowerCase(),
      credentials: parsed.username !== '' || parsed.password !== '',
      port: parsed.port,
    };
  } catch {
    return null;
  }
}

/** Shannon entropy per character: random-looking labels (`rztjocfmmoplnindlp`) score high. */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * Joined words (`steamcommunity`, `sorbonne-universite`) have high entropy too; a random label is
 * also hard to say: few vowels, a run of five consonants, or digits mixed into letters.
 */
function unpronounceable(label: string): boolean {
  const letters = label.replace(/[^a-z]/g, '');
  const vowels = letters.replace(/[^aeiouy]/g, '').length;
  return (
    vowels / Math.max(1, letters.length) < 0.3 ||
    /[bcdfghjklmnpqrstvwxz]{5,}/.test(label) ||
    /[a-z]\d|\d[a-z]/.test(label)
  );
}

function inBlocklist(host: string, blocklist: ReadonlySet<string> | undefined): boolean {
  if (!blocklist || blocklist.size === 0) return false;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) if (blocklist.has(labels.slice(i).join('.'))) return true;
  return false;
}

/**
 * Looks for the signs of a phishing link, each with a weight and a reason: blocklisted, look-alike
 * of a protected Hong Kong domain (edit distance, homoglyphs, punycode, brand word in a foreign
 * domain), credentials in the URL, IP host, risky TLD, link shortener, free hosting, lure words,
 * random-looking or deeply nested hosts. Official domains of protected brands are `safe`.
 *
 * @example assessUrl('https://www.hsbc-hk-secure.top/login').verdict // 'phishing'
 */
export function assessUrl(url: string, options: AssessUrlOptions = {}): UrlAssessment {
  const parsed = hostOf(url);
  if (!parsed || parsed.host === '')
    return { url, host: '', verdict: 'suspicious', score: 2, reasons: ['URL cannot be parsed'] };
  const { host } = parsed;
  const reasons: string[] = [];
  let score = 0;
  const sign = (weight: number, reason: string) => {
    score += weight;
    reasons.push(reason);
  };
  if (inBlocklist(host, options.blocklist)) {
    return { url, host, verdict: 'blocked', score: 10, reasons: ['domain is on the blocklist'] };
  }
  if (parsed.credentials) sign(3.5, 'credentials or @ in the URL hide the real host');

  const unicodeHost = domainToUnicode(host) || host;
  const folded = foldHomoglyphs(unicodeHost).toLowerCase();
  const official = PROTECTED_DOMAINS.find((d) => isWithin(host, d));
  if (official && !parsed.credentials) {
    return { url, host, verdict: 'safe', score: 0, reasons: [`official domain ${official}`] };
  }
  // A brand's own regional domains (amazon.co.jp, hsbc.co.uk) are as official as its main one.
  const owned = BRAND_OWNED.find((d) => isWithin(host, d));
  if (owned && !parsed.credentials) {
    return { url, host, verdict: 'safe', score: 0, reasons: [`official domain ${owned}`] };
  }
  if (host.includes('xn--')) {
    const impersonated = PROTECTED_DOMAINS.find((d) => isWithin(folded, d));
    if (impersonated) sign(5, `homoglyph look-alike of ${impersonated} (punycode)`);
    else sign(1.5, 'internationalised (punycode) domain');
  }
  if (IPV4_HOST.test(host) || host.startsWith('[')) sign(2.5, 'IP address instead of a domain name');
  if (parsed.port !== '' && parsed.port !== '443' && parsed.port !== '80') sign(0.5, `unusual port ${parsed.port}`);

  const registrable = registrableDomain(folded);
  const label = registrable.split('.')[0] ?? registrable;
  const tld = folded.split('.').pop() ?? '';
  const compactHost = folded.replace(/[.-]/g, '');

  if (/gov\.hk\./.test(folded) || /(?:^|[.-])gov-?hk(?:[.-]|$)/.test(folded))
    sign(4, 'pretends to be a gov.hk address');
  for (const [word, owners] of Object.entries(BRAND_WORDS)) {
    if (!compactHost.includes(word)) continue;
    if (owners.some((d) => isWithin(folded, d))) continue;
    sign(
      owners.length > 0 ? 3.5 : 1,
      owners.length > 0 ? `brand "${word}" on a domain it does not own` : `lure word "${word}"`,
    );
    break;
  }
  for (const target of PROTECTED_LABELS) {
    if (label === target) continue;
    if (target.length < 5) continue;
    // Short labels sit one edit away from many honest names (hkmu/hkma, hkba/hkbea): below six letters
    // only a homoglyph skeleton counts; longer ones allow one edit, and nine letters or more two.
    const d = editDistance(label, target, 2);
    const threshold = target.length >= 9 ? 2 : target.length >= 6 ? 1 : 0;
    if ((d > 0 && d <= threshold) || (skeleton(label) === skeleton(target) && label !== target)) {
      sign(4, `look-alike of ${target} (edit distance ${d})`);
      break;
    }
  }
  const freeHost = suffixIn(folded, FREE_HOSTS);
  if (freeHost) sign(1.5, `hosted on a free site builder or dynamic DNS (${freeHost})`);
  const shortener = suffixIn(folded, SHORTENERS);
  if (shortener) sign(2, `link shortener hides the destination (${shortener})`);
  if (freeHost || shortener) {
    // The platform's own TLD says nothing about the site on it.
  } else if (RISKY_TLDS.has(tld)) sign(1.5, `high-abuse top-level domain .${tld}`);
  else if (WEAK_TLDS.has(tld)) sign(0.5, `top-level domain .${tld} is often abused`);

  // Lure words are looked for in the part the owner chose, not in the public suffix (`.gov`, `.com.hk`).
  const chosen = folded.slice(0, folded.length - (registrable.length - label.length));
  const lures = LURE_WORDS.filter((w) => chosen.includes(w));
  if (lures.length > 0) sign(Math.min(2, lures.length), `lure words in the host (${lures.slice(0, 3).join(', ')})`);
  const sub = folded.slice(0, Math.max(0, folded.length - registrable.length - 1));
  const randomLabel = folded.split('.').find((l) => l.length >= 12 && entropy(l) > 3.3 && unpronounceable(l));
  if (randomLabel) sign(1, 'random-looking host name');
  if (sub.split('.').filter(Boolean).length >= 3) sign(1, 'deeply nested subdomains');
  if ((label.match(/-/g) ?? []).length >= 2) sign(1, 'many hyphens in the domain');
  if (/\d{4,}/.test(label)) sign(0.5, 'long digit run in the domain');
  const model = options.hostModel === undefined ? defaultHostModel() : options.hostModel;
  if (model && !IPV4_HOST.test(host)) {
    const p = hostPhishingProbability(model, folded);
    if (p >= model.threshold) sign(2, `host name resembles known phishing hosts (learned model, p=${p.toFixed(4)})`);
    else if (p >= model.weakThreshold)
      sign(1, `host name somewhat resembles phishing hosts (learned model, p=${p.toFixed(4)})`);
  }

  const suspiciousAt = options.suspiciousAt ?? 2;
  const phishingAt = options.phishingAt ?? 3.5;
  const verdict: UrlVerdict = score >= phishingAt ? 'phishing' : score >= suspiciousAt ? 'suspicious' : 'safe';
  return { url, host, verdict, score, reasons };
}
