// The data generator: migrates the bench database with the built app, then (unless it already
// holds the same parameters) replaces its data with a generated data set loaded by COPY.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { appBuild, benchEnvironment } from '../lib/app-build.mjs';
import { databaseUrls, ensureDatabase, withClient } from '../lib/database.mjs';
import { copyRows } from './copy-rows.mjs';
import { createIndexes, dropIndexes, secondaryIndexes } from './communication-indexes.mjs';
import { ACTIVITY_COLUMNS, generateActivities } from './generate-activities.mjs';
import { COMMUNICATION_COLUMNS, generateCommunications } from './generate-communications.mjs';
import {
  BENCH_PASSWORD,
  adminEmail,
  generateIdentity,
  hashBenchPassword,
} from './generate-identity.mjs';
import { EVENT_COLUMNS, LEAD_COLUMNS, generateLeads, leadRows } from './generate-leads.mjs';
import { UPDATE_LEAD_COUNTERS } from './lead-counters.mjs';
import { createRandom } from './prng.mjs';
import { SEED_INFO_VERSION, readSeedInfo, sameParams, writeSeedInfo } from './seed-info.mjs';
import { orgSizes } from './sizes.mjs';
import { SEARCH_TERMS } from './word-bank.mjs';

export const SEED_JSON_PATH = new URL('../.seed.json', import.meta.url);
const DATA_TABLES = [
  'activities',
  'communications',
  'lead_events',
  'leads',
  'invitations',
  'memberships',
  'refresh_tokens',
  'organizations',
  'users',
];

/** `node dist/apps/api/migrate.mjs` against the bench database (it also creates loved_app). */
export function migrate(build, ownerUrl, log) {
  return new Promise((resolvePromise, reject) => {
    log(`migrating with ${build.migrate}`);
    const child = spawn(process.execPath, [build.migrate], {
      cwd: build.root,
      env: benchEnvironment({ DATABASE_URL: ownerUrl }),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`migrate.mjs exited with ${code}`)),
    );
  });
}

/**
 * Seeds (or reuses) the database named in `options`; answers the seed description written to
 * bench/.seed.json and how long loading took (0 when reused).
 */
export async function seedDatabase(options, log = console.log) {
  const build = appBuild(options.appDir);
  const urls = databaseUrls(options);
  await ensureDatabase(urls, options.database);
  await migrate(build, urls.owner, log);
  const params = {
    orgs: options.orgs,
    leads: options.leads,
    communications: options.communications,
    hot: options.hot,
    seed: String(options.seed),
    generator: SEED_INFO_VERSION,
  };
  const existing = await withClient(urls.owner, readSeedInfo);
  if (existing && sameParams(existing.params, params) && !options.force) {
    log(
      `reusing ${options.database} (seeded ${existing.seeded_at.toISOString()} in ${existing.seconds} s)`,
    );
    writeFileSync(SEED_JSON_PATH, `${JSON.stringify(existing.seed_json, null, 2)}\n`);
    return {
      seed: existing.seed_json,
      seconds: 0,
      reused: true,
      loadSeconds: Number(existing.seconds),
    };
  }
  const started = Date.now();
  const seed = await loadData(urls, options, params, log);
  const seconds = (Date.now() - started) / 1000;
  await withClient(urls.owner, (client) => writeSeedInfo(client, params, seed, seconds));
  writeFileSync(SEED_JSON_PATH, `${JSON.stringify(seed, null, 2)}\n`);
  log(`seeded ${options.database} in ${seconds.toFixed(1)} s`);
  return { seed, seconds, reused: false, loadSeconds: seconds };
}

async function loadData(urls, options, params, log) {
  const sizes = orgSizes(options);
  const random = createRandom(options.seed);
  const identity = generateIdentity(random, sizes, await hashBenchPassword());
  const connect = async () => {
    const client = new pg.Client({ connectionString: urls.owner });
    await client.connect();
    return client;
  };
  const client = await connect();
  const tick = (() => {
    let last = Date.now();
    return (what) => {
      const now = Date.now();
      log(`  ${what} (${((now - last) / 1000).toFixed(1)} s)`);
      last = now;
    };
  })();
  const seedLeads = [];
  const searchMatches = Object.fromEntries(Object.values(SEARCH_TERMS).map((term) => [term, 0]));
  let indexes;
  try {
    // One transaction: TRUNCATE then COPY … FREEZE writes rows already frozen and visible (no
    // hint-bit rewrite on first read), and a failure leaves the previous data and indexes.
    // session_replication_role=replica skips the foreign-key triggers: the data is consistent
    // by construction, and checking 1,000,000 references one by one costs minutes.
    await client.query('BEGIN');
    await client.query("SET LOCAL session_replication_role = 'replica'");
    // CASCADE: tables added later (file attachments) reference these and are emptied too.
    await client.query(`TRUNCATE ${DATA_TABLES.map((t) => `"${t}"`).join(', ')} CASCADE`);
    indexes = await secondaryIndexes(client, 'communications');
    await dropIndexes(client, indexes);
    const copy = (table, columns, rows) =>
      copyRows(client, `"${table}"`, columns, rows, { freeze: true });
    await copy(
      'organizations',
      ['id', 'name', 'plan', 'created_at', 'updated_at'],
      identity.organizationRows,
    );
    await copy(
      'users',
      ['id', 'email', 'name', 'password_hash', 'created_at', 'updated_at'],
      identity.userRows,
    );
    await copy(
      'memberships',
      ['organization_id', 'user_id', 'role', 'created_at'],
      identity.membershipRows,
    );
    tick(`organizations, ${identity.userRows.length} users`);
    // Messages first (foreign keys are not checked in replica mode), then the leads, whose
    // creation dates and events follow their first message.
    const leadSets = sizes.map((size, k) => generateLeads(random, identity.organizations[k], size));
    for (const [k, size] of sizes.entries()) {
      const org = identity.organizations[k];
      const rows = generateCommunications(
        random,
        org,
        size,
        leadSets[k],
        k === 0 ? searchMatches : null,
      );
      const count = await copy('communications', COMMUNICATION_COLUMNS, rows);
      tick(`${count} communications of org ${k}`);
    }
    let leadCount = 0;
    let eventCount = 0;
    for (const [k, leads] of leadSets.entries()) {
      const org = identity.organizations[k];
      const { rows, events } = leadRows(random, org, leads);
      await copy('leads', LEAD_COLUMNS, rows);
      await copy('lead_events', EVENT_COLUMNS, events);
      seedLeads.push(leads);
      leadCount += rows.length;
      eventCount += events.length;
    }
    tick(`${leadCount} leads and ${eventCount} events`);
    // Their own stream: the rows above stay exactly what they were before activities existed.
    const activityRandom = createRandom(`${options.seed}:activities`);
    let activityCount = 0;
    for (const [k, leads] of leadSets.entries()) {
      const org = identity.organizations[k];
      activityCount += await copy(
        'activities',
        ACTIVITY_COLUMNS,
        generateActivities(activityRandom, org, leads),
      );
    }
    tick(`${activityCount} activities`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }

  // Indexes and the counters at the same time: two sessions on two cores.
  const [timings] = await Promise.all([
    createIndexes(connect, indexes, 2),
    withClient(urls.owner, (c) => c.query(UPDATE_LEAD_COUNTERS)),
  ]);
  tick(
    `indexes ${Object.entries(timings)
      .map(([n, s]) => `${n} ${s.toFixed(1)} s`)
      .join(', ')}; lead counters`,
  );
  await withClient(urls.owner, async (c) => {
    for (const table of [
      'communications',
      'activities',
      'leads',
      'lead_events',
      'users',
      'memberships',
      'organizations',
    ])
      await c.query(`VACUUM (ANALYZE) "${table}"`);
  });
  tick(`VACUUM ANALYZE; search terms in org 0: ${JSON.stringify(searchMatches)}`);
  return { ...describeSeed(random, options, params, identity, seedLeads), searchMatches };
}

/** What the runner needs: who logs in, which organisation, which leads to ask for. */
function describeSeed(random, options, params, identity, seedLeads) {
  const sample = (leads, n) =>
    Array.from({ length: Math.min(n, leads.length) }, () => random.pick(leads)).map((l) => ({
      id: l.id,
      stage: l.stage,
    }));
  return {
    database: options.database,
    params,
    password: BENCH_PASSWORD,
    organizations: identity.organizations.map((org, k) => ({
      id: org.id,
      name: org.name,
      admin: { id: org.users[0].id, email: adminEmail(k) },
      users: org.users.map((u) => ({ id: u.id, email: u.email, role: u.role })),
      leads: seedLeads[k].length,
    })),
    hotLeadId: seedLeads[0].find((l) => l.hot)?.id ?? null,
    sampleLeads: sample(
      seedLeads[0].filter((l) => !l.hot),
      500,
    ),
  };
}
