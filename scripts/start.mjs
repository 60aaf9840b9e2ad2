#!/usr/bin/env node
// `npm start` on a fresh clone: install what is missing, build, then run the API (which
// migrates, seeds the demo organisation and serves the SPA). Uses Node built-ins only,
// because it runs before any dependency is installed.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const skipBuild = process.argv.includes('--no-build');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `\n✖ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(result.status ?? 1);
  }
}

function dependenciesAreCurrent() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return false;
  return statSync(installed).mtimeMs >= statSync(join(root, 'package-lock.json')).mtimeMs;
}

if (!dependenciesAreCurrent()) {
  console.log('› Installing dependencies (npm ci)…');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}
if (!skipBuild) {
  console.log('› Building the API and the web app…');
  run(npm, ['run', 'build', '--silent']);
}

// The same variables the processes will see: the environment wins over .env.
const envPath = join(root, '.env');
const envFile = existsSync(envPath) ? ['--env-file=.env'] : [];
const effectiveEnv = {
  ...(envFile.length ? parseEnv(readFileSync(envPath, 'utf8')) : {}),
  ...process.env,
};
// With Redis the API only enqueues; Bull jobs need the worker process beside it.
const withWorker = Boolean(effectiveEnv.DATABASE_URL && effectiveEnv.REDIS_URL);

console.log('› Starting Loved CRM…');
const env = { SEED_DEMO: 'true', ...process.env };
const children = new Set();
let stopping = false;
let exitCode = 0;

function launch(name, entry) {
  // instrument.mjs starts tracing before the app loads when OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const args = [...envFile, '--import', './dist/apps/api/instrument.mjs', entry];
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      exitCode = code ?? 1;
      console.error(`\n✖ The ${name} stopped (${code ?? signal}); stopping Loved CRM.`);
      stopAll('SIGTERM');
    }
    if (children.size === 0) process.exit(exitCode);
  });
  return child;
}

function stopAll(signal) {
  stopping = true;
  for (const child of children) child.kill(signal);
}

/** The worker waits for the API: the first boot of an empty database migrates it once. */
async function apiIsUp() {
  const port = effectiveEnv.PORT ?? '3000';
  for (let attempt = 0; attempt < 240 && !stopping; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  return false;
}

process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
launch('API', 'dist/apps/api/main.mjs');
if (withWorker) {
  console.log('› DATABASE_URL and REDIS_URL are set: the queue worker starts beside the API.');
  if (await apiIsUp()) {
    launch('worker', 'dist/apps/api/worker.mjs');
    console.log('› Queue worker started (Ctrl-C stops both).');
  }
} else if (effectiveEnv.REDIS_URL) {
  console.log('› Embedded database with REDIS_URL: jobs run inside the API process.');
}
