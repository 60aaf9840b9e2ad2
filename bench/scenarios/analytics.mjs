// Sales analytics (issue 17): each GET /analytics/* report over the seed's last 30 days and
// its last 366 days (the longest period the API takes), for org 0's admin (everyone's
// figures). Asked one at a time — a dashboard's requests, not a crowd — so each case is
// timed sequentially: 3 warm-ups, then ANALYTICS_SAMPLES requests; the table shows p50 / p99
// and a section lists p50 / p95 / max of every case. Size it like the issue: `--orgs 3
// --leads 20000 --communications 200000 --hot 0` (≈ 50,000 activities in org 0).
import { ANCHOR_MS, DAY_MS } from '../seed/generate-identity.mjs';
import { percentile, rate } from '../lib/stats.mjs';
import { analyticsSql } from '../sql/analytics.mjs';

export const ANALYTICS_REPORTS = [
  'funnel',
  'pipeline-value',
  'win-rate',
  'lost-reasons',
  'activities',
  'first-response',
];
const WARM_UPS = 3;
const ANALYTICS_SAMPLES = Number(process.env.ANALYTICS_SAMPLES ?? 30);

const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
/** The seed's data ends at ANCHOR_MS (2026-11-30): periods end on that day. */
const WINDOWS = [
  { name: '30 days', from: isoDate(ANCHOR_MS - 29 * DAY_MS), to: isoDate(ANCHOR_MS) },
  { name: '366 days', from: isoDate(ANCHOR_MS - 365 * DAY_MS), to: isoDate(ANCHOR_MS) },
];

export function analyticsCases(env) {
  const measured = [];
  const cases = WINDOWS.flatMap((window) =>
    ANALYTICS_REPORTS.map((report) => {
      const path = `/api/v1/analytics/${report}?from=${window.from}&to=${window.to}`;
      return {
        scenario: 'analytics',
        key: `analytics-${report}-${window.name.replace(' ', '')}`,
        label: `\`GET /analytics/${report}\`, ${window.name}`,
        path,
        sql: (client) => analyticsSql(client, env, report, window.from, window.to),
        run: async ({ api, log }) => {
          const result = await timeSequentially(api.env, path);
          measured.push({ label: `\`${report}\`, ${window.name}`, ...result.latency });
          log(
            `  http ${report} ${window.name}: p50 ${result.latency.p50.toFixed(0)} ms, p95 ${result.latency.p95.toFixed(0)} ms, status ${JSON.stringify(result.http.byStatus)}`,
          );
          return result;
        },
      };
    }),
  );
  // The last case carries the section, once every case has been measured.
  const last = cases.at(-1);
  const run = last.run;
  last.run = async (context) => ({ ...(await run(context)), section: renderSection(measured) });
  return cases;
}

async function timeSequentially(env, path) {
  const byStatus = {};
  const call = async () => {
    const t0 = performance.now();
    const res = await fetch(`${env.baseUrl}${path}`, { headers: env.headers });
    await res.text();
    byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
    return performance.now() - t0;
  };
  for (let i = 0; i < WARM_UPS; i += 1) await call();
  for (const code of Object.keys(byStatus)) delete byStatus[code];
  const started = performance.now();
  const samples = [];
  for (let i = 0; i < ANALYTICS_SAMPLES; i += 1) samples.push(await call());
  const seconds = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const count = (predicate) =>
    Object.entries(byStatus)
      .filter(([code]) => predicate(Number(code)))
      .reduce((sum, [, n]) => sum + n, 0);
  const latency = {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples.at(-1),
    samples: samples.length,
  };
  return {
    latency,
    http: {
      responses: samples.length,
      p50: latency.p50,
      p99: percentile(samples, 99),
      rps: samples.length / seconds,
      errors: 0,
      timeouts: 0,
      non2xx: count((c) => c < 200 || c >= 300),
      conflicts: count((c) => c === 409),
      clientErrors: count((c) => c >= 400 && c < 500 && c !== 409),
      serverErrors: count((c) => c >= 500),
      byStatus,
      duration: seconds,
    },
  };
}

function renderSection(measured) {
  const lines = [
    '## analytics',
    '',
    `One request at a time (a dashboard, not a crowd): ${WARM_UPS} warm-ups, then ${ANALYTICS_SAMPLES} timed requests per case, as org 0's admin (everyone's figures). Target: well under 500 ms each.`,
    '',
    '| Report, period | p50 | p95 | max |',
    '|---|---|---|---|',
    ...measured.map(
      (m) =>
        `| ${m.label} | ${m.p50.toFixed(0)} ms | ${m.p95.toFixed(0)} ms | ${m.max.toFixed(0)} ms |`,
    ),
    '',
    `- Slowest p95: ${rate(Math.max(...measured.map((m) => m.p95)))} ms.`,
    '',
  ];
  return lines.join('\n');
}
