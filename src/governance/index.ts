export * from './registry/index.ts';
export * from './assessment/index.ts';
export * from './evaluation/index.ts';
export * from './workflow/index.ts';
export * from './review/index.ts';
export * from './gate/index.ts';
export * from './demo/index.ts';
