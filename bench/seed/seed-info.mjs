// Remembers what the bench database holds, so a second `npm run bench` reuses the data instead
// of loading it again. Owner-only table (the app role is revoked from it).
// 4: leads carry closed_at, and activities are generated (issue 17).
export const SEED_INFO_VERSION = 4;

export async function readSeedInfo(client) {
  await client.query(
    `CREATE TABLE IF NOT EXISTS bench_seed_info (
       id int PRIMARY KEY CHECK (id = 1),
       params jsonb NOT NULL,
       seed_json jsonb NOT NULL,
       seconds numeric NOT NULL,
       seeded_at timestamptz NOT NULL DEFAULT now())`,
  );
  await client.query('REVOKE ALL ON bench_seed_info FROM PUBLIC');
  const { rows } = await client.query(
    'SELECT params, seed_json, seconds, seeded_at FROM bench_seed_info',
  );
  return rows[0] ?? null;
}

export async function writeSeedInfo(client, params, seedJson, seconds) {
  await client.query(
    `INSERT INTO bench_seed_info (id, params, seed_json, seconds) VALUES (1, $1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET params = $1, seed_json = $2, seconds = $3, seeded_at = now()`,
    [JSON.stringify(params), JSON.stringify(seedJson), seconds],
  );
}

/** Same data set iff every parameter (generator version included) matches; jsonb reorders keys. */
const canonical = (params) =>
  JSON.stringify(Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b))));
export const sameParams = (a, b) => canonical(a) === canonical(b);
