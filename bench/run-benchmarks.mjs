#!/usr/bin/env node
// Latency of tenant-scoped requests (JWT + X-Org-Id guard + RLS transaction) against the built
// API in embedded mode. Prints p50/p95/p99 and throughput; the seed's target for the tenant
// filter is < 100 ms overhead. Bounded: a fixed number of requests to 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const PORT = Number(process.env.BENCH_PORT ?? 3410);
const BASE = `http://127.0.0.1:${PORT}`;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const dataDir = mkdtempSync(join(tmpdir(), 'loved-bench-'));

const api = spawn(process.execPath, ['dist/apps/api/main.mjs'], {
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    DEMO_PASSWORD: 'bench-password',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const cleanUp = () => {
  api.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('exit', cleanUp);

async function waitReady() {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${BASE}/api/v1/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('API not ready');
}

async function measure(name, url, headers) {
  const latencies = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1;
        const t0 = performance.now();
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (!res.ok) failures += 1;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2);
  console.log(
    `${name.padEnd(34)} n=${latencies.length} c=${CONCURRENCY}  p50=${pct(50)}ms  p95=${pct(95)}ms  p99=${pct(99)}ms  ${(latencies.length / seconds).toFixed(0)} req/s  failures=${failures}`,
  );
}

await waitReady();
const login = await (
  await fetch(`${BASE}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo@loved.crm', password: 'bench-password' }),
  })
).json();
const tenant = {
  authorization: `Bearer ${login.access_token}`,
  'x-org-id': login.memberships[0].organization_id,
};

async function post(path, body) {
  const res = await fetch(`${BASE}/api/v1${path}`, {
    method: 'POST',
    headers: { ...tenant, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

// Data: 200 leads over the board and one lead with a 300-item timeline.
const stages = ['lead', 'contato', 'proposta', 'negociacao', 'fechado'];
for (let i = 0; i < 200; i += 1) {
  await post('/leads', {
    name: `Lead de carga ${i}`,
    stage: stages[i % 5],
    estimated_value: `${1000 + i}.00`,
    allow_duplicate: true,
  });
}
const busy = await post('/leads', { name: 'Lead com histórico longo', allow_duplicate: true });
for (let i = 0; i < 300; i += 1)
  await post(`/leads/${busy.id}/notes`, { content: `Anotação ${i} sobre a negociação` });

console.log(`Loved CRM API benchmarks (embedded PostgreSQL, ${REQUESTS} requests each)`);
await measure('GET /health (no auth, no db)', `${BASE}/api/v1/health`, {});
await measure(
  'GET /organizations/current (tenant)',
  `${BASE}/api/v1/organizations/current`,
  tenant,
);
await measure('GET /members (tenant list)', `${BASE}/api/v1/members`, tenant);
await measure('GET /pipeline (5 columns x 50 cards)', `${BASE}/api/v1/pipeline`, tenant);
await measure(
  'GET timeline first page (50 items)',
  `${BASE}/api/v1/communications/timeline/${busy.id}?limit=50`,
  tenant,
);
await measure(
  'GET /communications/search',
  `${BASE}/api/v1/communications/search?q=negociações`,
  tenant,
);
process.exit(0);
