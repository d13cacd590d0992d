import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments, users } from './access.ts';
import { createdAt, updatedAt } from './columns.ts';

/** What kind of AI application an entry is: a LionRock bot, a document-assistant use, or an external system. */
export const AI_APPLICATION_TYPES = [
  'lionrock_bot',
  'document_assistant',
  'ocr',
  'predictive_analytics',
  'scheduling',
  'image_analysis',
  'other',
] as const;
export type AiApplicationType = (typeof AI_APPLICATION_TYPES)[number];

/** The Ethical AI Framework's AI lifecycle, in order. */
export const AI_LIFECYCLE_STAGES = [
  'strategy',
  'planning',
  'ecosystem',
  'development',
  'deployment',
  'operation_monitoring',
] as const;
export type AiLifecycleStage = (typeof AI_LIFECYCLE_STAGES)[number];

/** Where an application stands; the allowed moves are a table in src/governance/registry. */
export const AI_APPLICATION_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'testing',
  'live',
  'suspended',
  'retired',
] as const;
export type AiApplicationStatus = (typeof AI_APPLICATION_STATUSES)[number];

/** A model an application uses and who provides it (`{provider: "openai", model: "gpt-4o-mini"}`). */
export interface AiApplicationModel {
  provider: string;
  model: string;
}

/**
 * The AI application registry, which is also the AI tool catalogue departments search and reuse
 * (issue #16). Every LionRock bot has one row (`bot_id`); external systems a department runs have
 * none. `impact`, `tier` and `risk_level` are null until the assessment workflow derives them.
 *
 * `bot_id` and `reused_from` carry no foreign key: `bots` lives in schema.ts, which re-exports this
 * file (a key would make the two import each other), and a self-reference would make restore depend
 * on row order. The registry service checks both.
 */
export const aiApplications = pgTable(
  'ai_applications',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /**
     * The project owner: a user of the department. Null only for a bot registered on its creation by
     * someone who is not a user (the CLI operator) until a preparer names one.
     */
    ownerId: uuid('owner_id').references(() => users.id),
    type: text('type', { enum: AI_APPLICATION_TYPES }).notNull(),
    nameEn: text('name_en').notNull(),
    nameZhHant: text('name_zh_hant').notNull(),
    purposeEn: text('purpose_en').notNull(),
    purposeZhHant: text('purpose_zh_hant').notNull(),
    publicFacing: boolean('public_facing').notNull(),
    generative: boolean('generative').notNull(),
    personalData: boolean('personal_data').notNull(),
    /** Which kinds of personal data (e.g. `name`, `hkid`, `phone`); empty when `personal_data` is false. */
    personalDataKinds: jsonb('personal_data_kinds').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    models: jsonb('models').$type<AiApplicationModel[]>().notNull().default(sql`'[]'::jsonb`),
    dataSources: jsonb('data_sources').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    lifecycleStage: text('lifecycle_stage', { enum: AI_LIFECYCLE_STAGES }).notNull().default('strategy'),
    status: text('status', { enum: AI_APPLICATION_STATUSES }).notNull().default('draft'),
    /** The LionRock bot this application is, if it is one. */
    botId: text('bot_id'),
    /** The application this one was made from by a request to reuse (possibly another department's). */
    reusedFrom: uuid('reused_from'),
    /** Set by the assessment workflow: `low | high` from the gating criteria. */
    impact: text('impact', { enum: ['low', 'high'] }),
    /** Set by the assessment workflow: the GenAI guideline tier. */
    tier: text('tier', { enum: ['unacceptable', 'high', 'limited', 'low'] }),
    /** Set by the assessment workflow: the catalogue's one-word risk (`low | medium | high`). */
    riskLevel: text('risk_level', { enum: ['low', 'medium', 'high'] }),
    /**
     * Bumped by every change to the row: the catalogue index compares the sum over all rows with what
     * it loaded, so each API node sees another node's change on its next search.
     */
    revision: integer('revision').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('ai_applications_department_idx').on(t.departmentId),
    uniqueIndex('ai_applications_bot_idx').on(t.botId),
    index('ai_applications_reused_from_idx').on(t.reusedFrom),
  ],
);
