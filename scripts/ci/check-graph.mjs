// Fails unless the Nx project graph shows api and web depending on the shared lib.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = join(mkdtempSync(join(tmpdir(), 'nx-graph-')), 'graph.json');
execFileSync('npx', ['nx', 'graph', `--file=${file}`], { stdio: 'inherit' });
const { graph } = JSON.parse(readFileSync(file, 'utf8'));
const missing = ['api', 'web'].filter(
  (project) => !(graph.dependencies[project] ?? []).some((dep) => dep.target === 'shared'),
);
if (missing.length > 0) {
  console.error(`Projects not depending on shared: ${missing.join(', ')}`);
  process.exit(1);
}
console.log('api -> shared, web -> shared');
