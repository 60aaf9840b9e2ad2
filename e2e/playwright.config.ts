import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const workspaceRoot = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// The WhatsApp tests start a fake Graph API here (see web/support/whatsapp.ts).
const graphPort = Number(process.env.E2E_GRAPH_PORT ?? 3219);
// The calls tests start a fake Twilio API here (see web/support/twilio.ts).
const twilioPort = Number(process.env.E2E_TWILIO_PORT ?? 3218);

/**
 * A fresh data directory per run, so the embedded PostgreSQL starts empty. Playwright loads
 * this file again in each worker; the variable (inherited by workers) keeps them on the
 * runner's directory, and only the runner, which made it, removes it when it exits.
 */
function runDataDir(): string {
  const existing = process.env.E2E_DATA_DIR;
  if (existing) return existing;
  const created = mkdtempSync(join(tmpdir(), 'loved-crm-e2e-'));
  process.env.E2E_DATA_DIR = created;
  process.on('exit', () => {
    rmSync(created, { recursive: true, force: true });
  });
  return created;
}

function passThrough(...names: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of names) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  return env;
}

export default defineConfig({
  testDir: 'web',
  testMatch: '**/*.e2e-spec.ts',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  workers: 1,
  retries: 0,
  // A journey signs in, sets up over the API and waits on live events: on a busy 2-core CI
  // box its steps take seconds each, and Playwright's default 30 s cut one short mid-way.
  timeout: 60_000,
  reporter: process.env.CI_REPORT_DIR
    ? [['list'], ['json', { outputFile: join(process.env.CI_REPORT_DIR, 'e2e-playwright.json') }]]
    : 'list',
  outputDir: join(workspaceRoot, 'test-results', 'e2e'),
  use: {
    baseURL,
    locale: 'pt-BR',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // The built API serves the built SPA (dist/apps/web) at `/`, as in production.
    command: 'node dist/apps/api/main.mjs',
    cwd: workspaceRoot,
    url: `${baseURL}/api/v1/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: runDataDir(),
      WEB_DIST_DIR: 'dist/apps/web',
      LOG_LEVEL: 'warn',
      GRAPH_API_BASE_URL: `http://127.0.0.1:${graphPort}`,
      TWILIO_API_BASE_URL: `http://127.0.0.1:${twilioPort}`,
      // Due-activity reminders every second, so the notifications test sees one within seconds.
      ACTIVITY_REMINDER_INTERVAL_MS: '1000',
      ...passThrough('DATABASE_URL', 'REDIS_URL'),
    },
  },
});
