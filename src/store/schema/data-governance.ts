import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments } from './access.ts';
import { createdAt, updatedAt } from './columns.ts';
import { aiApplications } from './governance.ts';

/** The Government's data classification levels, least to most protected. */
export const DATA_CLASSIFICATIONS = ['public', 'internal', 'restricted', 'confidential'] as const;
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

/**
 * A department's data catalogue (issue #18, data governance): what a dataset is, who owns it, how
 * it is classified, whether it holds personal data and of which kinds, how long it is kept and
 * which source systems it comes from.
 */
export const datasets = pgTable(
  'datasets',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** A short name unique in the department, e.g. `licence-applications`. */
    name: text('name').notNull(),
    titleEn: text('title_en').notNull(),
    titleZhHant: text('title_zh_hant').notNull(),
    description: text('description').notNull().default(''),
    /** The post or person accountable for the dataset (the data owner). */
    owner: text('owner').notNull(),
    classification: text('classification', { enum: DATA_CLASSIFICATIONS }).notNull(),
    personalData: boolean('personal_data').notNull(),
    /** Kinds of personal data held, e.g. `name`, `hkid`, `phone`; empty without personal data. */
    personalDataKinds: jsonb('personal_data_kinds').$type<string[]>().notNull(),
    /** How long records are kept, in words of the retention schedule (e.g. `7 years after closure`). */
    retention: text('retention').notNull(),
    /** Lineage: the source systems the data comes from. */
    sourceSystems: jsonb('source_systems').$type<string[]>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('datasets_department_name_idx').on(t.departmentId, t.name)],
);

/** Which AI applications use a dataset. */
export const datasetApplications = pgTable(
  'dataset_applications',
  {
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => datasets.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => aiApplications.id),
  },
  (t) => [
    primaryKey({ columns: [t.datasetId, t.applicationId] }),
    index('dataset_applications_application_idx').on(t.applicationId),
  ],
);

/**
 * A knowledge source's dataset: each source links to at most one, of its own department or, under
 * a live consent (or when public), of another. (No foreign key to knowledge_sources: that table
 * lives in schema.ts, which re-exports this file; the service checks the source exists.)
 */
export const datasetKnowledgeSources = pgTable(
  'dataset_knowledge_sources',
  {
    sourceId: uuid('source_id').primaryKey(),
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => datasets.id),
    /**
     * What the source uses another department's dataset for: the purpose a live consent must name
     * (scope: the dataset's name). Null for the department's own or a public dataset.
     */
    purpose: text('purpose'),
  },
  (t) => [index('dataset_knowledge_sources_dataset_idx').on(t.datasetId)],
);

/** Whose consent it is: the data subject's, or the department that owns the data. */
export const CONSENT_OWNER_KINDS = ['data_subject', 'department'] as const;
export type ConsentOwnerKind = (typeof CONSENT_OWNER_KINDS)[number];

/**
 * Consent to exchange data between departments (the Consented Data Exchange Gateway model): the
 * provider gives the consumer a scope of data for a purpose through a channel, from granted until
 * expires, unless revoked. Every use is checked against a live consent (`assertConsent`).
 */
export const dataConsents = pgTable(
  'data_consents',
  {
    id: uuid('id').primaryKey(),
    ownerKind: text('owner_kind', { enum: CONSENT_OWNER_KINDS }).notNull(),
    /** The data subject's reference (never their name) or the owning department's code. */
    ownerRef: text('owner_ref').notNull(),
    providerDepartmentId: uuid('provider_department_id')
      .notNull()
      .references(() => departments.id),
    consumerDepartmentId: uuid('consumer_department_id')
      .notNull()
      .references(() => departments.id),
    scope: text('scope').notNull(),
    purpose: text('purpose').notNull(),
    channel: text('channel').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    revocationReason: text('revocation_reason'),
    /** The request this consent approved, if any. */
    requestId: uuid('request_id'),
    grantedBy: text('granted_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('data_consents_lookup_idx').on(t.providerDepartmentId, t.consumerDepartmentId, t.scope, t.purpose)],
);

export const CONSENT_REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ConsentRequestStatus = (typeof CONSENT_REQUEST_STATUSES)[number];

/** A consumer department asking a provider department for data; the provider approves (a consent) or refuses. */
export const consentRequests = pgTable(
  'consent_requests',
  {
    id: uuid('id').primaryKey(),
    providerDepartmentId: uuid('provider_department_id')
      .notNull()
      .references(() => departments.id),
    consumerDepartmentId: uuid('consumer_department_id')
      .notNull()
      .references(() => departments.id),
    scope: text('scope').notNull(),
    purpose: text('purpose').notNull(),
    channel: text('channel').notNull(),
    justification: text('justification').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    status: text('status', { enum: CONSENT_REQUEST_STATUSES }).notNull(),
    requestedBy: text('requested_by').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    consentId: uuid('consent_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('consent_requests_provider_idx').on(t.providerDepartmentId, t.status),
    index('consent_requests_consumer_idx').on(t.consumerDepartmentId, t.status),
  ],
);
