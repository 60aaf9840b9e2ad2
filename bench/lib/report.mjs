// The results as Markdown: the table of the issue (HTTP figures beside their SQL ceilings) and
// the context needed to compare two runs (date, machine, versions, sizes, memory).
import { ms, rate } from './stats.mjs';

function latencyCell(http, duration) {
  if (!http) return '—';
  if (!http.responses) return `no answer within the ${duration} s run`;
  return `${ms(http.p50)} / ${ms(http.p99)}`;
}

function errorsCell(http) {
  if (!http) return '—';
  const parts = [];
  if (http.serverErrors) parts.push(`5xx ${http.serverErrors}`);
  if (http.conflicts) parts.push(`409 ${http.conflicts}`);
  if (http.clientErrors) parts.push(`4xx ${http.clientErrors}`);
  if (http.timeouts) parts.push(`timeouts ${http.timeouts}`);
  const otherErrors = http.errors - http.timeouts;
  if (otherErrors > 0) parts.push(`conn ${otherErrors}`);
  return parts.length ? parts.join(', ') : '0';
}

function sqlCell(sql, seconds) {
  if (!sql) return '—';
  if (!sql.completed) return `0 (> ${seconds} s per query)`;
  const errors = sql.errors ? `, ${sql.errors} errors` : '';
  if (sql.tps < 5) return `${rate(sql.tps)} tps (${(sql.p50 / 1000).toFixed(1)} s each${errors})`;
  return `${rate(sql.tps)} tps${errors}`;
}

export function renderReport({ results, bare, meta, options }) {
  const lines = [];
  lines.push(
    `# Loved CRM benchmark — ${meta.date}${options.label ? ` (${options.label})` : ''}`,
    '',
  );
  lines.push(
    `${options.connections} connections, ${options.duration} s per case${options.runs > 1 ? `, median of ${options.runs} runs` : ''}; SQL ceilings: ${options.connections} \`pg\` clients for ${options.sqlSeconds} s each.`,
    '',
  );
  lines.push('| Endpoint | p50 / p99 | req/s | errors | SQL with RLS | SQL as owner |');
  lines.push('|---|---|---|---|---|---|');
  if (bare) {
    lines.push(
      `| bare Fastify route (ceiling) | ${latencyCell(bare, options.duration)} | ${rate(bare.rps)} | ${errorsCell(bare)} | — | — |`,
    );
  }
  for (const { kase, http, sqlRls, sqlOwner } of results) {
    lines.push(
      `| ${kase.label} | ${latencyCell(http, options.duration)} | ${http ? rate(http.rps) : '—'} | ${errorsCell(http)} | ${sqlCell(sqlRls, options.sqlSeconds)} | ${sqlCell(sqlOwner, options.sqlSeconds)} |`,
    );
  }
  lines.push('');
  const tenant = results.find((r) => r.kase.key === 'tenant-read')?.http;
  if (tenant && bare?.rps) {
    lines.push(
      `- \`organizations/current\` reaches ${((100 * tenant.rps) / bare.rps).toFixed(0)} % of the bare route's throughput.`,
    );
  }
  if (meta.rss) {
    lines.push(
      `- API RSS: ${meta.rss.idle.toFixed(0)} MB after boot, peak ${meta.rss.peak.toFixed(0)} MB under load (worker peak ${meta.rss.workerPeak.toFixed(0)} MB).`,
    );
  }
  const moves = results.filter((r) => r.kase.scenario === 'move' && r.restored);
  for (const { kase, restored } of moves) {
    lines.push(
      `- ${kase.label}: the case changed ${restored.leads} leads and wrote ${restored.events} events (board restored afterwards).`,
    );
  }
  for (const { kase, http } of results) {
    if (http && Object.keys(http.byStatus).some((code) => code !== '200')) {
      lines.push(`- ${kase.label}: status codes ${JSON.stringify(http.byStatus)}.`);
    }
  }
  lines.push(
    `- Data: ${meta.sizes}; ${meta.seeding}.`,
    `- Machine: ${meta.cpus} × ${meta.cpuModel}, ${meta.memory}; PostgreSQL ${meta.postgres}; Node ${meta.node}.`,
    `- App: ${meta.app}.`,
    '',
  );
  // Scenarios with more to say than a table row (webhook) add their own section.
  for (const { section } of results) if (section) lines.push(section);
  return lines.join('\n');
}
