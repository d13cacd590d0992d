import { isDeepStrictEqual } from 'node:util';

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
