// Where the CPU went during a phase of a run: the API, the worker, PostgreSQL, Redis and the
// bench itself (autocannon and the event stream share its thread), read from /proc (Linux).
// Shares are of one core: 100 % is one core busy for the whole phase. Read-only.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds of one process so far; 0 when it is gone. */
function processSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** The pids whose command name is `name` (e.g. every PostgreSQL backend). */
function pidsNamed(name) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Busy and total seconds of the whole machine (all cores), from /proc/stat. */
function machineSeconds() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const ticks = values.map(Number);
  const idle = ticks[3] + (ticks[4] ?? 0);
  const total = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0);
  return { busy: (total - idle) / ticksPerSecond, total: total / ticksPerSecond };
}

function snapshot(pids) {
  const byName = (name) => pidsNamed(name).reduce((sum, pid) => sum + processSeconds(pid), 0);
  const self = process.cpuUsage();
  return {
    at: performance.now(),
    api: processSeconds(pids.api),
    worker: processSeconds(pids.worker),
    // Backends that exit during the phase take their time with them: the pools stay open, so
    // this undercounts little.
    postgres: byName('postgres'),
    redis: byName('redis-server'),
    bench: (self.user + self.system) / 1e6,
    machine: machineSeconds(),
  };
}

/** Starts measuring; `lap()` answers the shares since the previous lap (or the start). */
export function cpuMeter(pids) {
  let last = snapshot(pids);
  return {
    lap() {
      const now = snapshot(pids);
      const seconds = (now.at - last.at) / 1000;
      const share = (key) => (100 * (now[key] - last[key])) / seconds;
      const machineTotal = now.machine.total - last.machine.total;
      const result = {
        seconds,
        api: share('api'),
        worker: share('worker'),
        postgres: share('postgres'),
        redis: share('redis'),
        bench: share('bench'),
        machineBusy:
          machineTotal > 0 ? (100 * (now.machine.busy - last.machine.busy)) / machineTotal : 0,
      };
      // Whatever else ran on the machine meanwhile (other work skews every figure).
      const ours = result.api + result.worker + result.postgres + result.redis + result.bench;
      result.other = Math.max(0, result.machineBusy * cpus().length - ours);
      last = now;
      return result;
    },
  };
}
