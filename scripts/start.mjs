#!/usr/bin/env node
// `npm start` on a fresh clone: install what is missing, build, then run the API (which
// migrates, seeds the demo organisation and serves the SPA). Uses Node built-ins only,
// because it runs before any dependency is installed.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

console.log('› Starting Loved CRM…');
const env = { SEED_DEMO: 'true', ...process.env };
const envFile = existsSync(join(root, '.env')) ? ['--env-file=.env'] : [];
const api = spawn(process.execPath, [...envFile, 'dist/apps/api/main.mjs'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
const forward = (signal) => api.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
