#!/usr/bin/env node
// End-to-end check of tracing in the BUILT app: runs dist/apps/api/main.mjs and worker.mjs with
// `--import ./dist/apps/api/instrument.mjs` against a fake OTLP/HTTP collector on 127.0.0.1 and
// fails unless the API exports HTTP server, pg and ioredis spans, and the worker exports spans
// under its own service name. Needs DATABASE_URL (a server to create a scratch database on),
// REDIS_URL and a prior `npm run build:api`.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL || !REDIS_URL) {
  console.error('✖ otel check: set DATABASE_URL and REDIS_URL');
  process.exit(2);
}
const SPAN_KIND_SERVER = 2;
const port = Number(process.env.OTEL_CHECK_PORT ?? 3302);
const base = `http://127.0.0.1:${port}`;
const database = `loved_otel_check_${process.pid}`;

/** Every span the fake collector received, with the service that sent it. */
const spans = [];
const collector = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    if (request.url === '/v1/traces') {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      for (const resourceSpans of body.resourceSpans ?? []) {
        const service = resourceSpans.resource?.attributes?.find((a) => a.key === 'service.name')
          ?.value?.stringValue;
        for (const scope of resourceSpans.scopeSpans ?? [])
          for (const span of scope.spans ?? [])
            spans.push({ service, scope: scope.scope?.name, ...span });
      }
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
await new Promise((resolve) => collector.listen(0, '127.0.0.1', resolve));
const collectorUrl = `http://127.0.0.1:${collector.address().port}`;

const admin = new pg.Client({ connectionString: DATABASE_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
const databaseUrl = new URL(DATABASE_URL);
databaseUrl.pathname = `/${database}`;

const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_URL: databaseUrl.toString(),
  REDIS_URL,
  QUEUE_PREFIX: `otel-check-${process.pid}`,
  DATA_DIR: mkdtempSync(join(tmpdir(), 'loved-otel-')),
  HOST: '127.0.0.1',
  PORT: String(port),
  LOG_LEVEL: 'warn',
  OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl,
  OTEL_BSP_SCHEDULE_DELAY: '200',
};
delete env.OTEL_SERVICE_NAME;
const children = [];
const launch = (entry) => {
  const child = spawn(
    process.execPath,
    ['--import', './dist/apps/api/instrument.mjs', `dist/apps/api/${entry}.mjs`],
    { env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  children.push(new Promise((resolve) => child.on('exit', resolve)));
  return child;
};
const failures = [];
const expectThat = (ok, what) => {
  console.log(`${ok ? '✔' : '✖'} ${what}`);
  if (!ok) failures.push(what);
};

const api = launch('main');
let worker;
try {
  let ready = false;
  for (let attempt = 0; attempt < 120 && !ready; attempt++) {
    ready = await fetch(`${base}/api/v1/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!ready) throw new Error('the API did not get ready');
  worker = launch('worker');
  const registered = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'otel-check-request' },
    body: JSON.stringify({
      name: 'Otel Check',
      email: `otel-${process.pid}@example.com`,
      password: 'otel-check-password-1',
      organization_name: 'Otel Check',
    }),
  });
  expectThat(registered.status === 201, `register answered ${registered.status}`);
  const session = await registered.json();
  const member = {
    'content-type': 'application/json',
    authorization: `Bearer ${session.access_token}`,
    'x-org-id': session.memberships[0].organization_id,
  };
  const lead = await fetch(`${base}/api/v1/leads`, {
    method: 'POST',
    headers: member,
    body: JSON.stringify({ name: 'Otel Lead', email: 'otel.lead@cliente.test' }),
  }).then((r) => r.json());
  // An AI summary is a queued job: the worker writes it with the built-in local summariser.
  const summary = await fetch(`${base}/api/v1/leads/${lead.id}/ai-summaries`, {
    method: 'POST',
    headers: { ...member, 'x-request-id': 'otel-check-summary' },
    body: '{}',
  });
  expectThat(summary.status < 300, `AI summary request answered ${summary.status}`);
  const { id: summaryId } = await summary.json();
  for (let attempt = 0; attempt < 40; attempt++) {
    const state = await fetch(`${base}/api/v1/ai-summaries/${summaryId}`, { headers: member })
      .then((r) => r.json())
      .catch(() => ({}));
    if (state.status && state.status !== 'pending') break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
} finally {
  api.kill('SIGTERM');
  worker?.kill('SIGTERM');
  await Promise.all(children);
  collector.close();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
}

const fromApi = spans.filter((s) => s.service === 'loved-crm-api');
const register = fromApi.find(
  (s) =>
    s.kind === SPAN_KIND_SERVER &&
    s.attributes?.some((a) => a.value?.stringValue === 'otel-check-request'),
);
expectThat(
  fromApi.some((s) => s.kind === SPAN_KIND_SERVER),
  'the API exported an HTTP server span',
);
expectThat(Boolean(register), 'the register request span carries loved.request_id');
expectThat(
  fromApi.some((s) => s.scope?.includes('instrumentation-pg') && s.traceId === register?.traceId),
  'the API exported pg spans inside the register request trace',
);
expectThat(
  fromApi.some((s) => s.scope?.includes('instrumentation-ioredis')),
  'the API exported ioredis spans',
);
const summaryRequest = fromApi.find(
  (s) =>
    s.kind === SPAN_KIND_SERVER &&
    s.attributes?.some((a) => a.value?.stringValue === 'otel-check-summary'),
);
expectThat(
  Boolean(summaryRequest?.attributes?.some((a) => a.key === 'loved.org_id')),
  'the AI summary request span carries loved.org_id',
);
// The summary's own job: a repeatable job (activity reminders) runs in a trace of its own.
const job = spans.find(
  (s) => s.service === 'loved-crm-worker' && s.name === 'job default/ai-summary.generate',
);
expectThat(Boolean(job), 'the worker exported a job span as loved-crm-worker');
expectThat(
  Boolean(job && summaryRequest && job.traceId === summaryRequest.traceId),
  'the job span is in the trace of the request that enqueued it',
);
expectThat(
  spans.some(
    (s) =>
      s.service === 'loved-crm-worker' &&
      s.parentSpanId === job?.spanId &&
      s.scope?.includes('instrumentation-pg'),
  ),
  'the worker exported pg spans inside the job span',
);
if (failures.length > 0) {
  console.error(
    `✖ otel check failed; scopes seen: ${[...new Set(spans.map((s) => `${s.service}:${s.scope}`))].join(', ')}`,
  );
  process.exit(1);
}
console.log('otel trace check passed');
