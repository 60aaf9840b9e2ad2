// WhatsApp webhooks end to end: the seeded org's admin connects a number (token checked by the
// Graph stub), opens the org's event stream, then autocannon posts signed inbound messages from
// 2,000 numbers. The API stores each durably and queues it; the worker (its own process) finds
// or creates the sender's lead and records the message; the API announces it on the stream.
// Measured: accepted per second, POST → announcement latency, drain time, and a final count
// of the accepted messages in the database (none lost, none twice). Everything it adds is
// removed afterwards and the board restored, so the other scenarios see the seed.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { runHttpCase } from '../lib/autocannon-run.mjs';
import { restoreBoard, saveBoard } from '../lib/board-snapshot.mjs';
import { cpuMeter } from '../lib/cpu-usage.mjs';
import { withClient } from '../lib/database.mjs';
import { holdRunLock } from '../lib/run-lock.mjs';
import { settleDatabase } from '../lib/settle.mjs';
import { communicationArrivals, openEventStream } from '../lib/sse-listener.mjs';
import { auditDelivery } from '../lib/webhook-audit.mjs';
import { backlogPace, databaseNow, waitForDrain, watchBacklog } from '../lib/webhook-backlog.mjs';
import { removeWebhookRows } from '../lib/webhook-cleanup.mjs';
import { endToEnd } from '../lib/webhook-latency.mjs';
import { renderWebhookSection, webhookVerdicts } from '../lib/webhook-report.mjs';
import { benchAccount, connectWhatsApp, disconnectWhatsApp } from '../lib/whatsapp-account.mjs';
import { benchSenders } from '../lib/whatsapp-webhook-body.mjs';
import { webhookLoad } from '../lib/whatsapp-webhook-load.mjs';

const SENDERS = 2_000;
/** Longest the bench waits for the worker after the load (then reports what is missing). */
const DRAIN_TIMEOUT_MS = 120_000;

export const webhookCases = (env) => [
  {
    scenario: 'webhook',
    key: 'webhook',
    label: '`POST /integrations/whatsapp/webhook` (signed; answer only, end to end below)',
    mutates: true,
    run: (context) => runWebhookScenario(env, context),
  },
];

/** One load: posts for `duration` s, then waits (bounded) until the worker has caught up. */
async function loadAndDrain({
  env,
  urls,
  api,
  load,
  connections,
  duration,
  timeoutS,
  stream,
  cpu,
}) {
  const since = await withClient(urls.owner, databaseNow);
  const backlog = await watchBacklog({
    ownerUrl: urls.owner,
    orgId: env.orgId,
    since,
    owners: { api: api.api.pid, worker: api.worker.pid },
  });
  const startedAt = performance.now();
  try {
    const http = await runHttpCase({
      url: env.baseUrl,
      connections,
      duration,
      requests: [load.request],
      timeoutS,
    });
    const loadEndedAt = performance.now();
    const cpuLoad = cpu?.lap() ?? null;
    const streamComplete = () => [...load.accepted].every((w) => stream.arrivals.has(w));
    const drain = await waitForDrain({ backlog, streamComplete, timeoutMs: DRAIN_TIMEOUT_MS });
    const cpuDrain = cpu?.lap() ?? null;
    return {
      http,
      startedAt,
      loadEndedAt,
      drain,
      backlog,
      cpu: { load: cpuLoad, drain: cpuDrain },
    };
  } finally {
    await backlog.stop();
  }
}

async function measuredRun({ env, urls, options, api, account, senders, stream }) {
  const load = webhookLoad({ account, senders, tag: `${Date.now().toString(36)}m` });
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  const cpu = cpuMeter({ api: api.api.pid, worker: api.worker.pid });
  api.rss.reset();
  loopDelay.enable();
  const run = await loadAndDrain({
    env,
    urls,
    api,
    load,
    stream,
    connections: options.connections,
    duration: options.duration,
    cpu,
  });
  loopDelay.disable();
  const e2e = endToEnd({ load, arrivals: stream.arrivals, loadEndedAt: run.loadEndedAt });
  const drainEnd = run.drain.emptiedAt ?? performance.now();
  return {
    load,
    run,
    e2e,
    rssPeak: api.rss.peak(),
    loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    pace: {
      load: backlogPace(run.backlog.samples, run.startedAt, run.loadEndedAt + 500),
      drain: backlogPace(run.backlog.samples, run.loadEndedAt, drainEnd + 500),
    },
  };
}

async function runWebhookScenario(env, context) {
  const lock = await holdRunLock(context.urls.owner, 'loved-bench-webhook');
  try {
    return await webhookRun(env, context);
  } finally {
    await lock.release();
  }
}

async function webhookRun(env, { api, urls, options, log }) {
  const account = benchAccount();
  const leftovers = await removeWebhookRows(urls.owner, {
    orgId: env.orgId,
    phoneNumberId: account.phoneNumberId,
  });
  if (leftovers.leads || leftovers.events || leftovers.integrations)
    log(`  (removed leftovers of an earlier webhook run: ${JSON.stringify(leftovers)})`);
  await settleDatabase(urls.owner, options.database);
  const board = await saveBoard(urls.owner, env.orgId);
  const stream = communicationArrivals();
  let eventStream = null;
  const sent = [];
  let result;
  let cleanup;
  let restored;
  try {
    await connectWhatsApp(env, account);
    eventStream = await openEventStream(env.baseUrl, env.headers, stream.handleEvent);
    const senders = benchSenders(SENDERS);

    // Warm-up (JIT, caches, pools), drained before the measured run starts.
    const warm = webhookLoad({ account, senders, tag: `${Date.now().toString(36)}w` });
    sent.push(warm);
    await loadAndDrain({
      env,
      urls,
      api,
      load: warm,
      stream,
      connections: 1,
      duration: 1,
      timeoutS: 5,
    });
    const warmAudit = await auditDelivery(urls.owner, {
      orgId: env.orgId,
      wamids: [...warm.accepted],
      phoneNumberId: account.phoneNumberId,
    });
    await settleDatabase(urls.owner, options.database);

    const measured = await measuredRun({ env, urls, options, api, account, senders, stream });
    sent.push(measured.load);
    const audit = await auditDelivery(urls.owner, {
      orgId: env.orgId,
      wamids: [...measured.load.accepted],
      phoneNumberId: account.phoneNumberId,
    });
    const { run, e2e } = measured;
    const http = { ...run.http, rssPeak: measured.rssPeak };
    result = {
      http,
      figures: {
        connections: options.connections,
        duration: options.duration,
        senders: SENDERS,
        http,
        acceptedPerSecond: measured.load.accepted.size / run.http.duration,
        e2e,
        audit,
        inboxEmptyMs:
          run.drain.emptiedAt === null ? null : Math.max(0, run.drain.emptiedAt - run.loadEndedAt),
        drainTimeoutMs: DRAIN_TIMEOUT_MS,
        pace: measured.pace,
        cpu: run.cpu,
        loopDelayP99Ms: measured.loopDelayP99Ms,
        sendersUsed: new Set([...warm.sendersUsed, ...measured.load.sendersUsed]).size,
        stream: { repeats: stream.repeats(), closedEarly: eventStream.closedEarly() },
        warmup: { accepted: warmAudit.accepted, stored: warmAudit.stored },
        graphCalls: api.graph.calls,
      },
    };
  } finally {
    eventStream?.close();
    await disconnectWhatsApp(env).catch((error) => log(`  (disconnect failed: ${error.message})`));
    cleanup = await removeWebhookRows(urls.owner, {
      orgId: env.orgId,
      phoneNumberId: account.phoneNumberId,
      wamids: sent.flatMap((load) => [...load.sentAt.keys()]),
    });
    restored = await restoreBoard(urls.owner, board);
  }
  const figures = { ...result.figures, cleanup, restored };
  for (const [passed, line] of webhookVerdicts(figures))
    log(`  ${passed ? 'PASS' : 'FAIL'} ${line}`);
  log(
    `  webhook e2e p50 ${figures.e2e.p50?.toFixed(0)} ms, p95 ${figures.e2e.p95?.toFixed(0)} ms, max ${figures.e2e.max?.toFixed(0)} ms; drain ${figures.e2e.drainMs?.toFixed(0)} ms; inbox ${JSON.stringify(figures.audit.inbox)}`,
  );
  return { http: result.http, restored, section: renderWebhookSection(figures) };
}
