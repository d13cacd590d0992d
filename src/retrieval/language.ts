import { z } from 'zod';

/** The languages and scripts LionRock tells apart, per query and per document. */
export const languageSchema = z.enum(['zh-Hant', 'zh-Hans', 'yue', 'en', 'mixed', 'unknown']);

/**
 * `yue` is Cantonese written colloquially (Traditional or Simplified); `mixed` has substantial
 * Chinese and Latin text together (e.g. "點樣 renew 個 passport").
 */
export type Language = z.infer<typeof languageSchema>;
