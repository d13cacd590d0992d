import { sql } from 'drizzle-orm';
import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { apiKeys, departments, users } from './schema/access.ts';
import { createdAt, updatedAt } from './schema/columns.ts';
import { aiApplications } from './schema/governance.ts';
import {
  governanceAssessments,
  governanceEndorsements,
  governanceReassessments,
  governanceSettings,
} from './schema/governance-assessments.ts';
import { botEvaluationSettings, evaluationItems, evaluationRuns } from './schema/evaluations.ts';
import {
  assistantDocuments,
  assistantDraftVersions,
  assistantDrafts,
  assistantGlossaries,
  assistantPolicies,
} from './schema/assistant.ts';
import { oidcIdentities, sessions } from './schema/sessions.ts';
import { incidentApplications, incidentEvents, incidents, transparencyNotices } from './schema/accountability.ts';
import { bomChanges } from './schema/bom.ts';
import {
  consentRequests,
  dataConsents,
  datasetApplications,
  datasetKnowledgeSources,
  datasets,
} from './schema/data-governance.ts';

export { apiKeys, departments, users } from './schema/access.ts';
export { oidcIdentities, sessions } from './schema/sessions.ts';
export * from './schema/governance.ts';
export * from './schema/governance-assessments.ts';
export * from './schema/evaluations.ts';
export * from './schema/assistant.ts';
export * from './schema/accountability.ts';
export * from './schema/bom.ts';
export * from './schema/data-governance.ts';

/**
 * The one LionRock schema (with the per-capability files of schema/ it re-exports). Changes go
 * through `npm run db:generate`, which writes a versioned SQL migration into `drizzle/`; never
 * edit an applied migration.
 */

/**
 * The append-only, hash-chained audit trail. `hash` = SHA-256 over the entry's canonical JSON
 * including `prevHash`; a database trigger refuses UPDATE and DELETE (migration 0001).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    departmentId: uuid('department_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_department_seq_idx').on(t.departmentId, t.seq),
    index('audit_entity_idx').on(t.entityType, t.entityId),
    // The search's choices of action and entity type (`auditFacets`): counted from this index alone
    // (an index-only scan), not by reading every entry's row with its before/after.
    index('audit_department_action_idx').on(t.departmentId, t.action, t.entityType),
  ],
);

/**
 * The chain's head in one row. Appenders lock it (`FOR UPDATE`), which serialises concurrent
 * writers across every API node and lets `audit verify` detect deletion of the last entries.
 */
export const auditHead = pgTable('audit_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/** Guard (issue #4): domains blocked outright by the URL check, imported one per line. */
export const guardBlocklist = pgTable('guard_blocklist', {
  domain: text('domain').primaryKey(),
  /** Where the entry came from, e.g. the imported file's name. */
  source: text('source').notNull(),
  addedBy: text('added_by').notNull(),
  createdAt: createdAt(),
});

/**
 * Guard policies: one per department (`botId` = '') and optionally one per bot overriding it.
 * `policy` is validated by the guard's zod schema on the way in.
 */
export const guardPolicies = pgTable(
  'guard_policies',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    botId: text('bot_id').notNull().default(''),
    policy: jsonb('policy').notNull(),
    updatedBy: text('updated_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('guard_policies_scope_idx').on(t.departmentId, t.botId)],
);

/**
 * Knowledge (issue #5): a source is one FAQ file, document, web page or open-data catalogue a
 * department imports; each import of changed content is a new version. Only the version a source
 * points to as published is indexed and served.
 */
export const knowledgeSources = pgTable(
  'knowledge_sources',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** The bot this source feeds; null = every bot of the department. */
    botId: text('bot_id'),
    kind: text('kind', { enum: ['faq', 'document', 'catalogue'] }).notNull(),
    title: text('title').notNull(),
    /** File name or URL the content came from; with the department, what identifies a source. */
    origin: text('origin').notNull(),
    publishedVersion: integer('published_version'),
    /**
     * Bumped whenever what the index serves for this source changes without a new published version
     * (a learned phrasing): every node compares it on its poll, as it compares the published version.
     */
    revision: integer('revision').notNull().default(0),
    /** A pending or confirmed withdrawal (maker-checker): who asked, when and why. */
    withdrawalRequestedBy: text('withdrawal_requested_by'),
    withdrawalRequestedAt: timestamp('withdrawal_requested_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason'),
    /** Set when an approver confirmed the withdrawal: nothing of the source is served until a new version is published. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('knowledge_sources_origin_idx').on(t.departmentId, t.origin)],
);

export type KnowledgeVersionStatus = 'draft' | 'published' | 'rejected' | 'superseded' | 'withdrawn';

export const knowledgeVersions = pgTable(
  'knowledge_versions',
  {
    id: uuid('id').primaryKey(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => knowledgeSources.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    version: integer('version').notNull(),
    status: text('status').$type<KnowledgeVersionStatus>().notNull(),
    /** SHA-256 of the imported bytes: an unchanged re-import is recognised by it. */
    contentSha256: text('content_sha256').notNull(),
    mediaType: text('media_type').notNull(),
    /** Importer name and version, e.g. `pdf@1`. */
    importer: text('importer').notNull(),
    /** The extracted text, one line per chunk heading/paragraph: what diffs are computed on. */
    extractedText: text('extracted_text').notNull(),
    /** Unified diff against the previous version's text (empty for the first). */
    diff: text('diff').notNull().default(''),
    /** What the guard found in the draft, shown to the approver. */
    findings: jsonb('findings').notNull().default(sql`'[]'::jsonb`),
    editorId: text('editor_id').notNull(),
    reviewerId: text('reviewer_id'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    rejectReason: text('reject_reason'),
    /** Why the approver published a draft despite its import findings (passages flagged as injection are still withheld). */
    overrideReason: text('override_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('knowledge_versions_source_version_idx').on(t.sourceId, t.version),
    index('knowledge_versions_department_status_idx').on(t.departmentId, t.status),
  ],
);

/** A retrievable unit: an FAQ entry kept whole, or a passage of a document with its citation. */
export const knowledgeChunks = pgTable(
  'knowledge_chunks',
  {
    id: uuid('id').primaryKey(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => knowledgeVersions.id),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => knowledgeSources.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    ordinal: integer('ordinal').notNull(),
    kind: text('kind', { enum: ['faq', 'passage', 'dataset'] }).notNull(),
    /** Stable across versions for FAQ entries (the file's id column or the question), so learning sticks. */
    entryKey: text('entry_key').notNull(),
    question: text('question').notNull().default(''),
    text: text('text').notNull(),
    alternateQuestions: jsonb('alternate_questions').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    keywords: jsonb('keywords').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    language: text('language'),
    headingPath: jsonb('heading_path').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    page: integer('page'),
    /** Where to cite: the source page or URL the entry paraphrases, when the file gives one. */
    citationUrl: text('citation_url'),
    sha256: text('sha256').notNull(),
  },
  (t) => [index('knowledge_chunks_version_idx').on(t.versionId, t.ordinal)],
);

/**
 * Background jobs shared by every API node: a worker claims one with `FOR UPDATE SKIP LOCKED`
 * and a lease; a job whose lease ran out (its node died) is claimed again and resumes from its
 * checkpoint.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id').references(() => departments.id),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['queued', 'running', 'succeeded', 'failed'] }).notNull(),
    payload: jsonb('payload').notNull(),
    /** What the job has done so far, so a restarted job resumes instead of starting over. */
    checkpoint: jsonb('checkpoint'),
    progress: doublePrecision('progress').notNull().default(0),
    progressNote: text('progress_note'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lockedBy: text('locked_by'),
    error: text('error'),
    result: jsonb('result'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('jobs_claim_idx').on(t.status, t.runAfter)],
);

/**
 * Chat (issue #6): a bot belongs to a department; its behaviour lives in versions, and a published
 * version is immutable. `id` is a stable slug (e.g. `demo-1823`) used in URLs and as the
 * OpenAI-compatible `model` name.
 */
export const bots = pgTable('bots', {
  id: text('id').primaryKey(),
  departmentId: uuid('department_id')
    .notNull()
    .references(() => departments.id),
  /** The version served to citizens; null until one is published. */
  publishedVersion: integer('published_version'),
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const botVersions = pgTable(
  'bot_versions',
  {
    id: uuid('id').primaryKey(),
    botId: text('bot_id')
      .notNull()
      .references(() => bots.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published', 'superseded'] }).notNull(),
    /** Names, greeting, disclosure, fallback, languages, answer mode, threshold, model, quota: validated by the chat module. */
    config: jsonb('config').notNull(),
    createdBy: text('created_by').notNull(),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('bot_versions_bot_version_idx').on(t.botId, t.version)],
);

/** A conversation. Shared state, so any API node can continue it. */
export const chatSessions = pgTable(
  'chat_sessions',
  {
    id: uuid('id').primaryKey(),
    botId: text('bot_id')
      .notNull()
      .references(() => bots.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    botVersion: integer('bot_version').notNull(),
    /** The knowledge entries of the last answer: the topic a follow-up question refers to. */
    context: jsonb('context').notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('chat_sessions_bot_idx').on(t.botId, t.createdAt)],
);

/** One turn. Text is stored with personal data masked by the guard. */
export const chatMessages = pgTable(
  'chat_messages',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => chatSessions.id),
    botId: text('bot_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    role: text('role', { enum: ['user', 'assistant', 'agent'] }).notNull(),
    text: text('text').notNull(),
    language: text('language'),
    /** answered | fallback | blocked | handoff (assistant turns). */
    outcome: text('outcome'),
    confidence: doublePrecision('confidence'),
    citations: jsonb('citations').notNull().default(sql`'[]'::jsonb`),
    /** What the guard found (types, reasons; never raw personal data). */
    guard: jsonb('guard'),
    createdAt: createdAt(),
  },
  (t) => [
    index('chat_messages_session_idx').on(t.sessionId, t.createdAt),
    index('chat_messages_bot_idx').on(t.botId, t.createdAt),
  ],
);

/** The 1823 flow: submitted → referred → in_progress → replied → closed. */
export const handoffCases = pgTable(
  'handoff_cases',
  {
    id: uuid('id').primaryKey(),
    /** What the citizen is told and quotes, e.g. `LR-20261121-7K3Q9`. */
    reference: text('reference').notNull().unique(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    botId: text('bot_id').notNull(),
    sessionId: uuid('session_id').references(() => chatSessions.id),
    question: text('question').notNull(),
    language: text('language'),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['submitted', 'referred', 'in_progress', 'replied', 'closed'] }).notNull(),
    assigneeId: text('assignee_id'),
    reply: text('reply'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    /** The knowledge entry an agent marked as the right answer (taught to retrieval). */
    resolvedEntryId: text('resolved_entry_id'),
    /** SHA-256 of reference and the check code shown once to the citizen (handoff-check-code.ts). */
    checkCodeHash: text('check_code_hash'),
    /** The citizen's callback details, AES-256-GCM under the node's secretKey; purged after closing. */
    contactEncrypted: text('contact_encrypted'),
    /** Reply due by, from the holding department's SLA. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** Departments that referred the case on: they keep read-only sight of it. */
    referredFrom: jsonb('referred_from').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('handoff_cases_queue_idx').on(t.departmentId, t.status, t.createdAt),
    index('handoff_cases_referred_idx').using('gin', t.referredFrom),
  ],
);

export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => chatMessages.id),
    botId: text('bot_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    rating: text('rating', { enum: ['up', 'down'] }).notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('feedback_message_idx').on(t.messageId), index('feedback_bot_idx').on(t.botId, t.createdAt)],
);

/**
 * Gateway (issue #6): the only road to a model. Providers are OpenAI-compatible endpoints whose
 * keys are stored encrypted; a department may call only what its allow-list names.
 */
export const modelProviders = pgTable('model_providers', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  baseUrl: text('base_url').notNull(),
  /** AES-256-GCM ciphertext of the provider's API key (null for keyless local servers). */
  apiKeyEncrypted: text('api_key_encrypted'),
  models: jsonb('models').$type<string[]>().notNull(),
  timeoutMs: integer('timeout_ms').notNull().default(30_000),
  maxRetries: integer('max_retries').notNull().default(2),
  status: text('status', { enum: ['active', 'disabled'] })
    .notNull()
    .default('active'),
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const modelAllowlist = pgTable(
  'model_allowlist',
  {
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => modelProviders.id),
    /** A model name, or `*` for every model of the provider. */
    model: text('model').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('model_allowlist_idx').on(t.departmentId, t.providerId, t.model)],
);

/** Limits per department (botId '') or per bot; null = unlimited. */
export const quotas = pgTable(
  'quotas',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    botId: text('bot_id').notNull().default(''),
    requestsPerMinute: integer('requests_per_minute'),
    tokensPerMinute: integer('tokens_per_minute'),
    requestsPerMonth: integer('requests_per_month'),
    tokensPerMonth: bigint('tokens_per_month', { mode: 'number' }),
    updatedBy: text('updated_by').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('quotas_scope_idx').on(t.departmentId, t.botId)],
);

/**
 * Counters for rate limits and quotas, shared by every node: one row per scope and window
 * (`dept:<id>:minute:<epoch-minute>`), incremented atomically with an upsert.
 */
export const usageCounters = pgTable(
  'usage_counters',
  {
    key: text('key').primaryKey(),
    requests: bigint('requests', { mode: 'number' }).notNull().default(0),
    tokens: bigint('tokens', { mode: 'number' }).notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('usage_counters_expiry_idx').on(t.expiresAt)],
);

/** Every model call (or refusal): metering and audit by hashes, never raw prompts. */
export const modelCalls = pgTable(
  'model_calls',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id').notNull(),
    botId: text('bot_id'),
    providerId: uuid('provider_id'),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    status: text('status', { enum: ['ok', 'error', 'refused'] }).notNull(),
    reason: text('reason'),
    promptTokens: integer('prompt_tokens').notNull().default(0),
    completionTokens: integer('completion_tokens').notNull().default(0),
    latencyMs: integer('latency_ms').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    promptSha256: text('prompt_sha256'),
    responseSha256: text('response_sha256'),
    /** The model the provider said answered and its `system_fingerprint`: compared with the assessed ones (issue #16). */
    reportedModel: text('reported_model'),
    systemFingerprint: text('system_fingerprint'),
    createdAt: createdAt(),
  },
  (t) => [index('model_calls_usage_idx').on(t.departmentId, t.createdAt)],
);

/** Every table, parents before children: the order backup writes and restore reads. */
export const ALL_TABLES = {
  departments,
  users,
  apiKeys,
  auditLog,
  auditHead,
  guardBlocklist,
  guardPolicies,
  knowledgeSources,
  knowledgeVersions,
  knowledgeChunks,
  jobs,
  bots,
  botVersions,
  chatSessions,
  chatMessages,
  handoffCases,
  feedback,
  modelProviders,
  modelAllowlist,
  quotas,
  usageCounters,
  modelCalls,
  sessions,
  oidcIdentities,
  aiApplications,
  evaluationRuns,
  evaluationItems,
  botEvaluationSettings,
  governanceAssessments,
  governanceEndorsements,
  governanceReassessments,
  governanceSettings,
  bomChanges,
  assistantDocuments,
  assistantPolicies,
  assistantDrafts,
  assistantDraftVersions,
  assistantGlossaries,
  transparencyNotices,
  incidents,
  incidentApplications,
  incidentEvents,
  datasets,
  datasetApplications,
  datasetKnowledgeSources,
  dataConsents,
  consentRequests,
} as const;
