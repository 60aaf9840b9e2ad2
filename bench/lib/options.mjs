// Command-line options of `npm run bench` and `npm run bench:seed` (node:util parseArgs).
import { parseArgs } from 'node:util';
import { DEFAULT_SIZES } from '../seed/sizes.mjs';

const SEED_OPTIONS = {
  orgs: { type: 'string', default: String(DEFAULT_SIZES.orgs) },
  leads: { type: 'string', default: String(DEFAULT_SIZES.leads) },
  communications: { type: 'string', default: String(DEFAULT_SIZES.communications) },
  hot: { type: 'string', default: String(DEFAULT_SIZES.hot) },
  seed: { type: 'string', default: DEFAULT_SIZES.seed },
  database: { type: 'string', default: 'loved_bench' },
  'app-dir': { type: 'string', default: '.' },
  'pg-host': { type: 'string', default: '127.0.0.1' },
  'pg-port': { type: 'string', default: '5432' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
};

const RUN_OPTIONS = {
  ...SEED_OPTIONS,
  connections: { type: 'string', default: '50' },
  duration: { type: 'string', default: '10' },
  runs: { type: 'string', default: '1' },
  only: { type: 'string', default: '' },
  'sql-seconds': { type: 'string', default: '3' },
  'redis-url': { type: 'string', default: 'redis://127.0.0.1:6379' },
  'queue-prefix': { type: 'string', default: 'loved-bench' },
  explain: { type: 'boolean', default: false },
  'no-ceilings': { type: 'boolean', default: false },
  label: { type: 'string', default: '' },
};

const int = (value, name) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
};

function parse(definition, argv) {
  const { values } = parseArgs({ args: argv, options: definition, strict: true });
  return {
    help: values.help,
    orgs: Math.max(1, int(values.orgs, 'orgs')),
    leads: Math.max(10, int(values.leads, 'leads')),
    communications: int(values.communications, 'communications'),
    hot: int(values.hot, 'hot'),
    seed: values.seed,
    database: values.database,
    appDir: values['app-dir'],
    pgHost: values['pg-host'],
    pgPort: int(values['pg-port'], 'pg-port'),
    force: values.force,
    values,
  };
}

export const parseSeedOptions = (argv) => parse(SEED_OPTIONS, argv);

export function parseRunOptions(argv) {
  const options = parse(RUN_OPTIONS, argv);
  const { values } = options;
  return {
    ...options,
    connections: Math.max(1, int(values.connections, 'connections')),
    duration: Math.max(1, int(values.duration, 'duration')),
    runs: Math.max(1, int(values.runs, 'runs')),
    only: values.only
      ? values.only
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    sqlSeconds: Math.max(1, int(values['sql-seconds'], 'sql-seconds')),
    redisUrl: values['redis-url'],
    queuePrefix: values['queue-prefix'],
    explain: values.explain,
    ceilings: !values['no-ceilings'],
    label: values.label,
  };
}

export const SEED_USAGE = `Usage: npm run bench:seed -- [options]
  --orgs N             organisations (default ${DEFAULT_SIZES.orgs}); org k has half of org k-1's messages
  --leads N            leads of each of the first two orgs (default ${DEFAULT_SIZES.leads})
  --communications N   messages of org 0 (default ${DEFAULT_SIZES.communications})
  --hot N              messages of org 0's hot lead (default ${DEFAULT_SIZES.hot})
  --seed S             random seed; same seed, same data and ids (default ${DEFAULT_SIZES.seed})
  --database NAME      bench database, loved_bench* (default loved_bench)
  --app-dir DIR        checkout whose dist/apps/api is used to migrate (default .)
  --force              reload even if the database holds the same parameters
  --pg-host, --pg-port PostgreSQL server (user postgres, trust auth)`;

export const RUN_USAGE = `Usage: npm run bench -- [options]
Seeds (or reuses) the bench database, starts the built API and worker in full mode, and
measures each scenario over HTTP (autocannon) with its SQL ceilings (pg, with and without RLS).

${SEED_USAGE.split('\n').slice(1).join('\n')}
  --connections N      concurrent connections (default 50)
  --duration S         seconds per HTTP case (default 10)
  --runs N             repeat each HTTP case N times, report the median run (default 1)
  --only a,b           scenarios: health,tenant-read,pipeline,timeline,search,leads-q,move,
                       webhook,analytics
  --sql-seconds S      seconds per SQL ceiling (default 3)
  --no-ceilings        skip the bare-route and SQL ceilings
  --explain            print EXPLAIN (ANALYZE, BUFFERS) of each scenario's SQL as the app role
                       and exit (no HTTP)
  --redis-url URL      (default redis://127.0.0.1:6379)
  --queue-prefix P     Bull key prefix of the bench processes (default loved-bench)
  --label TEXT         a note for the results file (e.g. "before")`;
