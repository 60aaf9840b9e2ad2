// The `webhook` section of the results: the issue's four targets as PASS/FAIL lines with the
// measured figure beside each, then what explains them (worker pace, CPU, drain, counts).
import { ms, rate } from './stats.mjs';

/** The issue's targets for the webhook scenario. */
export const WEBHOOK_TARGETS = { acceptedPerSecond: 1000, p99Ms: 2000 };

const seconds = (value) => (value === null ? '—' : ms(value));
const latency = (value) => (value === Infinity ? 'never (message not announced)' : seconds(value));
const count = (n) => n.toLocaleString('en-US');

/** `[passed, line]` per target. */
export function webhookVerdicts(f) {
  const { acceptedPerSecond, p99Ms } = WEBHOOK_TARGETS;
  return [
    [
      f.acceptedPerSecond >= acceptedPerSecond,
      `≥ ${count(acceptedPerSecond)} webhooks accepted per second: ${rate(f.acceptedPerSecond)}/s (${count(f.audit.accepted)} answered 2xx in ${f.http.duration.toFixed(1)} s)`,
    ],
    [
      f.e2e.p99 !== null && f.e2e.p99 <= p99Ms,
      `end-to-end p99 ≤ ${ms(p99Ms)} (POST sent → \`communication.created\` on the event stream): ${latency(f.e2e.p99)}`,
    ],
    [
      f.audit.accepted > 0 && f.audit.lost === 0 && f.audit.unroutable === 0,
      `none lost: ${count(f.audit.stored)} of ${count(f.audit.accepted)} accepted messages in \`communications\` (${count(f.audit.lost)} missing, ${count(f.audit.unroutable)} stored as unroutable)`,
    ],
    [
      f.audit.duplicated === 0,
      `none duplicated: ${count(f.audit.duplicated)} wamids stored more than once`,
    ],
  ];
}

const cpuLine = (label, c) =>
  c
    ? `${label} (${c.seconds.toFixed(1)} s): API ${c.api.toFixed(0)} %, worker ${c.worker.toFixed(0)} %, PostgreSQL ${c.postgres.toFixed(0)} %, Redis ${c.redis.toFixed(0)} %, bench ${c.bench.toFixed(0)} %, other processes ${c.other.toFixed(0)} %; all cores ${c.machineBusy.toFixed(0)} % busy`
    : `${label}: —`;

const sessionsText = (sessions) =>
  sessions.length === 0
    ? 'none busy'
    : sessions
        .slice(0, 5)
        .map(({ what, average }) => `${what} ${average.toFixed(1)}`)
        .join(', ');

const paceLine = (label, p) =>
  p
    ? `${label}: worker processed ${rate(p.processedPerSecond)} events/s, backlog peak ${count(p.peakPending)}, ${count(p.pendingAtEnd)} pending at its end; database sessions on average: ${sessionsText(p.sessions)}`
    : `${label}: too short to sample`;

/** Milliseconds of CPU per unit of work: `share` % of one core for `seconds`, over `units`. */
const perUnit = (share, seconds, units) =>
  units > 0 ? `${(((share / 100) * seconds * 1000) / units).toFixed(1)} ms` : '—';

function cpuPerMessage({ cpu, audit, pace }) {
  const parts = [];
  if (cpu.load)
    parts.push(
      `the API spent ${perUnit(cpu.load.api, cpu.load.seconds, audit.accepted)} per accepted webhook during the load`,
    );
  if (cpu.drain && pace.drain) {
    const n = pace.drain.processed;
    parts.push(
      `after it, the worker ${perUnit(cpu.drain.worker, cpu.drain.seconds, n)} and PostgreSQL ${perUnit(cpu.drain.postgres, cpu.drain.seconds, n)} per event processed (${n.toLocaleString('en-US')} events)`,
    );
  }
  return parts.join('; ') || '—';
}

export function renderWebhookSection(f) {
  const lines = ['## webhook', ''];
  lines.push(
    `${f.connections} connections for ${f.duration} s: signed \`POST /integrations/whatsapp/webhook\`, one text message each (unique wamid) from ${count(f.senders)} numbers at random; API and worker as separate processes; end-to-end measured on the organisation's event stream, opened before the load.`,
    '',
  );
  for (const [passed, line] of webhookVerdicts(f))
    lines.push(`- **${passed ? 'PASS' : 'FAIL'}** ${line}`);
  const { e2e, audit } = f;
  const inbox = Object.entries(audit.inbox)
    .map(([status, n]) => `${status} ${count(n)}`)
    .join(', ');
  lines.push(
    '',
    `- End to end: p50 ${latency(e2e.p50)}, p95 ${latency(e2e.p95)}, p99 ${latency(e2e.p99)}, max ${latency(e2e.max)}; ${count(e2e.unseen)} accepted messages never announced on the stream.`,
    `- HTTP answer of the webhook: p50 ${ms(f.http.p50)}, p99 ${ms(f.http.p99)}; non-2xx ${count(e2e.refused)}, timeouts ${count(f.http.timeouts)}, status codes ${JSON.stringify(f.http.byStatus)}; ${count(e2e.unanswered)} requests unanswered when the load stopped (${count(e2e.unansweredButAnnounced)} of them stored anyway).`,
    `- Drain: the last announcement came ${seconds(e2e.drainMs)} after the load ended; the inbox had nothing pending ${f.inboxEmptyMs === null ? `after ${ms(f.drainTimeoutMs)} (timed out)` : `${seconds(f.inboxEmptyMs)} after it`}.`,
    `- ${paceLine('During the load', f.pace.load)}.`,
    `- ${paceLine('After the load', f.pace.drain)}.`,
    `- CPU, % of one core — ${cpuLine('load', f.cpu.load)}; ${cpuLine('drain', f.cpu.drain)}.`,
    `- CPU per message: ${cpuPerMessage(f)}.`,
    `- Inbox of the org (\`webhook_events\`, warm-up included): ${inbox || 'empty'}. Leads for the bench's numbers: ${count(audit.leads)} for ${count(audit.leadNumbers)} distinct numbers (${count(f.sendersUsed)} numbers written to, warm-up included).`,
    `- Event stream: ${count(f.stream.repeats)} repeated announcements, ${f.stream.closedEarly ? 'closed by the server during the run' : 'open throughout'}. The bench's event-loop delay p99 was ${ms(f.loopDelayP99Ms)} during load and drain (how late a send or arrival time can be taken).`,
    `- Warm-up (1 connection, 1 s, not measured): ${count(f.warmup.accepted)} accepted, ${count(f.warmup.stored)} stored.`,
    `- Cleanup: removed ${count(f.cleanup.leads)} leads, ${count(f.cleanup.messages)} messages, ${count(f.cleanup.events)} inbox events and the integration; board restored (${f.restored ? `${count(f.restored.leads)} seeded leads put back` : 'not restored'}). Graph stub calls: ${f.graphCalls.phoneNumber} token checks, ${f.graphCalls.other} others.`,
    '',
  );
  return lines.join('\n');
}
