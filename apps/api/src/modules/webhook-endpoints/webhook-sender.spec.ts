import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendWebhook } from './webhook-sender';

const LENIENT = { requireHttps: false, allowPrivate: true };

describe('sendWebhook', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = undefined;
  });

  const serve = async (handler: RequestListener): Promise<URL> => {
    server = createServer(handler);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
  };
  const send = (url: URL, extra: Partial<Parameters<typeof sendWebhook>[0]> = {}) =>
    sendWebhook({
      url,
      headers: { 'content-type': 'application/json' },
      body: '{}',
      policy: LENIENT,
      ...extra,
    });

  it('succeeds on 2xx only', async () => {
    const url = await serve((_, res) => res.writeHead(204).end());
    expect(await send(url)).toMatchObject({ ok: true, status: 204, error: null, aborted: false });
  });

  it('does not follow a redirect', async () => {
    const url = await serve((_, res) => res.writeHead(302, { location: 'http://10.0.0.1/' }).end());
    expect(await send(url)).toMatchObject({ ok: false, status: 302 });
  });

  it('keeps the start of a failed answer on one line, and no more than a few KB of it', async () => {
    const url = await serve((_, res) =>
      res.writeHead(500).end(`boom\nline two ${'x'.repeat(100_000)}`),
    );
    const result = await send(url);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^HTTP 500: boom line two x+$/);
    expect(result.error!.length).toBeLessThan(400);
  });

  it('gives up after the timeout', async () => {
    const url = await serve(() => undefined);
    expect(await send(url, { timeoutMs: 200 })).toMatchObject({
      ok: false,
      status: null,
      error: 'timed out after 0.2 s',
      aborted: false,
    });
  });

  it('refuses a host resolving to a private address in the connection itself', async () => {
    const url = await serve((_, res) => res.writeHead(204).end());
    url.hostname = 'localhost';
    const result = await send(url, { policy: { requireHttps: false, allowPrivate: false } });
    expect(result).toMatchObject({ ok: false, status: null });
    expect(result.error).toContain('non-public');
  });

  it('reports an abort as such', async () => {
    const url = await serve(() => undefined);
    const controller = new AbortController();
    const sending = send(url, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await sending).toMatchObject({ ok: false, aborted: true });
  });
});
