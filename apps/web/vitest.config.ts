import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      root: fileURLToPath(new URL('.', import.meta.url)),
      environment: 'jsdom',
      setupFiles: ['src/testing/setup-tests.ts'],
      include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
      restoreMocks: true,
      reporters: process.env.CI_REPORT_DIR ? ['default', 'json'] : ['default'],
      outputFile: process.env.CI_REPORT_DIR
        ? { json: `${process.env.CI_REPORT_DIR}/web-vitest.json` }
        : undefined,
    },
  }),
);
