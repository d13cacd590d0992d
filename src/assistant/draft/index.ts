/**
 * Draft from templates kept as data (reply to a public enquiry, internal memo, letter, press
 * release; English and Traditional Chinese): slots, tone, length; filled without a model, or the
 * body written by one through the gateway; versions recording AI-written and officer-edited
 * paragraphs; an issue report per version; a second officer's approval where the department's
 * policy asks for it. See docs/assistant.md.
 */
export {
  type Bilingual,
  DRAFT_LANGUAGES,
  type DraftLanguage,
  type DraftSlot,
  type DraftTemplate,
  draftTemplateSchema,
} from './template-schema.ts';
export {
  DRAFT_TEMPLATE_FOLDER,
  findDraftTemplate,
  loadDraftTemplates,
  parseDraftTemplates,
  shippedDraftTemplates,
  type TemplateIssue,
  type TemplateLoad,
} from './load-templates.ts';
export {
  DRAFT_ISSUE_KINDS,
  type DraftInput,
  type DraftIssue,
  type DraftIssueKind,
  type DraftParagraph,
  draftText,
  type ParagraphOrigin,
} from './draft-types.ts';
export { checkDraftInput, type FilledParagraph, fillTemplate, OFFLINE_NOTE } from './fill-template.ts';
export { fillWithModel, type GenerativeFillOptions } from './generative-fill.ts';
export { draftIssues, MIN_SUPPORT } from './issue-report.ts';
export { editedParagraphs, splitParagraphs } from './paragraph-origins.ts';
export {
  createDraft,
  type Draft,
  type DraftModel,
  draftPolicy,
  type DraftRow,
  type DraftStatus,
  type DraftVersion,
  editDraft,
  getDraft,
  listDrafts,
  type NewDraft,
  regenerateDraft,
} from './drafts.ts';
export { decideApproval, finaliseDraft, requestApproval } from './draft-approval.ts';
