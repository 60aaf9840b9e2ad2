#!/usr/bin/env node
// `npm run bench`: seeds (or reuses) the bench database, measures each scenario's SQL ceilings
// straight through `pg` (app role with RLS, owner without), a bare Fastify route, then the
// built API and worker in full mode under autocannon, and writes bench/results/<date>.md.
// Talks to 127.0.0.1 only, every loop is bounded, and it stops what it started.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { getJson, login } from './lib/api-client.mjs';
import { appBuild, benchEnvironment } from './lib/app-build.mjs';
import { medianRun, runHttpCase } from './lib/autocannon-run.mjs';
import { restoreBoard, saveBoard } from './lib/board-snapshot.mjs';
import { databaseUrls, serverVersion, withClient } from './lib/database.mjs';
import { startGraphStub } from './lib/graph-stub.mjs';
import { parseRunOptions, RUN_USAGE } from './lib/options.mjs';
import { explainWork, runSqlCeiling } from './lib/pg-driver.mjs';
import {
  freePort,
  rssMb,
  rssSampler,
  startProcess,
  stopAll,
  stopProcess,
  waitForHttp,
} from './lib/processes.mjs';
import { renderReport } from './lib/report.mjs';
import { settleDatabase } from './lib/settle.mjs';
import { buildCases } from './scenarios/index.mjs';
import { STAGES } from './seed/generate-leads.mjs';
import { seedDatabase } from './seed/seed-database.mjs';

const log = (line) => process.stdout.write(`${line}\n`);
const options = parseRunOptions(process.argv.slice(2));
if (options.help) {
  log(RUN_USAGE);
  process.exit(0);
}
const build = appBuild(options.appDir);
const urls = databaseUrls(options);
const started = Date.now();
// Other work on the machine skews every figure: recorded with the results.
const loadAtStart = loadavg()[0];

/** What every scenario reads: who, which organisation, which leads. */
async function benchEnv(seed) {
  const org = seed.organizations[0];
  const sampleLeadIds = [...new Set(seed.sampleLeads.map((l) => l.id))];
  const movers = sampleLeadIds.slice(0, 250);
  // Neighbours for random moves: leads the bench never moves, 10 per column.
  const anchorsByStage = await withClient(urls.owner, async (client) => {
    const byStage = {};
    for (const stage of STAGES) {
      const { rows } = await client.query(
        `SELECT id FROM leads WHERE organization_id = $1 AND stage = $2 AND id <> ALL($3::uuid[]) AND id <> $4
          ORDER BY md5(id::text) LIMIT 10`,
        [org.id, stage, sampleLeadIds, seed.hotLeadId],
      );
      byStage[stage] = rows.map((r) => r.id);
    }
    return byStage;
  });
  return {
    orgId: org.id,
    userId: org.admin.id,
    adminEmail: org.admin.email,
    password: seed.password,
    hotLeadId: seed.hotLeadId,
    hotMessages: seed.params.hot,
    searchMatches: seed.searchMatches,
    sampleLeadIds: sampleLeadIds.slice(0, 200),
    movers,
    anchorsByStage,
    versions: new Map(),
    moveBodyHasVersion: false,
  };
}

async function explainAll(cases, env) {
  for (const kase of cases.filter((c) => c.sql)) {
    if (kase.prepareSql) await withClient(urls.owner, (client) => kase.prepareSql(client));
    const plans = await explainWork({
      connectionString: urls.app,
      tenant: { orgId: env.orgId, userId: env.userId },
      work: (client) => kase.sql(client, 0),
    });
    log(`\n## ${kase.label}\n`);
    for (const { sql, plan } of plans) log(`\`\`\`sql\n${sql}\n\`\`\`\n\`\`\`\n${plan}\n\`\`\`\n`);
  }
}

async function sqlCeilings(kase, env) {
  const out = {};
  if (kase.prepareSql) await withClient(urls.owner, (client) => kase.prepareSql(client));
  for (const [mode, connectionString, tenant] of [
    ['sqlRls', urls.app, { orgId: env.orgId, userId: env.userId }],
    ['sqlOwner', urls.owner, null],
  ]) {
    const snapshot = kase.mutates ? await saveBoard(urls.owner, env.orgId) : null;
    out[mode] = await runSqlCeiling({
      connectionString,
      clients: options.connections,
      seconds: options.sqlSeconds,
      tenant,
      work: (client, i) => kase.sql(client, i),
    });
    await settleDatabase(urls.owner, options.database);
    if (snapshot) await restoreBoard(urls.owner, snapshot);
  }
  log(
    `  sql ${kase.key}: RLS ${out.sqlRls.tps.toFixed(1)} tps, owner ${out.sqlOwner.tps.toFixed(1)} tps`,
  );
  return out;
}

function autocannonRequests(kase) {
  if (kase.request) return [kase.request()];
  if (kase.paths) {
    return [
      {
        method: 'GET',
        setupRequest: (req) => ({
          ...req,
          path: kase.paths[Math.floor(Math.random() * kase.paths.length)],
        }),
      },
    ];
  }
  return [{ method: 'GET', path: kase.path }];
}

async function httpCase(kase, api) {
  const { env } = api;
  await settleDatabase(urls.owner, options.database);
  if (kase.prepareHttp) await kase.prepareHttp();
  const headers = kase.auth === false ? {} : env.headers;
  const run = () =>
    runHttpCase({
      url: env.baseUrl,
      connections: options.connections,
      duration: options.duration,
      headers,
      requests: autocannonRequests(kase),
    });
  // A short warm-up with one connection (JIT, caches), then the measured runs.
  if (!kase.mutates) {
    await runHttpCase({
      url: env.baseUrl,
      connections: 1,
      duration: 1,
      headers,
      requests: autocannonRequests(kase),
      timeoutS: 5,
    });
    await settleDatabase(urls.owner, options.database);
  }
  const runs = [];
  let restored = null;
  for (let i = 0; i < options.runs; i += 1) {
    const snapshot = kase.mutates ? await saveBoard(urls.owner, env.orgId) : null;
    if (snapshot) await loadVersions(env);
    api.rss.reset();
    const result = await run();
    result.rssPeak = api.rss.peak();
    runs.push(result);
    result.cancelled = await settleDatabase(urls.owner, options.database);
    if (result.cancelled)
      log(`  (cancelled ${result.cancelled} queries left running by ${kase.key})`);
    if (snapshot) restored = await restoreBoard(urls.owner, snapshot);
  }
  const http = medianRun(runs);
  log(
    `  http ${kase.key}: p50 ${http.p50} ms, p99 ${http.p99} ms, ${http.rps.toFixed(1)} req/s, ` +
      `status ${JSON.stringify(http.byStatus)}, errors ${http.errors}, RSS peak ${http.rssPeak?.toFixed(0)} MB`,
  );
  return { http, restored };
}

async function loadVersions(env) {
  const { rows } = await withClient(urls.owner, (c) =>
    c.query('SELECT id, version FROM leads WHERE organization_id = $1 AND id = ANY($2::uuid[])', [
      env.orgId,
      env.movers,
    ]),
  );
  for (const row of rows) env.versions.set(row.id, row.version);
}

async function startApi(env) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'loved-bench-'));
  // Meta's Graph API stays out of reach: the API only ever talks to this stub.
  const graph = await startGraphStub();
  const processEnv = benchEnvironment({
    DATABASE_URL: urls.owner,
    DATABASE_MIGRATE_ON_BOOT: 'false',
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: options.queuePrefix,
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    GRAPH_API_BASE_URL: graph.url,
    // The bench logs in a few times per run; never trip the login limiter.
    LOGIN_MAX_FAILURES_PER_EMAIL: '1000',
    LOGIN_MAX_FAILURES_PER_IP: '10000',
  });
  const api = startProcess('api', build.main, { cwd: build.root, env: processEnv });
  const worker = startProcess('worker', build.worker, { cwd: build.root, env: processEnv });
  env.baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${env.baseUrl}/api/v1/health/ready`, api);
  await sleep(1000);
  if (worker.exitCode !== null) throw new Error('the worker exited at start');
  const session = await login(env.baseUrl, env.adminEmail, env.password);
  env.headers = { authorization: `Bearer ${session.access_token}`, 'x-org-id': env.orgId };
  const openapi = await getJson(`${env.baseUrl}/api/openapi.json`, {});
  env.moveBodyHasVersion = Boolean(openapi.components?.schemas?.MoveLeadDto?.properties?.version);
  const rss = rssSampler(api.pid);
  const workerRss = rssSampler(worker.pid);
  return { api, worker, env, rss, workerRss, idleRss: rssMb(api.pid), dataDir, graph };
}

async function bareCeiling() {
  const port = await freePort();
  const bare = startProcess(
    'bare-fastify',
    new URL('./lib/bare-fastify.mjs', import.meta.url).pathname,
    {
      cwd: process.cwd(),
      env: { ...process.env, PORT: String(port) },
    },
  );
  try {
    const url = `http://127.0.0.1:${port}/bare`;
    await waitForHttp(url, bare);
    await runHttpCase({ url, connections: 1, duration: 2, requests: [{ method: 'GET' }] });
    const result = await runHttpCase({
      url,
      connections: options.connections,
      duration: options.duration,
    });
    log(`  bare fastify: ${result.rps.toFixed(0)} req/s`);
    return result;
  } finally {
    await stopProcess(bare);
  }
}

function machine(postgres, seeded) {
  const commit = (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: build.root })
        .toString()
        .trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs'], {
        cwd: build.root,
      })
        .toString()
        .trim();
      return `${head}${dirty ? ' + uncommitted changes' : ''}`;
    } catch {
      return 'unknown commit';
    }
  })();
  const p = seeded.seed.params;
  return {
    date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'cpu',
    memory: `${Math.round(totalmem() / 2 ** 30)} GB RAM, load average ${loadAtStart.toFixed(1)} at start / ${loadavg()[0].toFixed(1)} at end`,
    postgres,
    node: process.version,
    app: `${build.root} at ${commit}`,
    sizes: `${p.orgs} agencies, ${p.leads.toLocaleString('en-US')} leads each (first two), ${p.communications.toLocaleString('en-US')} messages in org 0 (halving per org), hot lead ${p.hot.toLocaleString('en-US')}, seed "${p.seed}"`,
    seeding: seeded.reused
      ? `reused database ${options.database} (seeded earlier in ${seeded.loadSeconds.toFixed(0)} s)`
      : `seeded ${options.database} in ${seeded.seconds.toFixed(0)} s this run`,
  };
}

async function main() {
  log(
    `seeding ${options.database} (orgs ${options.orgs}, leads ${options.leads}, messages ${options.communications}, hot ${options.hot})`,
  );
  const seeded = await seedDatabase(options, (line) => log(`  ${line}`));
  const env = await benchEnv(seeded.seed);
  const cases = buildCases(env, options.only);
  if (options.explain) {
    await explainAll(cases, env);
    return;
  }
  const results = cases.map((kase) => ({ kase }));
  let bare = null;
  if (options.ceilings) {
    log('SQL ceilings (API not running)');
    for (const result of results.filter((r) => r.kase.sql))
      Object.assign(result, await sqlCeilings(result.kase, env));
    log('bare Fastify ceiling');
    bare = await bareCeiling();
  }
  log('HTTP (API and worker in full mode)');
  const api = await startApi(env);
  let rss;
  try {
    for (const result of results) {
      // A scenario with its own sequence (webhook: connect, stream, load, drain, count) runs it.
      const { kase } = result;
      Object.assign(
        result,
        kase.run ? await kase.run({ api, urls, options, log }) : await httpCase(kase, api),
      );
    }
    rss = { idle: api.idleRss ?? 0, peak: api.rss.overall(), workerPeak: api.workerRss.overall() };
  } finally {
    api.rss.stop();
    api.workerRss.stop();
    await stopProcess(api.api);
    await stopProcess(api.worker);
    await api.graph.close();
    rmSync(api.dataDir, { recursive: true, force: true });
  }
  const meta = { ...machine(await serverVersion(urls.owner), seeded), rss };
  const report = renderReport({ results, bare, meta, options });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const file = new URL(
    `./results/${new Date().toISOString().slice(0, 16).replace('T', '-').replace(':', '')}.md`,
    import.meta.url,
  );
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  // Formatted as the repository's Prettier check expects, so a committed result stays lint-clean.
  writeFileSync(
    file,
    await prettier.format(`${report}- Whole run: ${minutes} min.\n`, { parser: 'markdown' }),
  );
  log(`\n${report}- Whole run: ${minutes} min.\n\nwritten to ${file.pathname}`);
}

const stop = async (code) => {
  await stopAll();
  process.exit(code);
};
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));
main().then(
  () => stop(0),
  async (error) => {
    process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
    await stop(1);
  },
);
