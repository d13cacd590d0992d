import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The officers' console, served by the API server at `/console/` (src/web/console-assets.ts builds it
 * when the build is missing or older than these sources). `npm run dev:console` proxies the API.
 */
export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The budget is initial JavaScript ≤ 250 KB gzip (bench:console); pages load on demand.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/auth': 'http://127.0.0.1:8080' } },
  logLevel: 'warn',
  // A build is always React's production build, even when started from a test run (NODE_ENV=test)
  // or a shell with NODE_ENV=development: the console the server serves must not be the slow one.
  ...(command === 'build' ? { define: { 'process.env.NODE_ENV': JSON.stringify('production') } } : {}),
}));
