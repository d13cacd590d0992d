import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { departments } from './access.ts';
import { createdAt, updatedAt } from './columns.ts';
import { aiApplications } from './governance.ts';

/** A text a person reads, in English and Traditional Chinese. */
export interface StoredBilingual {
  en: string;
  zhHant: string;
}

/**
 * What the officers write in a transparency notice (issue #18); everything else in the notice is
 * derived from the registry, the assessment and the evaluations when it is read.
 */
export interface TransparencyNoticeContent {
  /** What the AI does not do (UK ATRS tier 1 "what the tool does not do"). */
  doesNotDo: StoredBilingual;
  /** How to complain or appeal. */
  complaints: StoredBilingual;
  /** How to reach a person, beyond the bot's own fallback (optional). */
  contact?: StoredBilingual;
  /**
   * What data it uses, in the public's words in both languages (optional): the register's data
   * sources and personal-data kinds are written once, in one language.
   */
  dataUsed?: StoredBilingual;
}

/**
 * Versions of an application's public transparency notice (issue #18). At most one draft per
 * application (`published_at` null); publishing stamps it, and the newest published version is the
 * public one (served only while the application is live).
 */
export const transparencyNotices = pgTable(
  'transparency_notices',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => aiApplications.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<TransparencyNoticeContent>().notNull(),
    createdBy: text('created_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: text('published_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('transparency_notices_version_idx').on(t.applicationId, t.version)],
);

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** The PCPD's AI incident response steps, in order (Model Personal Data Protection Framework). */
export const INCIDENT_STEPS = ['define', 'monitor', 'report', 'contain', 'investigate', 'recover'] as const;
export type IncidentStep = (typeof INCIDENT_STEPS)[number];

/** draft (opened by a guard threshold, awaiting a person) → open → closed; a draft may be dismissed. */
export const INCIDENT_STATUSES = ['draft', 'open', 'closed', 'dismissed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Who or what opened an incident. */
export const INCIDENT_SOURCES = ['person', 'guard_attack_burst', 'guard_output_personal_data'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

/** The AI incident register (issue #18). */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    severity: text('severity', { enum: INCIDENT_SEVERITIES }).notNull(),
    status: text('status', { enum: INCIDENT_STATUSES }).notNull(),
    step: text('step', { enum: INCIDENT_STEPS }).notNull().default('define'),
    /** While open, its applications are suspended and the go-live gate refuses them. */
    suspends: boolean('suspends').notNull().default(false),
    source: text('source', { enum: INCIDENT_SOURCES }).notNull(),
    /** What a guard threshold saw (bot, counts, window); never the text. */
    sourceDetail: jsonb('source_detail').notNull().default(sql`'{}'::jsonb`),
    /** The person who reported it (for a guard draft, whoever confirmed it); null for an unconfirmed draft. */
    reportedBy: text('reported_by'),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('incidents_department_idx').on(t.departmentId, t.status)],
);

/** Which applications an incident concerns. */
export const incidentApplications = pgTable(
  'incident_applications',
  {
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => aiApplications.id),
  },
  (t) => [
    primaryKey({ columns: [t.incidentId, t.applicationId] }),
    index('incident_applications_application_idx').on(t.applicationId),
  ],
);

/** An incident's timeline: what happened and what was done, step by step. Append-only. */
export const incidentEvents = pgTable(
  'incident_events',
  {
    id: uuid('id').primaryKey(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    /** The step the incident was at (or moved to) with this entry. */
    step: text('step', { enum: INCIDENT_STEPS }).notNull(),
    /** `note`, `step`, `opened`, `drafted`, `confirmed`, `suspended`, `closed`, `dismissed`. */
    kind: text('kind').notNull(),
    note: text('note').notNull(),
    actor: text('actor').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('incident_events_incident_idx').on(t.incidentId, t.createdAt)],
);
