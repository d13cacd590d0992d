import type { Language } from './language.ts';

/** Which entries a search may return. Every given condition must hold. */
export interface SearchFilter {
  department?: string | readonly string[];
  /** Entries with no bots listed serve every bot. */
  bot?: string;
  language?: Language | readonly Language[];
  status?: string | readonly string[];
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
   * 0–1, comparable across queries: the share of the query's own best possible score that this entry
   * reached (1 = every query term found in the question). A bot says "I don't know" below ~0.3.
   */
  confidence: number;
}
