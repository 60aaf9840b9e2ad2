#!/usr/bin/env node
// An S3-compatible server on 127.0.0.1 for the storage tests (s3rver keeps objects in a folder;
// access key S3RVER, and it does not check signatures, so the client's signing settings have
// their own unit test). Prints "S3RVER_READY <endpoint>" once listening; stops on SIGTERM/SIGINT.
//   node scripts/ci/start-s3rver.mjs [--port 4569] [--dir /tmp/s3rver]   (port 0 = any free)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

const option = (name) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};

const directory = option('--dir') ?? mkdtempSync(join(tmpdir(), 's3rver-'));
const server = new S3rver({
  address: '127.0.0.1',
  port: Number(option('--port') ?? 0),
  directory,
  silent: true,
  // Path-style only, as the app is configured for self-hosted stores.
  vhostBuckets: false,
});
const { port } = await server.run();
process.stdout.write(`S3RVER_READY http://127.0.0.1:${port}\n`);

const stop = () => {
  server.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
