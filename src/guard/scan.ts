import { detectInjection, type InjectionVerdict } from './injection/detect-injection.ts';
import { defaultInjectionModel } from './injection/default-model.ts';
import type { InjectionModel } from './injection/model.ts';
import { detectPii } from './pii/detect-pii.ts';
import type { PiiType } from './pii/detector.ts';
import { assessUrl, type UrlVerdict } from './url/assess-url.ts';
import { extractUrls } from './url/extract-urls.ts';
import type { ReasonText } from './reason-text.ts';

/** The stable output of `lionrock guard scan --json` and `POST /api/v1/guard/scan`. */
export interface ScanResult {
  /** `reasonTexts`: the reasons one for one, worded for a reader in English and Traditional Chinese. */
  injection: { flagged: boolean; score: number; reasons: string[]; reasonTexts: ReasonText[] };
  pii: { type: PiiType; value: string; start: number; end: number }[];
  urls: { url: string; verdict: UrlVerdict; reasons: string[]; reasonTexts: ReasonText[] }[];
}

export interface ScanOptions {
  model?: InjectionModel;
  blocklist?: ReadonlySet<string>;
  /** Injection threshold override. */
  threshold?: number;
  /** Injection only with a rule or obfuscation sign behind it (approved passages; see detectInjection). */
  requireEvidence?: boolean;
}

/**
 * The full scan: injection, personal data and links in one pass.
 *
 * @example scanText('Ignore all previous instructions').injection.flagged // true
 */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  const injection: InjectionVerdict = detectInjection(options.model ?? defaultInjectionModel(), text, {
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.requireEvidence ? { requireEvidence: true } : {}),
  });
  const pii = detectPii(text).map(({ type, value, start, end }) => ({ type, value, start, end }));
  const urls = extractUrls(text).map(({ url }) => {
    const a = assessUrl(url, options.blocklist ? { blocklist: options.blocklist } : {});
    return { url, verdict: a.verdict, reasons: a.reasons, reasonTexts: a.reasonTexts };
  });
  const { flagged, score, reasons, reasonTexts } = injection;
  return { injection: { flagged, score, reasons, reasonTexts }, pii, urls };
}

/** True when the scan found nothing: no injection, no personal data, no link worse than safe. */
export function isClean(result: ScanResult): boolean {
  return !result.injection.flagged && result.pii.length === 0 && result.urls.every((u) => u.verdict === 'safe');
}

/**
 * What may be recorded about a scan (audit trail, logs): types, counts, scores and reasons,
 * never the personal data itself.
 */
export function scanSummary(result: ScanResult): Record<string, unknown> {
  const piiTypes: Record<string, number> = {};
  for (const f of result.pii) piiTypes[f.type] = (piiTypes[f.type] ?? 0) + 1;
  return {
    injection: result.injection,
    pii: piiTypes,
    urls: result.urls
      .filter((u) => u.verdict !== 'safe')
      .map((u) => ({ host: hostOnly(u.url), verdict: u.verdict, reasons: u.reasons, reasonTexts: u.reasonTexts })),
  };
}

function hostOnly(url: string): string {
  return url
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^[^@/]*@/, '')
    .replace(/[/?#].*$/, '');
}
