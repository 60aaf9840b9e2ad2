// Every scenario in table order; `--only` selects by scenario name.
import { analyticsCases } from './analytics.mjs';
import { healthCases, tenantReadCases } from './basic.mjs';
import { leadsQCases } from './leads-q.mjs';
import { moveCases } from './move.mjs';
import { pipelineCases } from './pipeline.mjs';
import { searchCases } from './search.mjs';
import { timelineCases } from './timeline.mjs';
import { webhookCases } from './webhook.mjs';

export const SCENARIOS = [
  'health',
  'tenant-read',
  'pipeline',
  'timeline',
  'search',
  'leads-q',
  'move',
  'webhook',
  'analytics',
];

const BUILDERS = {
  health: healthCases,
  'tenant-read': tenantReadCases,
  pipeline: pipelineCases,
  timeline: timelineCases,
  search: searchCases,
  'leads-q': leadsQCases,
  move: moveCases,
  webhook: webhookCases,
  analytics: analyticsCases,
};

export function buildCases(env, only) {
  const unknown = only.filter((name) => !SCENARIOS.includes(name));
  if (unknown.length)
    throw new Error(`unknown scenario(s): ${unknown.join(', ')}; known: ${SCENARIOS.join(', ')}`);
  return SCENARIOS.filter((name) => !only.length || only.includes(name)).flatMap((name) =>
    BUILDERS[name](env),
  );
}
