import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments, users } from './access.ts';
import { createdAt, updatedAt } from './columns.ts';
import { aiApplications } from './governance.ts';

/** The assessment stages of the AI Application Impact Assessment, in lifecycle order. */
export const ASSESSMENT_STAGES = ['planning', 'development', 'deployment', 'monitoring'] as const;
export type AssessmentStage = (typeof ASSESSMENT_STAGES)[number];

/** draft (answers saved, editable) → in_review (submitted, endorsements collected) → complete. A return goes back to draft. */
export const ASSESSMENT_STATUSES = ['draft', 'in_review', 'complete'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** In which capacity a person endorses or returns an assessment. */
export const ENDORSER_CAPACITY_VALUES = ['project_owner', 'assurance_reviewer', 'it_board'] as const;

/** One answer as stored: the value, its justification (required for N/A) and the reviewer's comment. */
export interface StoredAnswer {
  value: string;
  justification?: string;
  reviewerComment?: string;
}

/** Answers to one template edition, which they keep for life. */
export interface StoredAnswerSet {
  templateId: string;
  templateVersion: string;
  answers: Record<string, StoredAnswer>;
}

/** What the workflow derived on submit, with the answers that produced each result. */
export interface StoredDerivation {
  impact: 'low' | 'high';
  tier: 'unacceptable' | 'high' | 'limited' | 'low';
  /** The human oversight the PCPD risk level requires; null when no personal data is used (no checklist). */
  oversight: 'in-the-loop' | 'in-command' | 'out-of-the-loop' | null;
  reasons: unknown[];
}

/** A model identity a provider reported for the application's bot: what re-assessment compares against. */
export interface ModelIdentity {
  model: string;
  fingerprint: string | null;
}

/**
 * One staged assessment of an AI application (issue #16, "Workflow"): answers to the impact
 * assessment template edition it was started on, the GenAI tier answers and, when personal data is
 * used, the PCPD privacy checklist. `round` counts submissions: endorsements belong to one round,
 * and a return ends it.
 */
export const governanceAssessments = pgTable(
  'governance_assessments',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => aiApplications.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    stage: text('stage', { enum: ASSESSMENT_STAGES }).notNull(),
    templateId: text('template_id').notNull(),
    templateVersion: text('template_version').notNull(),
    answers: jsonb('answers').$type<Record<string, StoredAnswer>>().notNull().default(sql`'{}'::jsonb`),
    tierAnswers: jsonb('tier_answers').$type<StoredAnswerSet>(),
    privacyAnswers: jsonb('privacy_answers').$type<StoredAnswerSet>(),
    status: text('status', { enum: ASSESSMENT_STATUSES }).notNull().default('draft'),
    round: integer('round').notNull().default(0),
    derivation: jsonb('derivation').$type<StoredDerivation>(),
    /** Everyone who saved answers or submitted: none of them may endorse it, in any capacity. */
    preparers: jsonb('preparers').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    submittedBy: text('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The model identities the bot's provider reported when the stage completed (empty: none seen yet). */
    assessedModels: jsonb('assessed_models').$type<ModelIdentity[]>(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('governance_assessments_application_idx').on(t.applicationId, t.stage, t.createdAt),
    index('governance_assessments_department_idx').on(t.departmentId, t.status),
  ],
);

/** An endorsement or a return with comments, by one person in one capacity, in one review round. */
export const governanceEndorsements = pgTable(
  'governance_endorsements',
  {
    id: uuid('id').primaryKey(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => governanceAssessments.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    round: integer('round').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    capacity: text('capacity', { enum: ENDORSER_CAPACITY_VALUES }).notNull(),
    decision: text('decision', { enum: ['endorse', 'return'] }).notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('governance_endorsements_capacity_idx').on(t.assessmentId, t.round, t.capacity),
    uniqueIndex('governance_endorsements_person_idx').on(t.assessmentId, t.round, t.userId),
  ],
);

/** Why re-assessment fell due. */
export const REASSESSMENT_KINDS = [
  'model_change',
  'data_source',
  'knowledge_source_type',
  'policy_change',
  'schedule',
  'incident',
] as const;
export type ReassessmentKind = (typeof REASSESSMENT_KINDS)[number];

/**
 * Re-assessment due on an application: one row per significant change (or incident, or a missed
 * periodic review), open until a stage of the application completes after it.
 */
export const governanceReassessments = pgTable(
  'governance_reassessments',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => aiApplications.id),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    kind: text('kind', { enum: REASSESSMENT_KINDS }).notNull(),
    reason: text('reason').notNull(),
    /** What changed, e.g. `{model, fingerprint}` or the knowledge source's kind: compared to skip repeats. */
    detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** The completed assessment that answered it. */
    resolvedBy: uuid('resolved_by'),
  },
  (t) => [index('governance_reassessments_open_idx').on(t.applicationId, t.resolvedAt)],
);

/** A department's thresholds for draft incidents from guard events, as stored. */
export interface StoredIncidentThresholds {
  windowMinutes: number;
  attackBurst: number;
  outputPersonalData: number;
}

/** A department's governance policy; a department without a row has the defaults. */
export const governanceSettings = pgTable('governance_settings', {
  departmentId: uuid('department_id')
    .primaryKey()
    .references(() => departments.id),
  /** Suspend a live application whose periodic review is overdue (default off: it is only flagged). */
  suspendOverdue: boolean('suspend_overdue').notNull().default(false),
  /**
   * When guard events open a draft incident (issue #18): `{windowMinutes, attackBurst,
   * outputPersonalData}`, validated by the service; null until the department sets them (defaults).
   */
  incidentThresholds: jsonb('incident_thresholds').$type<StoredIncidentThresholds>(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: updatedAt(),
});
