import type { Usage } from './api/gateway.ts';

export interface UsageDay {
  date: string;
  calls: number;
  refused: number;
  errors: number;
  tokens: number;
}

/**
 * `/api/v1/usage` rows (one per day, bot, provider and model) summed per Hong Kong day, oldest
 * first: what the usage chart and its table show.
 */
export function usageByDay(rows: Usage['rows']): UsageDay[] {
  const days = new Map<string, UsageDay>();
  for (const row of rows) {
    const day = days.get(row.day) ?? { date: row.day, calls: 0, refused: 0, errors: 0, tokens: 0 };
    day.calls += row.calls;
    day.refused += row.refused;
    day.errors += row.errors;
    day.tokens += row.totalTokens;
    days.set(row.day, day);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}
