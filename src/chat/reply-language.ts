import type { Language } from '../retrieval/index.ts';

export type ReplyLanguage = 'zh-Hant' | 'zh-Hans' | 'en';

/**
 * The language and script of the reply: what the citizen asked for, else what they wrote in —
 * Cantonese and mixed Hong Kong text get Traditional Chinese, Simplified gets Simplified — within
 * what the bot offers.
 */
export function replyLanguage(
  query: Language,
  requested: ReplyLanguage | undefined,
  offered: readonly ReplyLanguage[],
): ReplyLanguage {
  const wanted: ReplyLanguage =
    requested ??
    (query === 'en'
      ? 'en'
      : query === 'zh-Hans'
        ? 'zh-Hans'
        : query === 'unknown'
          ? (offered[0] ?? 'zh-Hant')
          : 'zh-Hant');
  if (offered.includes(wanted)) return wanted;
  if (wanted === 'zh-Hans' && offered.includes('zh-Hant')) return 'zh-Hant';
  if (wanted === 'zh-Hant' && offered.includes('zh-Hans')) return 'zh-Hans';
  return offered[0] ?? 'zh-Hant';
}

/** Bilingual texts pick their side: Simplified readers get the Chinese text (converted by the caller). */
export function pick(text: { zh: string; en: string }, language: ReplyLanguage): string {
  return language === 'en' ? text.en : text.zh;
}
