import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { auditContext, canSeeDepartment, type Principal, type ServiceContext } from '../../access/index.ts';
import { appendAudit } from '../../audit/index.ts';
import { AppError, type LocalizedText, notFound, type RefusalIssue, unknownDepartment } from '../../core/index.ts';
import {
  assistantDrafts,
  assistantDraftVersions,
  assistantPolicies,
  type Db,
  departments,
  type Executor,
  type Tx,
} from '../../store/index.ts';
import type { CompleteText } from '../summarise/index.ts';
import { type DraftInput, type DraftIssue, type DraftParagraph, draftText } from './draft-types.ts';
import { checkDraftInput, fillTemplate, stamp } from './fill-template.ts';
import { fillWithModel } from './generative-fill.ts';
import { draftIssues } from './issue-report.ts';
import { findDraftTemplate } from './load-templates.ts';
import { editedParagraphs } from './paragraph-origins.ts';
import type { DraftLanguage, DraftTemplate } from './template-schema.ts';

export type DraftRow = typeof assistantDrafts.$inferSelect;
export type DraftStatus = DraftRow['status'];

/** One version as stored, its paragraphs and issues typed. */
export interface DraftVersion {
  version: number;
  method: 'template' | 'model' | 'officer';
  model: string | null;
  paragraphs: DraftParagraph[];
  text: string;
  issues: DraftIssue[];
  createdBy: string;
  createdAt: Date;
}

/** A draft with its versions (oldest first) and whether it needs a second officer's approval. */
export interface Draft extends DraftRow {
  approvalRequired: boolean;
  versions: DraftVersion[];
}

/** A model bound to the gateway for one caller, and its name (`provider/model`) for the record. */
export interface DraftModel {
  complete: CompleteText;
  name: string;
}

export interface NewDraft {
  templateId: string;
  templateVersion?: number | undefined;
  language: DraftLanguage;
  title?: string | undefined;
  tone?: string | undefined;
  length?: string | undefined;
  slots: Record<string, string>;
  facts: string[];
  /** Only platform admins name another department. */
  departmentId?: string | undefined;
}

const ENTITY = 'assistant_draft';
const CANNOT_FILL: LocalizedText = {
  en: 'The draft cannot be filled from these values',
  zhHant: '未能以這些資料填寫草稿',
};
const invalid = (detail: LocalizedText, issues: readonly RefusalIssue[]) =>
  new AppError('validation_failed', detail, issues);

/** The department's drafting rules: a row of the assistant policy, or the defaults (no approval, masked). */
export async function draftPolicy(
  db: Executor,
  departmentId: string,
): Promise<{ requireSecondOfficerApproval: boolean; allowPersonalDataToModel: boolean }> {
  const [row] = await db
    .select({
      requireSecondOfficerApproval: assistantPolicies.requireSecondOfficerApproval,
      allowPersonalDataToModel: assistantPolicies.allowPersonalDataToModel,
    })
    .from(assistantPolicies)
    .where(eq(assistantPolicies.departmentId, departmentId));
  return row ?? { requireSecondOfficerApproval: false, allowPersonalDataToModel: false };
}

function templateOf(row: Pick<DraftRow, 'templateId' | 'templateVersion'>): DraftTemplate {
  const template = findDraftTemplate(row.templateId, row.templateVersion);
  if (!template)
    throw new AppError('internal', {
      en: `Draft template ${row.templateId}@${row.templateVersion} is gone`,
      zhHant: `草稿範本 ${row.templateId}@${row.templateVersion} 已不存在`,
    });
  return template;
}

function inputOf(row: DraftRow): DraftInput {
  return { language: row.language, slots: row.slots, facts: row.facts, tone: row.tone, length: row.length };
}

async function audit(tx: Tx, ctx: ServiceContext, action: string, row: DraftRow, extra: Record<string, unknown> = {}) {
  await appendAudit(tx, auditContext(ctx), {
    action,
    entityType: ENTITY,
    entityId: row.id,
    departmentId: row.departmentId,
    after: {
      status: row.status,
      version: row.currentVersion,
      templateId: row.templateId,
      templateVersion: row.templateVersion,
      ...extra,
    },
  });
}

async function insertVersion(
  tx: Tx,
  ctx: ServiceContext,
  draft: DraftRow,
  version: number,
  paragraphs: DraftParagraph[],
  method: DraftVersion['method'],
  model: string | null,
): Promise<DraftIssue[]> {
  const issues = draftIssues(templateOf(draft), inputOf(draft), draftText(paragraphs));
  await tx.insert(assistantDraftVersions).values({
    id: randomUUID(),
    draftId: draft.id,
    version,
    paragraphs,
    method,
    model,
    issues,
    createdBy: ctx.principal.id,
  });
  return issues;
}

/**
 * Writes a new draft from a template: filled from the slots and facts without a model, or its body
 * written by `model` (a gateway binding; personal data masked unless the department's policy allows
 * it). Version 1 records each paragraph's origin, and its issue report. Audited as `draft.create`.
 */
export async function createDraft(db: Db, ctx: ServiceContext, input: NewDraft, model?: DraftModel): Promise<Draft> {
  const template = findDraftTemplate(input.templateId, input.templateVersion);
  if (!template)
    throw invalid({ en: 'No such draft template', zhHant: '沒有此草稿範本' }, [
      {
        field: input.templateVersion === undefined ? 'body.templateId' : 'body.templateVersion',
        code: 'unknown',
        message: { en: 'is not a draft template', zhHant: '不是草稿範本' },
      },
    ]);
  const draftInput: DraftInput = {
    language: input.language,
    slots: input.slots,
    facts: input.facts,
    tone: input.tone,
    length: input.length,
  };
  const issues = checkDraftInput(template, draftInput);
  if (issues.length > 0) throw invalid(CANNOT_FILL, issues);
  const departmentId = input.departmentId ?? ctx.principal.departmentId;
  if (!departmentId || !canSeeDepartment(ctx.principal, departmentId)) throw unknownDepartment();
  const [department] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.id, departmentId));
  if (!department) throw unknownDepartment();
  const policy = await draftPolicy(db, departmentId);
  // The model call happens before the transaction: a slow model holds no database lock.
  const filled = model
    ? await fillWithModel(template, draftInput, model.complete, { allowPersonalData: policy.allowPersonalDataToModel })
    : fillTemplate(template, draftInput);
  const now = new Date();
  const templateRef = `${template.id}@${template.version}`;
  const paragraphs = stamp(filled, { template: templateRef, officer: ctx.principal.id, model: model?.name ?? '' }, now);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(assistantDrafts)
      .values({
        id: randomUUID(),
        departmentId,
        title:
          input.title ??
          `${template.title[input.language === 'en' ? 'en' : 'zh']}: ${input.slots.subject ?? input.slots.headline ?? ''}`.replace(
            /:\s*$/,
            '',
          ),
        templateId: template.id,
        templateVersion: template.version,
        language: input.language,
        audience: template.audience,
        tone: input.tone ?? template.tones[0]?.id ?? 'formal',
        length: input.length ?? template.lengths[0]?.id ?? 'short',
        slots: input.slots,
        facts: input.facts,
        status: 'draft',
        currentVersion: 1,
        createdBy: ctx.principal.id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const found = await insertVersion(tx, ctx, row, 1, paragraphs, model ? 'model' : 'template', model?.name ?? null);
    await audit(tx, ctx, 'draft.create', row, {
      method: model ? 'model' : 'template',
      model: model?.name ?? null,
      issues: found.length,
    });
    return row.id;
  });
  return getDraft(db, ctx.principal, id);
}

/** A draft of the caller's department (any, for a platform admin) with every version; 404 otherwise. */
export async function getDraft(db: Executor, principal: Principal, id: string): Promise<Draft> {
  const [row] = await db.select().from(assistantDrafts).where(eq(assistantDrafts.id, id));
  if (!row || !canSeeDepartment(principal, row.departmentId)) throw notFound('Draft');
  const versions = await db
    .select()
    .from(assistantDraftVersions)
    .where(eq(assistantDraftVersions.draftId, id))
    .orderBy(assistantDraftVersions.version);
  const policy = await draftPolicy(db, row.departmentId);
  return {
    ...row,
    approvalRequired: row.audience === 'external' && policy.requireSecondOfficerApproval,
    versions: versions.map((v) => {
      const paragraphs = v.paragraphs as DraftParagraph[];
      return {
        version: v.version,
        method: v.method,
        model: v.model,
        paragraphs,
        text: draftText(paragraphs),
        issues: v.issues as DraftIssue[],
        createdBy: v.createdBy,
        createdAt: v.createdAt,
      };
    }),
  };
}

/** The caller's department's drafts (a platform admin: every department's, or the one named), newest first. */
export async function listDrafts(
  db: Executor,
  principal: Principal,
  filter: { status?: DraftStatus | undefined; departmentId?: string | undefined } = {},
): Promise<DraftRow[]> {
  const departmentId = principal.roles.includes('platform_admin') ? filter.departmentId : principal.departmentId;
  const conditions = [
    ...(departmentId ? [eq(assistantDrafts.departmentId, departmentId)] : []),
    ...(filter.status ? [eq(assistantDrafts.status, filter.status)] : []),
  ];
  if (!principal.roles.includes('platform_admin') && !principal.departmentId) return [];
  return db
    .select()
    .from(assistantDrafts)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(assistantDrafts.updatedAt))
    .limit(200);
}

/** Refuses a change to a finalised draft, or to one a newer version has overtaken (the caller's is stale). */
function checkEditable(row: DraftRow, baseVersion: number | undefined) {
  if (row.status === 'finalised')
    throw new AppError(
      'conflict',
      { en: 'The draft is finalised; start a new draft to change it', zhHant: '此草稿已定稿；如需修改，請另開新草稿' },
      [{ field: 'status', code: 'draft_finalised', message: { en: 'is finalised', zhHant: '已定稿' } }],
    );
  if (baseVersion !== undefined && baseVersion !== row.currentVersion)
    throw new AppError(
      'conflict',
      {
        en: `The draft is at version ${row.currentVersion}, not ${baseVersion}: reload it`,
        zhHant: `此草稿現為第 ${row.currentVersion} 版，不是第 ${baseVersion} 版，請重新載入`,
      },
      [
        {
          field: 'body.baseVersion',
          code: 'stale_version',
          message: {
            en: `is not the current version (${row.currentVersion})`,
            zhHant: `不是現行版本（第 ${row.currentVersion} 版）`,
          },
        },
      ],
    );
}

/** What a change makes: the new version's paragraphs, how, and what else of the draft changes. */
interface MadeVersion {
  paragraphs: DraftParagraph[];
  method: DraftVersion['method'];
  model: string | null;
  action: string;
  changes?: Partial<DraftRow>;
}

/**
 * A new version holding the new text (content changed): paragraphs the previous version had word for
 * word keep their origin, new or changed ones are the officer's. Any approval applies to the version
 * approved, so the draft goes back to `draft`. Audited.
 */
async function addVersion(
  db: Db,
  ctx: ServiceContext,
  id: string,
  baseVersion: number | undefined,
  make: (row: DraftRow, previous: DraftParagraph[]) => Promise<MadeVersion>,
): Promise<Draft> {
  const draft = await getDraft(db, ctx.principal, id);
  checkEditable(draft, baseVersion);
  const previous = draft.versions.at(-1)?.paragraphs ?? [];
  const made = await make(draft, previous);
  await db.transaction(async (tx) => {
    const next = draft.currentVersion + 1;
    // Only the version we read may be replaced: a concurrent edit makes this update miss.
    const [row] = await tx
      .update(assistantDrafts)
      .set({ ...made.changes, currentVersion: next, status: 'draft', updatedAt: new Date() })
      .where(and(eq(assistantDrafts.id, id), eq(assistantDrafts.currentVersion, draft.currentVersion)))
      .returning();
    if (!row)
      throw new AppError(
        'conflict',
        { en: 'Someone else changed the draft meanwhile: reload it', zhHant: '此草稿已被其他人更改，請重新載入' },
        [
          {
            field: 'body.baseVersion',
            code: 'stale_version',
            message: { en: 'is not the current version', zhHant: '不是現行版本' },
          },
        ],
      );
    const issues = await insertVersion(tx, ctx, row, next, made.paragraphs, made.method, made.model);
    await audit(tx, ctx, made.action, row, { method: made.method, model: made.model, issues: issues.length });
  });
  return getDraft(db, ctx.principal, id);
}

/** An officer's edit of the whole text: a new version (`draft.edit`). */
export function editDraft(
  db: Db,
  ctx: ServiceContext,
  id: string,
  edit: { text: string; baseVersion?: number | undefined },
): Promise<Draft> {
  return addVersion(db, ctx, id, edit.baseVersion, async (_row, previous): Promise<MadeVersion> => {
    const paragraphs = editedParagraphs(previous, edit.text, ctx.principal.id, new Date());
    if (paragraphs.length === 0)
      throw invalid({ en: 'The text is empty', zhHant: '內容是空的' }, [
        { field: 'body.text', code: 'empty', message: { en: 'has no paragraph', zhHant: '沒有任何段落' } },
      ]);
    return { paragraphs, method: 'officer', model: null, action: 'draft.edit' };
  });
}

/**
 * The body written again by a model (`draft.regenerate`), optionally with new slot values, facts,
 * tone or length; the template's lines are filled from the slots as ever.
 */
export function regenerateDraft(
  db: Db,
  ctx: ServiceContext,
  id: string,
  model: DraftModel,
  changes: Partial<Pick<DraftInput, 'tone' | 'length'>> & {
    slots?: Record<string, string> | undefined;
    facts?: string[] | undefined;
    baseVersion?: number | undefined;
  } = {},
): Promise<Draft> {
  return addVersion(db, ctx, id, changes.baseVersion, async (row): Promise<MadeVersion> => {
    const template = templateOf(row);
    const input: DraftInput = {
      language: row.language,
      slots: changes.slots ?? row.slots,
      facts: changes.facts ?? row.facts,
      tone: changes.tone ?? row.tone,
      length: changes.length ?? row.length,
    };
    const issues = checkDraftInput(template, input);
    if (issues.length > 0) throw invalid(CANNOT_FILL, issues);
    const policy = await draftPolicy(db, row.departmentId);
    const filled = await fillWithModel(template, input, model.complete, {
      allowPersonalData: policy.allowPersonalDataToModel,
    });
    const paragraphs = stamp(
      filled,
      { template: `${template.id}@${template.version}`, officer: ctx.principal.id, model: model.name },
      new Date(),
    );
    return {
      paragraphs,
      method: 'model',
      model: model.name,
      action: 'draft.regenerate',
      changes: {
        slots: { ...input.slots },
        facts: [...input.facts],
        tone: input.tone ?? row.tone,
        length: input.length ?? row.length,
      },
    };
  });
}

export { checkEditable };
