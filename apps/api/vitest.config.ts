import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { swcPlugin } from './swc-plugin.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  plugins: [swcPlugin()],
  resolve: {
    alias: {
      '@loved/shared': `${root}libs/shared/src/index.ts`,
      '@loved/testing': `${root}libs/testing/src/index.ts`,
      '@loved/api-client': `${root}libs/api-client/src/index.ts`,
    },
  },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    // libs/testing's fakes are tested here too: they run beside the API they stand in for.
    include: [
      'src/**/*.spec.ts',
      'test/**/*.integration-spec.ts',
      '../../libs/testing/src/**/*.spec.ts',
    ],
    globalSetup: ['test/utils/global-setup.ts'],
    pool: 'forks',
    reporters: process.env.CI_REPORT_DIR ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI_REPORT_DIR
      ? { json: `${process.env.CI_REPORT_DIR}/api-vitest.json` }
      : undefined,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
