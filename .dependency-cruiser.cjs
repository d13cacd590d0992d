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
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
  },
};
