/**
 * The document assistant (issue #17): one folder per task, each with its own public entry; this
 * file only re-exports them. See docs/assistant.md.
 */
export * from './draft/index.ts';
export * from './summarise/index.ts';
export * from './minutes/index.ts';
export * from './workspace/index.ts';
export * from './translate/index.ts';
export * from './translate-store/index.ts';
export * from './export/index.ts';
