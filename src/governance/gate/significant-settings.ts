import { isDeepStrictEqual } from 'node:util';
import type { LocalizedText } from '../../core/index.ts';

/**
 * The bot settings whose change is significant (issue #16): they change what the bot answers or
 * how it is guarded, so evaluations of an earlier version no longer speak for the new one. Wording
 * (name, greeting, disclosure, fallback) and the rate limit are not among them.
 */
export const SIGNIFICANT_SETTINGS = [
  'answerMode',
  'model',
  'sourceIds',
  'threshold',
  'guardPolicy',
  'languages',
] as const;

/** Each significant setting (and `version`: a version no longer there) in words, as the bot editor names it. */
export const SETTING_TEXT: Record<(typeof SIGNIFICANT_SETTINGS)[number] | 'version', LocalizedText> = {
  answerMode: { en: 'answer mode', zhHant: '回答模式' },
  model: { en: 'model', zhHant: '模型' },
  sourceIds: { en: 'knowledge sources', zhHant: '知識來源' },
  threshold: { en: 'confidence threshold', zhHant: '信心門檻' },
  guardPolicy: { en: 'guard policy', zhHant: '防護政策' },
  languages: { en: 'languages answered', zhHant: '回答語言' },
  version: { en: 'version', zhHant: '版本' },
};

/** The significant settings that differ between two configurations (empty: none). */
export function changedSettings(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return SIGNIFICANT_SETTINGS.filter((key) => !isDeepStrictEqual(a[key] ?? null, b[key] ?? null));
}

/**
 * The significant settings version `to` of a bot changed against version `from` (empty when an
 * evaluation of `from` still speaks for `to`). A version missing from `versions` counts as changed.
 */
export function significantChanges(
  versions: readonly { version: number; config: unknown }[],
  from: number,
  to: number,
): string[] {
  if (from === to) return [];
  const a = versions.find((v) => v.version === from);
  const b = versions.find((v) => v.version === to);
  if (!a || !b) return ['version'];
  return changedSettings(a.config, b.config);
}
