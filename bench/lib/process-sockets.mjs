// Which of our processes owns a PostgreSQL session: the API and the worker connect with the
// same application_name, but each session's `client_port` is the local port of a socket one
// of them holds. Read from /proc (Linux): the process's socket inodes, then /proc/net/tcp*.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

function socketInodes(pid) {
  const inodes = new Set();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match) inodes.add(match[1]);
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    // process gone
  }
  return inodes;
}

/** Local TCP port by socket inode, over IPv4 and IPv6. */
function portsByInode() {
  const ports = new Map();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10) continue;
      ports.set(fields[9], parseInt(fields[1].split(':')[1], 16));
    }
  }
  return ports;
}

/** `owners` ({ name: pid }) → Map of local port → name. */
export function portOwners(owners) {
  const ports = portsByInode();
  const byPort = new Map();
  for (const [name, pid] of Object.entries(owners)) {
    for (const inode of socketInodes(pid)) {
      const port = ports.get(inode);
      if (port !== undefined) byPort.set(port, name);
    }
  }
  return byPort;
}
