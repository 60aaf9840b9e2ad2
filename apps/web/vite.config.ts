import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsBudget } from './initial-js-budget.plugin.ts';

/** Gzip KB a first visit may download in JS (entry chunk and its static imports). */
const INITIAL_JS_BUDGET_KB = 250;

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** Builds the SPA into dist/apps/web, where the API serves it at `/` with history fallback. */
export default defineConfig({
  root: webRoot,
  plugins: [react(), tailwindcss(), initialJsBudget(INITIAL_JS_BUDGET_KB)],
  resolve: {
    alias: {
      '@/': `${webRoot}src/`,
      // Only types are imported from the shared lib, so its validators never reach the bundle.
      '@loved/shared': `${workspaceRoot}libs/shared/src/index.ts`,
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
