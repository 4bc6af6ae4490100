import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API the dev server forwards /v1 to (the README's start command listens there by default).
const apiOrigin = process.env.MBI_API_ORIGIN ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Sibling packages are read from source, in dev and in the build alike: their modules stay separate, so
    // the bundler drops the ones a page does not use (a package's single dist file keeps every top-level
    // zod schema, which it cannot prove free of side effects).
    conditions: ['@mbi/source', 'module', 'browser', 'development|production'],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/v1': { target: apiOrigin, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each page needs, read by `pnpm bundle-report`.
    manifest: true,
    // The performance budget is checked by `pnpm bundle-report`, not by Vite's generic warning.
    chunkSizeWarningLimit: 1000,
  },
});
