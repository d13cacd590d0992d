export { appendAudit } from './append-audit.ts';
export { auditFacets, type AuditFacets } from './audit-facets.ts';
export {
  appendAuditBatch,
  type AuditBatchEntry,
  type AuditHead,
  chainAuditEntries,
  isAuditChainConflict,
  prepareAuditBatch,
} from './append-audit-batch.ts';
export { SYSTEM_ACTOR, GENESIS_HASH, type Actor, type AuditContext, type AuditEvent } from './audit-entry.ts';
export { queryAudit, type AuditFilter, type AuditRow } from './query-audit.ts';
export { verifyAudit, type AuditVerdict } from './verify-audit.ts';
export { verifyAuditEntries } from './verify-audit.ts';
export * from './anchor/index.ts';
