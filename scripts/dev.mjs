#!/usr/bin/env node
// `npm run dev`: the API rebuilt and restarted on change (port 3000) and Vite with hot
// reload for the SPA (port 4200, proxying /api to the API).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const children = [];
const start = (command, args, extraEnv = {}) => {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  children.push(child);
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) shutdown(code);
  });
  return child;
};
const shutdown = (code = 0) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => shutdown());
process.on('SIGTERM', () => shutdown());

// node --watch needs the entry file to exist before the first build finishes.
if (!existsSync('dist/apps/api/main.mjs')) {
  mkdirSync('dist/apps/api', { recursive: true });
  writeFileSync('dist/apps/api/main.mjs', '');
}
start('npx', [
  'vite',
  'build',
  '--watch',
  '--config',
  'apps/api/vite.config.ts',
  '--logLevel',
  'warn',
]);
start(process.execPath, ['--watch', 'dist/apps/api/main.mjs'], { SEED_DEMO: 'true' });
start('npx', ['vite', '--config', 'apps/web/vite.config.ts']);
