import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments } from './access.ts';
import { createdAt, updatedAt } from './columns.ts';

/**
 * One run of an evaluation suite against one bot version (issue 16): queued with its job, then
 * running, then passed / failed against the suite's threshold (or `error` when it could not run).
 * `botId` names the bot without a foreign key: bots live in schema.ts, which re-exports this file.
 */
export const evaluationRuns = pgTable(
  'evaluation_runs',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    botId: text('bot_id').notNull(),
    /** The bot version evaluated: the latest (what publishing would serve) when the run started. */
    botVersion: integer('bot_version').notNull(),
    suiteId: text('suite_id').notNull(),
    suiteVersion: integer('suite_version').notNull(),
    status: text('status', { enum: ['queued', 'running', 'passed', 'failed', 'error'] }).notNull(),
    /** Share of items passed, 0–100; null until finished. */
    score: doublePrecision('score'),
    /** Moonshot grade A–E of the score on the suite's grading scale. */
    grade: text('grade', { enum: ['A', 'B', 'C', 'D', 'E'] }),
    passThreshold: doublePrecision('pass_threshold').notNull(),
    itemCount: integer('item_count').notNull().default(0),
    passedCount: integer('passed_count').notNull().default(0),
    jobId: uuid('job_id'),
    trigger: text('trigger', { enum: ['on_demand', 'schedule'] }).notNull(),
    triggeredBy: text('triggered_by').notNull(),
    error: text('error'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('evaluation_runs_bot_idx').on(t.botId, t.suiteId, t.createdAt),
    index('evaluation_runs_department_idx').on(t.departmentId),
  ],
);

/** Each prompt of a run: what was asked, what the bot answered and the verdict. */
export const evaluationItems = pgTable(
  'evaluation_items',
  {
    id: uuid('id').primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => evaluationRuns.id),
    ordinal: integer('ordinal').notNull(),
    itemId: text('item_id').notNull(),
    category: text('category').notNull(),
    language: text('language').notNull(),
    prompt: text('prompt').notNull(),
    expected: text('expected'),
    answer: text('answer').notNull(),
    outcome: text('outcome').notNull(),
    /** Entry ids the answer cited. */
    citations: jsonb('citations').$type<string[]>().notNull(),
    verdict: text('verdict', { enum: ['pass', 'fail'] }).notNull(),
    /** Why, in English (items stored before reason codes have only this). */
    reason: text('reason').notNull(),
    /** Why, as a code of the evaluation's reason table (src/governance/evaluation/verdict-reasons.ts). */
    reasonCode: text('reason_code'),
    /** The values the reason's words name. */
    reasonParams: jsonb('reason_params').$type<Record<string, string | number>>(),
  },
  (t) => [index('evaluation_items_run_idx').on(t.runId, t.ordinal)],
);

/** A bot's evaluation schedule: every `intervalHours` the sweep queues its required suites. */
export const botEvaluationSettings = pgTable('bot_evaluation_settings', {
  botId: text('bot_id').primaryKey(),
  departmentId: uuid('department_id')
    .notNull()
    .references(() => departments.id),
  /** Null: no schedule (runs on demand only). */
  intervalHours: integer('interval_hours'),
  updatedBy: text('updated_by').notNull(),
  updatedAt: updatedAt(),
});
