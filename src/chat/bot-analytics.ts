import { sql } from 'drizzle-orm';
import type { Principal } from '../access/index.ts';
import { type Executor, rawRows } from '../store/index.ts';
import { getBot } from './bots.ts';
import { groupQuestions, type QuestionGroup } from './group-questions.ts';

/** Days are Hong Kong days (UTC+8 all year, no daylight saving). */
const DAY_OFFSET_MS = 8 * 3_600_000;
const dayOf = (ms: number) => new Date(ms + DAY_OFFSET_MS).toISOString().slice(0, 10);
const daySql = (column: string) =>
  sql.raw(`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`);
const epochMs = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

/** The question before an answer in its conversation (questions and answers are stored a millisecond apart). */
const questionOf = (answer: string) =>
  sql.raw(
    `(select u.text from chat_messages u where u.session_id = ${answer}.session_id and u.role = 'user' ` +
      `and u.created_at <= ${answer}.created_at order by u.created_at desc limit 1)`,
  );

/** Unanswered questions read for grouping: the most recent this many. */
const UNANSWERED_READ = 2000;
const GROUPS_SHOWN = 20;
const COMMENTS_SHOWN = 50;

const OUTCOMES = ['answered', 'fallback', 'blocked', 'handoff'] as const;
type Outcome = (typeof OUTCOMES)[number];

export interface AnalyticsDay {
  /** A Hong Kong calendar day, `YYYY-MM-DD`. */
  date: string;
  questions: number;
  /** Answers by outcome; `handoff` counts the staff cases the bot opened that day. */
  outcomes: Record<Outcome, number>;
  /** Each outcome's share of the day's questions (0–1, three decimals; 0 on a day without questions). */
  rates: Record<Outcome, number>;
}

export interface FeedbackComment {
  at: string;
  question: string | null;
  answer: string;
  outcome: string | null;
  rating: 'up' | 'down';
  reasons: string[];
  comment: string;
}

/**
 * What a department sees of its bot over the last days: questions and outcomes per day, feedback
 * by rating and reason, unanswered questions grouped by meaning and ranked, and feedback comments
 * with the turn they are about. Another department's bot is not found (404).
 */
export async function botAnalytics(db: Executor, principal: Principal, botId: string, since: Date) {
  await getBot(db, principal, botId);
  const [perOutcome, handoffs, ratings, reasons, unanswered, comments] = await Promise.all([
    rawRows<{ day: string; outcome: string | null; n: number }>(
      db,
      sql`select ${daySql('created_at')} as day, outcome, count(*)::int as n from chat_messages
          where bot_id = ${botId} and role = 'assistant' and created_at >= ${since.toISOString()}
          group by 1, 2`,
    ),
    rawRows<{ day: string; n: number }>(
      db,
      sql`select ${daySql('created_at')} as day, count(*)::int as n from handoff_cases
          where bot_id = ${botId} and created_at >= ${since.toISOString()} group by 1`,
    ),
    rawRows<{ rating: 'up' | 'down'; n: number }>(
      db,
      sql`select rating, count(*)::int as n from feedback
          where bot_id = ${botId} and created_at >= ${since.toISOString()} group by 1`,
    ),
    rawRows<{ reason: string; n: number }>(
      db,
      sql`select jsonb_array_elements_text(reasons) as reason, count(*)::int as n from feedback
          where bot_id = ${botId} and created_at >= ${since.toISOString()} group by 1`,
    ),
    rawRows<{ question: string | null; at_ms: number }>(
      db,
      sql`select ${questionOf('a')} as question, ${epochMs('a.created_at')} as at_ms from chat_messages a
          where a.bot_id = ${botId} and a.role = 'assistant' and a.outcome = 'fallback'
            and a.created_at >= ${since.toISOString()}
          order by a.created_at desc limit ${UNANSWERED_READ}`,
    ),
    rawRows<{
      question: string | null;
      answer: string;
      outcome: string | null;
      rating: 'up' | 'down';
      reasons: string[];
      comment: string;
      at_ms: number;
    }>(
      db,
      sql`select ${questionOf('a')} as question, a.text as answer, a.outcome, f.rating, f.reasons, f.comment,
            ${epochMs('f.created_at')} as at_ms
          from feedback f join chat_messages a on a.id = f.message_id
          where f.bot_id = ${botId} and f.created_at >= ${since.toISOString()} and coalesce(f.comment, '') <> ''
          order by f.created_at desc limit ${COMMENTS_SHOWN}`,
    ),
  ]);

  const days = new Map<string, AnalyticsDay>();
  for (let ms = since.getTime(), today = dayOf(Date.now()); ; ms += 86_400_000) {
    const date = dayOf(ms);
    if (date > today) break;
    days.set(date, { date, questions: 0, outcomes: zero(), rates: zero() });
  }
  const dayFor = (date: string) => {
    const known = days.get(date);
    if (known) return known;
    const day = { date, questions: 0, outcomes: zero(), rates: zero() };
    days.set(date, day);
    return day;
  };
  for (const row of perOutcome) {
    const day = dayFor(row.day);
    day.questions += Number(row.n);
    if (isCounted(row.outcome) && row.outcome !== 'handoff') day.outcomes[row.outcome] += Number(row.n);
  }
  for (const row of handoffs) dayFor(row.day).outcomes.handoff += Number(row.n);
  for (const day of days.values()) {
    for (const outcome of OUTCOMES) {
      day.rates[outcome] = day.questions ? Math.round((day.outcomes[outcome] / day.questions) * 1000) / 1000 : 0;
    }
  }
  const perDay = [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
  const totals = zero();
  for (const day of perDay) for (const outcome of OUTCOMES) totals[outcome] += day.outcomes[outcome];

  const asked = unanswered.flatMap((row) =>
    row.question === null ? [] : [{ text: row.question, at: new Date(Number(row.at_ms)) }],
  );
  return {
    questions: perDay.reduce((sum, day) => sum + day.questions, 0),
    outcomes: totals,
    days: perDay,
    feedback: {
      up: Number(ratings.find((r) => r.rating === 'up')?.n ?? 0),
      down: Number(ratings.find((r) => r.rating === 'down')?.n ?? 0),
      reasons: Object.fromEntries(reasons.map((r) => [r.reason, Number(r.n)])),
    },
    unansweredGroups: groupQuestions(asked)
      .slice(0, GROUPS_SHOWN)
      .map((group: QuestionGroup) => ({ ...group, lastAskedAt: group.lastAskedAt.toISOString() })),
    recentUnanswered: asked.slice(0, 20).map((q) => ({ question: q.text, at: q.at.toISOString() })),
    comments: comments.map(
      (row): FeedbackComment => ({
        at: new Date(Number(row.at_ms)).toISOString(),
        question: row.question,
        answer: row.answer,
        outcome: row.outcome,
        rating: row.rating,
        reasons: row.reasons,
        comment: row.comment,
      }),
    ),
  };
}

function zero(): Record<Outcome, number> {
  return { answered: 0, fallback: 0, blocked: 0, handoff: 0 };
}

function isCounted(outcome: string | null): outcome is Outcome {
  return (OUTCOMES as readonly string[]).includes(outcome ?? '');
}
