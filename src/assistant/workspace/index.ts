/**
 * The assistant's workspace (issue #17): the documents an officer uploads for the tasks, the tasks
 * run as jobs (summarise, combine, minutes, Cantonese rewrite) with progress and audit, the
 * department's assistant policy and the retention sweep. See docs/assistant.md, "API".
 */
export {
  type AssistantPolicy,
  type AssistantPolicyPatch,
  DEFAULT_ASSISTANT_POLICY,
  getAssistantPolicy,
  putAssistantPolicy,
} from './assistant-policy.ts';
export {
  ASSISTANT_TASK_JOB,
  type AssistantTaskName,
  type AssistantTaskPayload,
  type AssistantTaskRequest,
  documentIdsOf,
  enqueueAssistantTask,
  listAssistantJobs,
  type ModelChoice,
} from './assistant-task.ts';
export { editMinutesJob, type MinutesEdit, MinutesNotEditable } from './edit-minutes.ts';
export { documentText, extractWorkspaceFile, TranscriptRefused, type WorkspaceFile } from './extract-workspace-file.ts';
export {
  type AssistantTaskResult,
  type InstructionFinding,
  registerAssistantJobs,
  type TaskModel,
} from './run-assistant-task.ts';
export { type RetentionSweep, startAssistantRetention, sweepAssistantRetention } from './retention.ts';
export { type DocumentFinding, scanDocument } from './scan-document.ts';
export { NOTES as ASSISTANT_NOTES, type Note } from './task-notes.ts';
export {
  addWorkspaceDocument,
  deleteWorkspaceDocument,
  documentsForTask,
  getWorkspaceDocument,
  listWorkspaceDocuments,
  type WorkspaceDocument,
  type WorkspaceDocumentSummary,
} from './workspace-documents.ts';
