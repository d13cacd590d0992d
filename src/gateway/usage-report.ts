import { and, asc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { type Executor, modelCalls } from '../store/index.ts';

export interface UsageFilter {
  /** One department; omitted = every department (platform admins only: the API scopes others). */
  departmentId?: string | undefined;
  botId?: string | undefined;
  provider?: string | undefined;
  model?: string | undefined;
  /** Inclusive start, default 30 days before `to`. */
  from?: Date | undefined;
  /** Exclusive end, default now. */
  to?: Date | undefined;
}

/** Calls of one department, bot, provider/model and day (Hong Kong time). */
export interface UsageRow {
  day: string;
  departmentId: string;
  botId: string | null;
  provider: string;
  model: string;
  calls: number;
  ok: number;
  refused: number;
  errors: number;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  /** Mean latency of the successful calls, in ms (null when none succeeded). */
  avgLatencyMs: number | null;
}

export interface UsageReport {
  from: Date;
  to: Date;
  rows: UsageRow[];
  totals: Omit<UsageRow, 'day' | 'departmentId' | 'botId' | 'provider' | 'model' | 'avgLatencyMs'>;
}

const MAX_ROWS = 5000;

/** Usage from `model_calls`, by department, bot, provider/model and day (HKT). */
export async function usageReport(db: Executor, filter: UsageFilter): Promise<UsageReport> {
  const to = filter.to ?? new Date();
  const from = filter.from ?? new Date(to.getTime() - 30 * 86_400_000);
  const conditions: SQL[] = [gte(modelCalls.createdAt, from), lt(modelCalls.createdAt, to)];
  if (filter.departmentId) conditions.push(eq(modelCalls.departmentId, filter.departmentId));
  if (filter.botId) conditions.push(eq(modelCalls.botId, filter.botId));
  if (filter.provider) conditions.push(eq(modelCalls.provider, filter.provider));
  if (filter.model) conditions.push(eq(modelCalls.model, filter.model));
  // Hong Kong has no daylight saving: a fixed +8 h is its calendar day.
  const day = sql<string>`to_char((${modelCalls.createdAt} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      day,
      departmentId: modelCalls.departmentId,
      botId: modelCalls.botId,
      provider: modelCalls.provider,
      model: modelCalls.model,
      calls: sql<string>`count(*)`,
      ok: sql<string>`count(*) filter (where ${modelCalls.status} = 'ok')`,
      refused: sql<string>`count(*) filter (where ${modelCalls.status} = 'refused')`,
      errors: sql<string>`count(*) filter (where ${modelCalls.status} = 'error')`,
      promptTokens: sql<string>`coalesce(sum(${modelCalls.promptTokens}), 0)`,
      completionTokens: sql<string>`coalesce(sum(${modelCalls.completionTokens}), 0)`,
      avgLatencyMs: sql<string | null>`avg(${modelCalls.latencyMs}) filter (where ${modelCalls.status} = 'ok')`,
    })
    .from(modelCalls)
    .where(and(...conditions))
    .groupBy(day, modelCalls.departmentId, modelCalls.botId, modelCalls.provider, modelCalls.model)
    .orderBy(
      asc(day),
      asc(modelCalls.departmentId),
      asc(modelCalls.botId),
      asc(modelCalls.provider),
      asc(modelCalls.model),
    )
    .limit(MAX_ROWS);
  const out = rows.map((row): UsageRow => {
    const promptTokens = Number(row.promptTokens);
    const completionTokens = Number(row.completionTokens);
    return {
      day: row.day,
      departmentId: row.departmentId,
      botId: row.botId,
      provider: row.provider,
      model: row.model,
      calls: Number(row.calls),
      ok: Number(row.ok),
      refused: Number(row.refused),
      errors: Number(row.errors),
      promptTokens,
      completionTokens,
      totalTokens: promptTokens + completionTokens,
      avgLatencyMs: row.avgLatencyMs === null ? null : Math.round(Number(row.avgLatencyMs) * 10) / 10,
    };
  });
  const totals = { calls: 0, ok: 0, refused: 0, errors: 0, promptTokens: 0, completionTokens: 0, totalTokens: 0 };
  for (const row of out) for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += row[key];
  return { from, to, rows: out, totals };
}
