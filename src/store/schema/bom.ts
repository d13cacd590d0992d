import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments } from './access.ts';
import { aiApplications } from './governance.ts';

/** What changed in an AI bill of materials (issue #18, "AI supply chain"). */
export const BOM_CHANGE_KINDS = [
  /** A provider answered an application's calls as a model / `system_fingerprint` not seen before. */
  'model_identity',
  /** A knowledge source feeds the application for the first time. */
  'knowledge_source',
  /** A knowledge source the application already had published new content (another SHA-256). */
  'knowledge_version',
  /** The application uses a dataset of the data catalogue for the first time, or its classification or personal data changed. */
  'dataset',
  /** LionRock's own dependencies changed (the lockfile's SHA-256 differs from the last one recorded). */
  'dependencies',
] as const;
export type BomChangeKind = (typeof BOM_CHANGE_KINDS)[number];

/**
 * Every change seen in an application's AI bill of materials, with its date; the platform's own
 * dependency updates have no application. `key` makes recording idempotent across nodes: the same
 * change seen by two sweeps is one row (`insert … on conflict do nothing`).
 */
export const bomChanges = pgTable(
  'bom_changes',
  {
    id: uuid('id').primaryKey(),
    /** `<application id | platform>:<kind>:<what>`, unique. */
    key: text('key').notNull().unique(),
    applicationId: uuid('application_id').references(() => aiApplications.id),
    departmentId: uuid('department_id').references(() => departments.id),
    kind: text('kind', { enum: BOM_CHANGE_KINDS }).notNull(),
    /** A sentence a person reads, in English and 繁體中文. */
    summaryEn: text('summary_en').notNull(),
    summaryZhHant: text('summary_zh_hant').notNull(),
    /** What changed, e.g. `{provider, model, fingerprint}` or `{sourceId, version, sha256}`. */
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** The first record of an application's BOM is its baseline: recorded, never significant. */
    baseline: boolean('baseline').notNull().default(false),
    /** Governance counts it as significant (a model change, a new source): re-assessment falls due. */
    significant: boolean('significant').notNull().default(false),
    /** When the change happened where known (the first call seen, the version's review), else when it was seen. */
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bom_changes_application_idx').on(t.applicationId, t.changedAt)],
);
