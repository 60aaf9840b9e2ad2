import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { inject } from 'vitest';
import type { AppConfig } from '../../src/core/config/app-config';
import { loadConfig } from '../../src/core/config/load-config';
import { createRootLogger } from '../../src/core/logging/root-logger';
import { createApp } from '../../src/create-app';

export type TestApp = {
  app: NestFastifyApplication;
  config: AppConfig;
  /** Every JSON log line the app wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  close: () => Promise<void>;
};

export type TestAppOptions = {
  env?: Record<string, string>;
  processJobs?: boolean;
  wrapRootModule?: (root: DynamicModule) => DynamicModule;
};

/** The real application on the test database, with logs captured for assertions. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loved-app-'));
  const env = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATA_DIR: dataDir,
    // Every test signs in from 127.0.0.1 and parallel runs share one Redis: no per-IP limit.
    LOGIN_MAX_FAILURES_PER_IP: '1000000',
    // Tests sync mailboxes when they choose; the IDLE watcher's own tests turn it on.
    EMAIL_IDLE: 'false',
    ...options.env,
  });
  const config: AppConfig = {
    mode: env.REDIS_URL ? 'full' : 'embedded',
    env,
    databaseUrl: inject('appDatabaseUrl'),
    jwtSecret: 'test-secret-that-is-long-enough-to-sign-tokens',
    dataDir,
    webDistDir: join(dataDir, 'no-web-build'),
  };
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const logger = createRootLogger(env.LOG_LEVEL, sink);
  const app = await createApp(config, {
    logger,
    processJobs: options.processJobs ?? true,
    wrapRootModule: options.wrapRootModule,
  });
  return { app, config, logs, close: () => app.close() };
}
