// Connection strings and small helpers shared by the seed, the runner and the SQL ceilings.
// The owner (postgres, a superuser) bypasses Row-Level Security; the application role does not.
import pg from 'pg';

export const APP_ROLE = 'loved_app';

export function databaseUrls({ pgHost = '127.0.0.1', pgPort = 5432, database }) {
  const base = `postgres://%s@${pgHost}:${pgPort}/${database}`;
  return {
    owner: base.replace('%s', 'postgres'),
    app: base.replace('%s', APP_ROLE),
    maintenance: `postgres://postgres@${pgHost}:${pgPort}/postgres`,
  };
}

/** A dedicated bench database; refuses names that could be someone else's. */
export async function ensureDatabase(urls, database) {
  if (!/^loved_bench[a-z0-9_]*$/.test(database)) {
    throw new Error(`refusing database "${database}": bench databases are named loved_bench*`);
  }
  const client = new pg.Client({ connectionString: urls.maintenance });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/** Runs `work(client)` on a fresh connection and closes it. */
export async function withClient(connectionString, work) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function serverVersion(connectionString) {
  return withClient(connectionString, async (client) => {
    const { rows } = await client.query('SHOW server_version');
    return rows[0].server_version;
  });
}
