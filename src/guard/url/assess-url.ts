import { domainToUnicode } from 'node:url';
import { foldHomoglyphs } from '../injection/normalise.ts';
import { type ReasonText, worded } from '../reason-text.ts';
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
  /** The signs found, in English: the record. */
  reasons: string[];
  /** The same signs one for one, worded for a reader in English and Traditional Chinese. */
  reasonTexts: ReasonText[];
}

/** An assessment without signs to weigh: unparsable, blocklisted or official. */
function outright(url: string, host: string, verdict: UrlVerdict, score: number, text: ReasonText): UrlAssessment {
  return { url, host, verdict, score, ...worded([text]) };
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
    return outright(url, '', 'suspicious', 2, { en: 'URL cannot be parsed', zhHant: '無法解析網址' });
  const { host } = parsed;
  const reasonTexts: ReasonText[] = [];
  let score = 0;
  const sign = (weight: number, en: string, zhHant: string) => {
    score += weight;
    reasonTexts.push({ en, zhHant });
  };
  if (inBlocklist(host, options.blocklist)) {
    return outright(url, host, 'blocked', 10, { en: 'domain is on the blocklist', zhHant: '網域在封鎖名單上' });
  }
  if (parsed.credentials)
    sign(3.5, 'credentials or @ in the URL hide the real host', '網址中的登入資料或 @ 隱藏了真正的主機');

  const unicodeHost = domainToUnicode(host) || host;
  const folded = foldHomoglyphs(unicodeHost).toLowerCase();
  const official = PROTECTED_DOMAINS.find((d) => isWithin(host, d));
  if (official && !parsed.credentials) {
    return outright(url, host, 'safe', 0, { en: `official domain ${official}`, zhHant: `官方網域 ${official}` });
  }
  // A brand's own regional domains (amazon.co.jp, hsbc.co.uk) are as official as its main one.
  const owned = BRAND_OWNED.find((d) => isWithin(host, d));
  if (owned && !parsed.credentials) {
    return outright(url, host, 'safe', 0, { en: `official domain ${owned}`, zhHant: `官方網域 ${owned}` });
  }
  if (host.includes('xn--')) {
    const impersonated = PROTECTED_DOMAINS.find((d) => isWithin(folded, d));
    if (impersonated)
      sign(5, `homoglyph look-alike of ${impersonated} (punycode)`, `以外觀相似的字元仿冒 ${impersonated}（punycode）`);
    else sign(1.5, 'internationalised (punycode) domain', '國際化（punycode）網域');
  }
  if (IPV4_HOST.test(host) || host.startsWith('['))
    sign(2.5, 'IP address instead of a domain name', '以 IP 地址代替網域名稱');
  if (parsed.port !== '' && parsed.port !== '443' && parsed.port !== '80')
    sign(0.5, `unusual port ${parsed.port}`, `不常用的連接埠 ${parsed.port}`);

  const registrable = registrableDomain(folded);
  const label = registrable.split('.')[0] ?? registrable;
  const tld = folded.split('.').pop() ?? '';
  const compactHost = folded.replace(/[.-]/g, '');

  if (/gov\.hk\./.test(folded) || /(?:^|[.-])gov-?hk(?:[.-]|$)/.test(folded))
    sign(4, 'pretends to be a gov.hk address', '假冒 gov.hk 網址');
  for (const [word, owners] of Object.entries(BRAND_WORDS)) {
    if (!compactHost.includes(word)) continue;
    if (owners.some((d) => isWithin(folded, d))) continue;
    if (owners.length > 0)
      sign(3.5, `brand "${word}" on a domain it does not own`, `品牌「${word}」用於並非其擁有的網域`);
    else sign(1, `lure word "${word}"`, `誘騙字詞「${word}」`);
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
      sign(4, `look-alike of ${target} (edit distance ${d})`, `仿冒 ${target}（編輯距離 ${d}）`);
      break;
    }
  }
  const freeHost = suffixIn(folded, FREE_HOSTS);
  if (freeHost)
    sign(
      1.5,
      `hosted on a free site builder or dynamic DNS (${freeHost})`,
      `寄存於免費建站平台或動態 DNS（${freeHost}）`,
    );
  const shortener = suffixIn(folded, SHORTENERS);
  if (shortener) sign(2, `link shortener hides the destination (${shortener})`, `短網址隱藏了目的地（${shortener}）`);
  if (freeHost || shortener) {
    // The platform's own TLD says nothing about the site on it.
  } else if (RISKY_TLDS.has(tld)) sign(1.5, `high-abuse top-level domain .${tld}`, `經常被濫用的頂級網域 .${tld}`);
  else if (WEAK_TLDS.has(tld)) sign(0.5, `top-level domain .${tld} is often abused`, `頂級網域 .${tld} 不時被濫用`);

  // Lure words are looked for in the part the owner chose, not in the public suffix (`.gov`, `.com.hk`).
  const chosen = folded.slice(0, folded.length - (registrable.length - label.length));
  const lures = LURE_WORDS.filter((w) => chosen.includes(w));
  if (lures.length > 0) {
    const shown = lures.slice(0, 3);
    // Host words, not prose: the Chinese list takes 「、」.
    sign(
      Math.min(2, lures.length),
      `lure words in the host (${shown.join(', ')})`,
      `主機名稱含誘騙字詞（${shown.join('、')}）`,
    );
  }
  const sub = folded.slice(0, Math.max(0, folded.length - registrable.length - 1));
  const randomLabel = folded.split('.').find((l) => l.length >= 12 && entropy(l) > 3.3 && unpronounceable(l));
  if (randomLabel) sign(1, 'random-looking host name', '主機名稱看似隨機');
  if (sub.split('.').filter(Boolean).length >= 3) sign(1, 'deeply nested subdomains', '多層子網域');
  if ((label.match(/-/g) ?? []).length >= 2) sign(1, 'many hyphens in the domain', '網域含多個連字號');
  if (/\d{4,}/.test(label)) sign(0.5, 'long digit run in the domain', '網域含一長串數字');
  const model = options.hostModel === undefined ? defaultHostModel() : options.hostModel;
  if (model && !IPV4_HOST.test(host)) {
    const p = hostPhishingProbability(model, folded);
    const odds = p.toFixed(4);
    if (p >= model.threshold)
      sign(
        2,
        `host name resembles known phishing hosts (learned model, p=${odds})`,
        `主機名稱與已知釣魚主機相似（學習模型，p=${odds}）`,
      );
    else if (p >= model.weakThreshold)
      sign(
        1,
        `host name somewhat resembles phishing hosts (learned model, p=${odds})`,
        `主機名稱與釣魚主機略為相似（學習模型，p=${odds}）`,
      );
  }

  const suspiciousAt = options.suspiciousAt ?? 2;
  const phishingAt = options.phishingAt ?? 3.5;
  const verdict: UrlVerdict = score >= phishingAt ? 'phishing' : score >= suspiciousAt ? 'suspicious' : 'safe';
  return { url, host, verdict, score, ...worded(reasonTexts) };
}
