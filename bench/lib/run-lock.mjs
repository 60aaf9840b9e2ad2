// One run at a time per bench database for scenarios that add and then remove rows of the
// seeded organisation: a second run's cleanup would delete the first one's messages mid-count.
// A session-level advisory lock, held on its own connection until `release()`.
import pg from 'pg';

export async function holdRunLock(ownerUrl, name) {
  const client = new pg.Client({
    connectionString: ownerUrl,
    application_name: 'loved-bench-lock',
  });
  await client.connect();
  const { rows } = await client.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [
    name,
  ]);
  if (!rows[0].locked) {
    await client.end();
    throw new Error(`another "${name}" run is using this database; wait for it to finish`);
  }
  return { release: () => client.end() };
}
