import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { swcPlugin } from './swc-plugin.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles the API's entry points into dist/apps/api as ES modules; packages stay external. */
export default defineConfig({
  root,
  plugins: [swcPlugin()],
  resolve: {
    alias: {
      '@loved/shared': `${root}libs/shared/src/index.ts`,
    },
  },
  build: {
    ssr: true,
    target: 'node22',
    outDir: 'dist/apps/api',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: {
        main: 'apps/api/src/main.ts',
        worker: 'apps/api/src/worker.ts',
        migrate: 'apps/api/src/cli/migrate.ts',
        'generate-migration': 'apps/api/src/cli/generate-migration.ts',
        // Preloaded with `node --import` so tracing patches pg, ioredis and http first.
        instrument: 'apps/api/src/instrument.ts',
      },
      output: {
        format: 'esm',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
      },
    },
  },
});
