import { sql } from 'drizzle-orm';
import { type Executor, rawRows } from '../store/index.ts';

/** Days are Hong Kong days (UTC+8 all year, no daylight saving), as in the bot analytics. */
const DAY_OFFSET_MS = 8 * 3_600_000;
const dayOf = (ms: number) => new Date(ms + DAY_OFFSET_MS).toISOString().slice(0, 10);
/**
 * The Hong Kong day as a whole number of days since 1970: grouping on it is about twice as fast as
 * on `to_char(...)` over 10,000 conversations (the string is made once per day, in {@link dateOf}).
 */
const dayNumberSql = (column: string) => sql.raw(`floor((extract(epoch from ${column}) + 28800) / 86400)::int`);
const dateOf = (dayNumber: number) => new Date(Number(dayNumber) * 86_400_000).toISOString().slice(0, 10);

export interface ActivityDay {
  /** A Hong Kong calendar day, `YYYY-MM-DD`. */
  date: string;
  questions: number;
  answered: number;
  fallback: number;
  blocked: number;
  /** Staff cases the department's bots opened that day. */
  handoff: number;
}

export interface DepartmentActivity {
  questions: number;
  conversations: number;
  outcomes: { answered: number; fallback: number; blocked: number; handoff: number };
  days: ActivityDay[];
  /** The queue as it is now: `open` not closed, `overdue` still owed a reply past its due-by time. */
  handoffs: { open: number; overdue: number; openedInPeriod: number };
  feedback: { up: number; down: number };
}

/**
 * A department's chat activity since `since`, aggregated in SQL (one pass per table, whatever the
 * number of bots or conversations): questions and outcomes per Hong Kong day, the handoff queue,
 * feedback. Counts follow {@link botAnalytics}: a question is an assistant turn; `handoff` counts
 * the cases opened. The caller checks the department is the principal's to see.
 */
export async function departmentActivity(
  db: Executor,
  departmentId: string,
  since: Date,
  now: Date = new Date(),
): Promise<DepartmentActivity> {
  const from = since.toISOString();
  const [turns, conversations, opened, queue, ratings] = await Promise.all([
    rawRows<{ day: number; outcome: string | null; n: number }>(
      db,
      sql`select ${dayNumberSql('created_at')} as day, outcome, count(*)::int as n from chat_messages
          where department_id = ${departmentId} and role = 'assistant' and created_at >= ${from}
          group by 1, 2`,
    ),
    rawRows<{ n: number }>(
      db,
      sql`select count(distinct session_id)::int as n from chat_messages
          where department_id = ${departmentId} and role = 'assistant' and created_at >= ${from}`,
    ),
    rawRows<{ day: number; n: number }>(
      db,
      sql`select ${dayNumberSql('created_at')} as day, count(*)::int as n from handoff_cases
          where department_id = ${departmentId} and created_at >= ${from} group by 1`,
    ),
    rawRows<{ open: number; overdue: number }>(
      db,
      sql`select count(*) filter (where status <> 'closed')::int as open,
            count(*) filter (where status in ('submitted', 'referred', 'in_progress')
              and due_at is not null and due_at < ${now.toISOString()})::int as overdue
          from handoff_cases where department_id = ${departmentId} and status <> 'closed'`,
    ),
    rawRows<{ rating: 'up' | 'down'; n: number }>(
      db,
      sql`select rating, count(*)::int as n from feedback
          where department_id = ${departmentId} and created_at >= ${from} group by 1`,
    ),
  ]);

  const days = new Map<string, ActivityDay>();
  const blank = (date: string): ActivityDay => ({
    date,
    questions: 0,
    answered: 0,
    fallback: 0,
    blocked: 0,
    handoff: 0,
  });
  for (let ms = since.getTime(), today = dayOf(now.getTime()); ; ms += 86_400_000) {
    const date = dayOf(ms);
    if (date > today) break;
    days.set(date, blank(date));
  }
  const dayFor = (date: string) => {
    const known = days.get(date) ?? blank(date);
    days.set(date, known);
    return known;
  };
  for (const row of turns) {
    const day = dayFor(dateOf(row.day));
    const n = Number(row.n);
    day.questions += n;
    if (row.outcome === 'answered' || row.outcome === 'fallback' || row.outcome === 'blocked') day[row.outcome] += n;
  }
  for (const row of opened) dayFor(dateOf(row.day)).handoff += Number(row.n);
  const perDay = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  const outcomes = { answered: 0, fallback: 0, blocked: 0, handoff: 0 };
  for (const day of perDay)
    for (const key of Object.keys(outcomes) as (keyof typeof outcomes)[]) outcomes[key] += day[key];
  return {
    questions: perDay.reduce((sum, day) => sum + day.questions, 0),
    conversations: Number(conversations[0]?.n ?? 0),
    outcomes,
    days: perDay,
    handoffs: {
      open: Number(queue[0]?.open ?? 0),
      overdue: Number(queue[0]?.overdue ?? 0),
      openedInPeriod: outcomes.handoff,
    },
    feedback: {
      up: Number(ratings.find((r) => r.rating === 'up')?.n ?? 0),
      down: Number(ratings.find((r) => r.rating === 'down')?.n ?? 0),
    },
  };
}
