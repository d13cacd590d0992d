import { z } from 'zod';
import {
  ANSWER_SETS,
  ENDORSER_CAPACITIES,
  type Endorsement,
  incidentThresholdsSchema,
  type Reassessment,
  type StageStatus,
} from '../../governance/index.ts';
import { ASSESSMENT_STAGES, ASSESSMENT_STATUSES, REASSESSMENT_KINDS } from '../../store/index.ts';
import { text, timestamp } from '../schemas.ts';

/** The request and response schemas of the assessment workflow's routes, and the rows' JSON. */

export const bilingual = z.object({ en: z.string(), zhHant: z.string() });
export const capacitySchema = z.enum(ENDORSER_CAPACITIES);
export const stageSchema = z.enum(ASSESSMENT_STAGES);
export const setNameSchema = z.enum(ANSWER_SETS);

/** A question id as templates write them: `Q9(i)`, `C(ii)`, `header.owner`, `R.use`, AI Verify's `1.2.3`. */
export const questionIdSchema = z.string().regex(/^[A-Za-z0-9().:_-]{1,64}$/, 'must be a question id such as Q9(i)');

export const answerInputSchema = z
  .object({
    value: text(4000).describe('yes / no / na, go / no_go / escalate, low / medium / high, or text'),
    justification: text(4000).optional().describe('Why: required when the value is na'),
  })
  .strict();

export const answersPatchSchema = z
  .record(questionIdSchema, answerInputSchema.nullable())
  .refine((answers) => Object.keys(answers).length <= 300, {
    message: 'must hold at most 300 answers',
    params: { zhHant: '最多只可有 300 個答案' },
  })
  .describe('Question id → answer; null clears it');

export const storedAnswerSchema = z.object({
  value: z.string(),
  justification: z.string().optional(),
  reviewerComment: z.string().optional(),
});
export const answerSetSchema = z.object({
  templateId: z.string(),
  templateVersion: z.string(),
  answers: z.record(z.string(), storedAnswerSchema),
});

export const derivationSchema = z
  .object({
    impact: z.enum(['low', 'high']),
    tier: z.enum(['unacceptable', 'high', 'limited', 'low']),
    oversight: z.enum(['in-the-loop', 'in-command', 'out-of-the-loop']).nullable(),
    reasons: z.array(z.unknown()).describe('The answers that produced each result, with why'),
  })
  .describe('Derived on submit and copied to the application');

export const problemSchema = z.object({
  set: setNameSchema,
  questionId: z.string(),
  code: z.string(),
  field: z.string(),
  message: bilingual,
});

export const decisionSchema = z.object({
  id: z.string(),
  round: z.number().int(),
  userId: z.string(),
  capacity: capacitySchema,
  decision: z.enum(['endorse', 'return']),
  comment: z.string().nullable(),
  createdAt: timestamp,
});

export const assessmentSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  departmentId: z.string(),
  stage: stageSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  round: z.number().int().describe('Submissions so far; endorsements belong to one round'),
  templateId: z.string(),
  templateVersion: z.string().describe('The edition it was made with, kept when a newer one ships'),
  templates: z.array(z.string()).describe('Every template edition it is answered on, as id@version'),
  answers: z.record(z.string(), storedAnswerSchema),
  tierAnswers: answerSetSchema.nullable(),
  privacyAnswers: answerSetSchema.nullable().describe('The PCPD checklist: present when personal data is used'),
  derivation: derivationSchema.nullable(),
  preparers: z.array(z.string()).describe('Who prepared or submitted it: none of them may endorse it'),
  submittedBy: z.string().nullable(),
  submittedAt: timestamp.nullable(),
  completedAt: timestamp.nullable(),
  problems: z.array(problemSchema).describe('What keeps it from submission: empty means it may be submitted'),
  requiredEndorsements: z.array(capacitySchema).nullable(),
  missingEndorsements: z.array(capacitySchema).nullable(),
  decisions: z.array(decisionSchema).describe('Every endorsement and return, every round (returned comments kept)'),
  createdBy: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const reassessmentSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  kind: z.enum(REASSESSMENT_KINDS),
  reason: z.string(),
  detail: z.record(z.string(), z.unknown()),
  createdBy: z.string(),
  createdAt: timestamp,
});

export const stageStatusSchema = z.object({
  assessmentId: z.string(),
  stage: stageSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  templateId: z.string(),
  templateVersion: z.string(),
  round: z.number().int(),
  derivation: derivationSchema.nullable(),
  problems: z.array(problemSchema),
  endorsements: z.array(z.object({ capacity: capacitySchema, userId: z.string(), at: timestamp })),
  requiredEndorsements: z.array(capacitySchema).nullable(),
  missingEndorsements: z.array(capacitySchema).nullable(),
  privacyChecklist: z.object({ required: z.boolean(), complete: z.boolean() }),
  goNoGo: z.string().nullable().describe("Q58's answer: go, no_go or escalate"),
  completedAt: timestamp.nullable(),
});

export const settingsSchema = z.object({
  departmentId: z.string(),
  suspendOverdue: z.boolean().describe('Suspend live applications whose periodic review is overdue'),
  incidentThresholds: incidentThresholdsSchema.describe(
    'When guard events open a draft incident for a person to confirm',
  ),
});

export const iso = (date: Date | null) => date?.toISOString() ?? null;

export const decisionJson = (row: Endorsement) => ({
  id: row.id,
  round: row.round,
  userId: row.userId,
  capacity: row.capacity,
  decision: row.decision,
  comment: row.comment,
  createdAt: row.createdAt.toISOString(),
});

export const reassessmentJson = (row: Reassessment) => ({
  id: row.id,
  applicationId: row.applicationId,
  kind: row.kind,
  reason: row.reason,
  detail: row.detail as Record<string, unknown>,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

export const stageJson = (status: StageStatus) => ({
  ...status,
  endorsements: status.endorsements.map((e) => ({ ...e, at: e.at.toISOString() })),
  completedAt: iso(status.completedAt),
});
