/**
 * The folder tree is the architecture (STYLE.md habit 1): no cycles, and no folder reaches into
 * another folder's internals — it imports the other folder's index.ts only.
 */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'only-through-index',
      comment:
        'Import another capability through its index.ts, never its internals (test builders in testing/ excepted).',
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/([^/]+)/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$', '^src/[^/]+/testing/'] },
    },
    {
      name: 'core-is-pure',
      comment: 'core depends on nothing else of ours.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'console-features-stand-alone',
      comment:
        'A console feature never imports another feature (bulletproof-react): shared parts live in components/, lib/ or i18n/, and app/ composes the features.',
      severity: 'error',
      from: { path: '^console/src/features/([^/]+)/' },
      to: { path: '^console/src/features/([^/]+)/', pathNot: '^console/src/features/$1/' },
    },
    {
      name: 'console-knows-only-the-api',
      comment:
        'The console imports nothing of the server: it knows the server through the client generated from /openapi.json (console/src/lib/api-schema.d.ts).',
      severity: 'error',
      from: { path: '^console/' },
      to: { path: '^(src|bench|scripts)/' },
    },
    {
      name: 'console-shared-parts-know-no-feature',
      comment: 'components/, lib/ and i18n/ serve every feature, so they import none.',
      severity: 'error',
      from: { path: '^console/src/(components|lib|i18n)/' },
      to: { path: '^console/src/(features|app)/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
