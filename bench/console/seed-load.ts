import { sql } from 'drizzle-orm';
import type { Executor } from '../../src/store/index.ts';

export interface LoadShape {
  conversations: number;
  handoffCases: number;
  days: number;
}

/**
 * Gives the demo department a working history in a few statements (generate_series, no per-row
 * round trips): `conversations` chat sessions over `days` days on the demo bots, each a citizen
 * question and an answer (answered / fallback / blocked / handoff), some with feedback, and
 * `handoffCases` cases across the 1823 flow's statuses, a fifth of them overdue.
 */
export async function seedLoad(db: Executor, shape: LoadShape): Promise<void> {
  const { conversations, handoffCases, days } = shape;
  await db.execute(sql`
    with dept as (select id from departments where code = 'demo'),
    bot as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total from bots where department_id = (select id from dept))
    insert into chat_sessions (id, bot_id, department_id, bot_version, created_at, last_active_at)
    select md5('s' || g)::uuid, bot.id, (select id from dept), 1,
           now() - (g % ${days}) * interval '1 day' - (g % 1440) * interval '1 minute',
           now() - (g % ${days}) * interval '1 day' - (g % 1440) * interval '1 minute'
    from generate_series(1, ${conversations}) as g
    join bot on bot.n = g % bot.total`);
  await db.execute(sql`
    insert into chat_messages (id, session_id, bot_id, department_id, role, text, language, outcome, confidence, created_at)
    select md5(s.id::text || turn.role)::uuid, s.id, s.bot_id, s.department_id, turn.role,
           case when turn.role = 'user' then '狗牌幾錢？' else '狗牌每年八十元。' end,
           'yue',
           case when turn.role = 'user' then null
                else (array['answered','answered','answered','answered','answered','answered','fallback','fallback','blocked','handoff'])[1 + (abs(hashtext(s.id::text)) % 10)] end,
           case when turn.role = 'user' then null else 0.4 + (abs(hashtext(s.id::text)) % 60) / 100.0 end,
           s.created_at + turn.offset_s * interval '1 second'
    from chat_sessions s
    cross join (values ('user', 0), ('assistant', 1)) as turn(role, offset_s)`);
  await db.execute(sql`
    insert into feedback (id, message_id, bot_id, department_id, rating, created_at)
    select md5('f' || m.id::text)::uuid, m.id, m.bot_id, m.department_id,
           case when abs(hashtext(m.id::text)) % 4 = 0 then 'down' else 'up' end, m.created_at
    from chat_messages m
    where m.role = 'assistant' and abs(hashtext(m.id::text)) % 5 = 0`);
  await db.execute(sql`
    with dept as (select id, handoff_sla_hours from departments where code = 'demo'),
    s as (select id, bot_id, created_at, row_number() over (order by id) as n from chat_sessions)
    insert into handoff_cases (id, reference, department_id, bot_id, session_id, question, language, reason, status, due_at, created_at, updated_at)
    select md5('h' || s.n)::uuid, 'LR-LOAD-' || lpad(s.n::text, 6, '0'), (select id from dept), s.bot_id, s.id,
           '我想搵真人跟進噪音投訴', 'yue', 'asked_for_person',
           (array['submitted','submitted','referred','in_progress','replied','closed'])[1 + (s.n % 6)],
           case when s.n % 5 = 0 then now() - interval '1 day' else now() + (s.n % 48) * interval '1 hour' end,
           s.created_at, s.created_at
    from s where s.n <= ${handoffCases}`);
}
