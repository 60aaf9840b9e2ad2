// The processes the bench starts (API, worker): spawned with the bench environment, awaited
// until ready, sampled for memory, and always stopped — by their pid, never by name.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const started = new Set();

export function startProcess(name, script, { cwd, env }) {
  const child = spawn(process.execPath, [script], {
    cwd,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Keep the last lines of stderr to explain a crash; the API logs at warn level only.
  const tail = [];
  child.stderr.on('data', (chunk) => {
    tail.push(chunk.toString());
    if (tail.length > 40) tail.shift();
  });
  child.on('exit', (code, signal) => {
    started.delete(child);
    if (!child.stopping)
      process.stderr.write(`${name} exited (${code ?? signal})\n${tail.join('')}\n`);
  });
  started.add(child);
  child.benchName = name;
  child.stderrTail = tail;
  return child;
}

/** SIGTERM, then SIGKILL after a grace period; only processes this bench started. */
export async function stopProcess(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.stopping = true;
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export const stopAll = () => Promise.all([...started].map((child) => stopProcess(child)));

/** Last resort on exit: whatever is still running gets SIGKILL. */
process.on('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

export async function waitForHttp(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.benchName} exited before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s`);
}

/** Resident memory of a process in MB (VmRSS), or null when it is gone. */
export function rssMb(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; `peak()` since the last `reset()`. */
export function rssSampler(pid, everyMs = 200) {
  let peak = 0;
  let overall = 0;
  const sample = () => {
    const mb = rssMb(pid);
    if (mb !== null) {
      peak = Math.max(peak, mb);
      overall = Math.max(overall, mb);
    }
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    reset: () => {
      peak = rssMb(pid) ?? 0;
    },
    peak: () => (sample(), peak),
    overall: () => (sample(), overall),
    stop: () => clearInterval(timer),
  };
}
