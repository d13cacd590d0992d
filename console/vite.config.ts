import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * react-router's package sends every import to its development build, which checks and warns as it
 * renders; the built console takes the production build beside it (development and tests keep the warnings).
 */
const reactRouterProduction = join(
  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production/index.mjs',
);

/**
 * The officers' console, served by the API server at `/console/` (src/web/console-assets.ts builds it
 * when the build is missing or older than these sources). `npm run dev:console` proxies the API.
 */
export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] } : {},
  base: '/console/',
  // react-aria ships its built-in strings ("Select", "Close"...) for 34 languages; the console speaks two.
  plugins: [
    react(),
    optimizeLocales.vite({ locales: ['zh-TW', 'zh-HK', 'en-US', 'en-GB'] }),
    {
      // The server streams the page and puts the first screen's data at its end (src/web/console-first-screen.ts):
      // the app's script runs as soon as it has loaded instead of waiting for the page's last byte, and
      // waits for that data itself (lib/first-screen.ts).
      name: 'lionrock-async-entry',
      transformIndexHtml: {
        order: 'post',
        handler: (html) => html.replace('<script type="module" crossorigin', '<script type="module" async crossorigin'),
      },
    },
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The budget is initial JavaScript ≤ 250 KB gzip (bench:console); pages load on demand.
    chunkSizeWarningLimit: 600,
    // Which chunks each page needs: the server preloads the opened page's with the app (src/web/console-page-preload.ts).
    manifest: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/auth': 'http://127.0.0.1:8080' } },
  logLevel: 'warn',
}));
