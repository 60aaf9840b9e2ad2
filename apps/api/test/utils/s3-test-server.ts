import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type S3TestServer = { endpoint: string; stop: () => Promise<void> };

const SCRIPT = fileURLToPath(new URL('../../../../scripts/ci/start-s3rver.mjs', import.meta.url));

/**
 * The S3-compatible server the storage tests use: the one `.ci/run` started
 * (TEST_S3_ENDPOINT), else an s3rver of our own on a free port in a temporary folder, in a
 * child process so its memory never counts as the API's.
 */
export async function startS3TestServer(): Promise<S3TestServer> {
  const shared = process.env.TEST_S3_ENDPOINT;
  if (shared) return { endpoint: shared, stop: async () => undefined };
  const child: ChildProcess = spawn(process.execPath, [SCRIPT, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /S3RVER_READY (\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`s3rver exited with ${code}: ${output}`)));
  });
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
