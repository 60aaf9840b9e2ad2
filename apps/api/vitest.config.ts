import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { swcPlugin } from './swc-plugin';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  plugins: [swcPlugin()],
  resolve: {
    alias: {
      '@loved/shared': `${root}libs/shared/src/index.ts`,
      '@loved/testing': `${root}libs/testing/src/index.ts`,
    },
  },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['src/**/*.spec.ts', 'test/**/*.integration-spec.ts'],
    globalSetup: ['test/utils/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
