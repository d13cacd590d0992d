import { and, eq, sql } from 'drizzle-orm';
import { type Executor, quotas, rawRows } from '../store/index.ts';

/** Hong Kong time (UTC+8, no daylight saving): quota months and report days. */
const HKT_OFFSET_MS = 8 * 3_600_000;
/** The Hong Kong day as days since 1970 (cheaper to group on than `to_char`); made a date once per day. */
const dayNumberSql = sql.raw('floor((extract(epoch from created_at) + 28800) / 86400)::int');
const dateOf = (dayNumber: number) => new Date(Number(dayNumber) * 86_400_000).toISOString().slice(0, 10);

export interface DepartmentUsage {
  /** Model calls per Hong Kong day since the period's start (days without calls omitted). */
  days: { date: string; calls: number; tokens: number }[];
  /** The current quota month (HKT), against the department-wide monthly quota. */
  month: {
    month: string;
    /** Calls the gateway admitted this month (refused calls are not counted, as the quota does). */
    requests: number;
    tokens: number;
    /** null: no department-wide monthly limit (unlimited). */
    requestsLimit: number | null;
    tokensLimit: number | null;
  };
}

/**
 * A department's model usage for the dashboard, aggregated in SQL over `model_calls`: calls and
 * tokens per day since `since`, and this month's admitted calls and tokens beside the department's
 * monthly quota. The caller checks the department is the principal's to see.
 */
export async function departmentUsage(
  db: Executor,
  departmentId: string,
  since: Date,
  now: Date = new Date(),
): Promise<DepartmentUsage> {
  const local = new Date(now.getTime() + HKT_OFFSET_MS);
  const month = `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
  const monthStart = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - HKT_OFFSET_MS);
  const [days, thisMonth, [quota]] = await Promise.all([
    rawRows<{ day: number; calls: number; tokens: number }>(
      db,
      sql`select ${dayNumberSql} as day, count(*)::int as calls,
            coalesce(sum(coalesce(prompt_tokens, 0) + coalesce(completion_tokens, 0)), 0)::float8 as tokens
          from model_calls where department_id = ${departmentId} and created_at >= ${since.toISOString()}
          group by 1 order by 1`,
    ),
    rawRows<{ requests: number; tokens: number }>(
      db,
      sql`select count(*)::int as requests,
            coalesce(sum(coalesce(prompt_tokens, 0) + coalesce(completion_tokens, 0)), 0)::float8 as tokens
          from model_calls where department_id = ${departmentId} and status <> 'refused'
            and created_at >= ${monthStart.toISOString()}`,
    ),
    db
      .select({ requests: quotas.requestsPerMonth, tokens: quotas.tokensPerMonth })
      .from(quotas)
      .where(and(eq(quotas.departmentId, departmentId), eq(quotas.botId, ''))),
  ]);
  return {
    days: days.map((row) => ({ date: dateOf(row.day), calls: Number(row.calls), tokens: Number(row.tokens) })),
    month: {
      month,
      requests: Number(thisMonth[0]?.requests ?? 0),
      tokens: Number(thisMonth[0]?.tokens ?? 0),
      requestsLimit: quota?.requests ?? null,
      tokensLimit: quota?.tokens ?? null,
    },
  };
}
