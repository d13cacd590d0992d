import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments } from './access.ts';
import { createdAt, updatedAt } from './columns.ts';

/**
 * The document assistant (issue 17). A workspace document is a file an officer uploaded for the
 * assistant's tasks (summarise, combine, minutes, Cantonese rewrite, translate): what the knowledge
 * importers extracted from it (`content`, an `Extracted`), or for transcripts and plain text the
 * text itself (`rawText`), plus what the guard found in it at upload. Tasks run as jobs (the jobs
 * table, kind `assistant.task`); both are deleted after the department's retention period.
 */
export const assistantDocuments = pgTable(
  'assistant_documents',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** The file name as uploaded. */
    name: text('name').notNull(),
    /** `document` (PDF, DOCX, HTML, text, scans) or `transcript` (WebVTT, SRT). */
    kind: text('kind', { enum: ['document', 'transcript'] }).notNull(),
    mediaType: text('media_type').notNull(),
    importer: text('importer').notNull(),
    contentSha256: text('content_sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Characters of text the document yields. */
    textChars: integer('text_chars').notNull(),
    pages: integer('pages'),
    /** What the importer extracted (null for transcripts). */
    content: jsonb('content'),
    /** The text as uploaded, for transcripts and plain text (speaker lines kept). */
    rawText: text('raw_text'),
    /** The guard's upload scan: passages carrying instructions, personal data or risky links (never the data). */
    findings: jsonb('findings').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('assistant_documents_department_idx').on(t.departmentId, t.createdAt)],
);

/**
 * A department's assistant policy. No row means the defaults (personal data masked, 90 days'
 * retention, no second officer's approval).
 */
export const assistantPolicies = pgTable('assistant_policies', {
  departmentId: uuid('department_id')
    .primaryKey()
    .references(() => departments.id),
  /** Whether personal data may reach a model unmasked. */
  allowPersonalDataToModel: boolean('allow_personal_data_to_model').notNull().default(false),
  /** Days workspace documents and task results are kept. */
  retentionDays: integer('retention_days').notNull().default(90),
  /** Whether a draft going outside needs a second officer's approval before export. */
  requireSecondOfficerApproval: boolean('require_second_officer_approval').notNull().default(false),
  updatedBy: text('updated_by').notNull(),
  updatedAt: updatedAt(),
});

/**
 * A draft written from a template (issue 17, Draft): the template edition, language, tone and
 * length, the officer's slot values and facts, and where it stands on the way out. `external`
 * drafts of a department whose policy asks for it need a second officer's approval of the current
 * version before they are finalised.
 */
export const assistantDrafts = pgTable(
  'assistant_drafts',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    title: text('title').notNull(),
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    language: text('language', { enum: ['en', 'zh-Hant'] }).notNull(),
    audience: text('audience', { enum: ['internal', 'external'] }).notNull(),
    tone: text('tone').notNull(),
    length: text('length').notNull(),
    slots: jsonb('slots').$type<Record<string, string>>().notNull(),
    facts: jsonb('facts').$type<string[]>().notNull(),
    status: text('status', { enum: ['draft', 'pending_approval', 'approved', 'rejected', 'finalised'] }).notNull(),
    currentVersion: integer('current_version').notNull(),
    approvalRequestedBy: text('approval_requested_by'),
    approvalRequestedAt: timestamp('approval_requested_at', { withTimezone: true }),
    /** The second officer's decision: who, when, on which version, with what comment. */
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedVersion: integer('decided_version'),
    decisionComment: text('decision_comment'),
    finalisedBy: text('finalised_by'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('assistant_drafts_department_idx').on(t.departmentId, t.updatedAt)],
);

/**
 * Each version of a draft: its paragraphs with their origin (template, model, officer), author and
 * time, how the version was made, the model when one wrote it, and its issue report.
 */
export const assistantDraftVersions = pgTable(
  'assistant_draft_versions',
  {
    id: uuid('id').primaryKey(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => assistantDrafts.id),
    version: integer('version').notNull(),
    paragraphs: jsonb('paragraphs').notNull(),
    method: text('method', { enum: ['template', 'model', 'officer'] }).notNull(),
    /** `provider/model` when a model wrote the version. */
    model: text('model'),
    issues: jsonb('issues').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('assistant_draft_versions_draft_version_idx').on(t.draftId, t.version)],
);

/**
 * A department's translation glossary (issue 17, Translate): its approved English ↔ Chinese term
 * pairs as the TSV an administrator uploaded. Every upload is a new version (the newest is the one
 * in force); who uploaded it and when are kept, and the upload is audited.
 */
export const assistantGlossaries = pgTable(
  'assistant_glossaries',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    version: integer('version').notNull(),
    /** The TSV as uploaded (format version 1, see src/assistant/translate/glossary.ts). */
    tsv: text('tsv').notNull(),
    /** Term pairs it holds. */
    entries: integer('entries').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('assistant_glossaries_department_version_idx').on(t.departmentId, t.version)],
);
