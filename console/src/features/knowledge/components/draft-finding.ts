import { type GuardReason, guardReasons } from '../../../components/guard-reasons.tsx';

/** One finding of the import scan, as the server stores it on a version (`findings: unknown` in the API). */
export interface DraftFinding {
  ordinal: number;
  entryKey: string;
  kinds: Array<'injection' | 'pii' | 'url'>;
  pii: Array<{ type: string; count: number }>;
  urls: Array<{ host: string; verdict: string }>;
  injectionScore: number | null;
  /** Worded for a reader where the server sent the words (`reasonTexts`); a draft scanned before that: English. */
  injectionReasons: GuardReason[];
}

const KINDS = new Set(['injection', 'pii', 'url']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the findings defensively: the API types them as unknown (they are the guard's summary),
 * so anything unexpected is dropped rather than breaking the review page.
 */
export function readFindings(value: unknown): DraftFinding[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): DraftFinding[] => {
    if (!isRecord(item) || typeof item.ordinal !== 'number' || typeof item.entryKey !== 'string') return [];
    const kinds = Array.isArray(item.kinds)
      ? item.kinds.filter((kind): kind is DraftFinding['kinds'][number] => typeof kind === 'string' && KINDS.has(kind))
      : [];
    const summary = isRecord(item.summary) ? item.summary : {};
    const pii = isRecord(summary.pii)
      ? Object.entries(summary.pii).flatMap(([type, count]) => (typeof count === 'number' ? [{ type, count }] : []))
      : [];
    const urls = Array.isArray(summary.urls)
      ? summary.urls.flatMap((url) =>
          isRecord(url) && typeof url.host === 'string' ? [{ host: url.host, verdict: String(url.verdict ?? '') }] : [],
        )
      : [];
    const injection = isRecord(summary.injection) ? summary.injection : {};
    const injectionScore = typeof injection.score === 'number' ? injection.score : null;
    const injectionReasons = guardReasons(injection.reasons, injection.reasonTexts);
    return [{ ordinal: item.ordinal, entryKey: item.entryKey, kinds, pii, urls, injectionScore, injectionReasons }];
  });
}
