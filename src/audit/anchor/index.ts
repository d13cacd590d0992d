export type { AnchorSink, AnchorRead, ReadableAnchorSink } from './anchor-sink.ts';
export { FileAnchorSink } from './file-anchor-sink.ts';
export { HttpWitnessSink, SyslogWitnessSink, TeeAnchorSink, witnessSink } from './witness-sinks.ts';
export { type Checkpoint, CheckpointSigner, CheckpointVerifier } from './checkpoint.ts';
export { loadOrCreateAnchorKey, loadAnchorPublicKey, publicKeyFileOf } from './anchor-key.ts';
export { AuditCheckpointer } from './audit-checkpointer.ts';
export { type AnchorVerdict, type EntryHashes, verifyAnchor, databaseEntryHashes } from './verify-anchor.ts';
export { type AnchorPaths, type AnchorCheck, anchorPathsFrom, openCheckpointer, checkAnchor } from './audit-anchor.ts';
