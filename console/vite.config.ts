import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The officers' console, served by the API server at `/console/` (src/web/console-assets.ts builds it
 * when the build is missing or older than these sources). `npm run dev:console` proxies the API.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  // react-aria ships its built-in strings ("Select", "Close"...) for 34 languages; the console speaks two.
  plugins: [react(), optimizeLocales.vite({ locales: ['zh-TW', 'zh-HK', 'en-US', 'en-GB'] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The budget is initial JavaScript ≤ 250 KB gzip (bench:console); pages load on demand.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/auth': 'http://127.0.0.1:8080' } },
  logLevel: 'warn',
});
