import type { Usage } from './api/gateway.ts';

export interface UsageDay {
  date: string;
  calls: number;
  refused: number;
  errors: number;
  tokens: number;
}

const DAY_MS = 86_400_000;
/** The Hong Kong calendar day (UTC+8, no daylight saving) of an instant, `YYYY-MM-DD`. */
const hkDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * `/api/v1/usage` rows (one per day, bot, provider and model) summed per Hong Kong day, oldest
 * first, with every day of the report's period present (days without calls at zero), so the chart's
 * axis is the period and not only the busy days.
 */
export function usageByDay(usage: Pick<Usage, 'rows' | 'from' | 'to'>): UsageDay[] {
  const days = new Map<string, UsageDay>();
  const blank = (date: string): UsageDay => ({ date, calls: 0, refused: 0, errors: 0, tokens: 0 });
  const last = hkDate(Date.parse(usage.to) - 1);
  for (let ms = Date.parse(usage.from); hkDate(ms) <= last; ms += DAY_MS) days.set(hkDate(ms), blank(hkDate(ms)));
  for (const row of usage.rows) {
    const day = days.get(row.day) ?? blank(row.day);
    day.calls += row.calls;
    day.refused += row.refused;
    day.errors += row.errors;
    day.tokens += row.totalTokens;
    days.set(row.day, day);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}
