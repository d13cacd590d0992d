import type { Language } from './language.ts';

/** Which entries a search may return. Every given condition must hold. */
export interface SearchFilter {
  department?: string | readonly string[];
  /** Entries with no bots listed serve every bot. */
  bot?: string;
  language?: Language | readonly Language[];
  status?: string | readonly string[];
  /** Keeps entries of these kinds (see FaqEntry's `kind`). */
  kind?: string | readonly string[];
}

export interface SearchOptions {
  /** How many hits to return (default 10). */
  k?: number;
  filter?: SearchFilter;
  /** Drop hits whose confidence is below this (0–1); use it for "I don't know". */
  minConfidence?: number;
}

/** One ranked entry. */
export interface SearchHit {
  id: string;
  /** Raw relevance; comparable within one query only. */
  score: number;
  /**
   * 0–1, comparable across queries and kinds of entry (FAQ question or document passage): how much of
   * the query the entry holds, calibrated per kind so that 0.35 is where a bot starts to answer (see
   * confidence.ts). A bot says "I don't know" below its threshold.
   */
  confidence: number;
}
