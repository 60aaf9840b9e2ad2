// Where the built API lives. `--app-dir` points at another checkout (e.g. a git worktree of
// the commit to compare against), so "before" and "after" use the same benchmark code.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function appBuild(appDir) {
  const root = resolve(appDir);
  const dist = resolve(root, 'dist/apps/api');
  const files = {
    root,
    main: resolve(dist, 'main.mjs'),
    worker: resolve(dist, 'worker.mjs'),
    migrate: resolve(dist, 'migrate.mjs'),
  };
  for (const file of [files.main, files.worker, files.migrate]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run "npm run build:api" in ${root} first`);
  }
  return files;
}

/**
 * Environment shared by migrate, API and worker: production mode (as deployed), quiet logs.
 * The JWT secret and the file and credential keys only serve this local bench run.
 */
export const benchEnvironment = (extra) => ({
  ...process.env,
  NODE_ENV: 'production',
  JWT_SECRET: 'bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
  FILE_ENCRYPTION_KEY: 'be'.repeat(32),
  CREDENTIALS_ENCRYPTION_KEY: 'bc'.repeat(32),
  LOG_LEVEL: 'warn',
  ...extra,
});
