import { describe, expect, it } from 'vitest';
import { type ConsoleManifest, pagePreloadLinks } from './console-page-preload.ts';

const manifest: ConsoleManifest = {
  'index.html': { file: 'assets/index-1.js', imports: ['_runtime-1.js'], css: ['assets/index-1.css'], isEntry: true },
  '_runtime-1.js': { file: 'assets/runtime-1.js' },
  '_components-1.js': { file: 'assets/components-1.js', imports: ['index.html'], css: ['assets/components-1.css'] },
  'src/features/handoffs/routes/handoffs-routes.tsx': {
    file: 'assets/handoffs-routes-1.js',
    imports: ['_runtime-1.js', 'index.html', '_components-1.js'],
    css: ['assets/handoffs-routes-1.css'],
  },
  'src/features/dashboard/routes/dashboard-routes.tsx': {
    file: 'assets/dashboard-routes-1.js',
    imports: ['index.html'],
  },
};

describe('preloading the opened console page', () => {
  it("fetches the page's own chunks and styles with the app, not the chunks the app already brings", () => {
    expect(pagePreloadLinks(manifest, '/console/handoffs/some-case')).toBe(
      '<link rel="modulepreload" crossorigin href="/console/assets/handoffs-routes-1.js">' +
        '<link rel="modulepreload" crossorigin href="/console/assets/components-1.js">' +
        '<link rel="stylesheet" crossorigin href="/console/assets/handoffs-routes-1.css">' +
        '<link rel="stylesheet" crossorigin href="/console/assets/components-1.css">',
    );
    expect(pagePreloadLinks(manifest, '/console/')).toBe(
      '<link rel="modulepreload" crossorigin href="/console/assets/dashboard-routes-1.js">',
    );
  });

  it('preloads nothing for an address that is no page, or without a manifest', () => {
    expect(pagePreloadLinks(manifest, '/console/no-such-page')).toBe('');
    expect(pagePreloadLinks({}, '/console/handoffs')).toBe('');
  });
});
