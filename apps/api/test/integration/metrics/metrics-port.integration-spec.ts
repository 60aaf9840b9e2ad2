import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../src/core/database/free-port';
import { serveMetricsPort } from '../../../src/core/metrics/metrics-port';
import { sampleValue } from '../../utils/metrics.helpers';
import { createTestApp, type TestApp } from '../../utils/test-app';

describe('METRICS_PORT', () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
  });

  it('serves /metrics without a token on 127.0.0.1, and stops with the app', async () => {
    const port = await findFreePort();
    const t = await createTestApp({ env: { METRICS_PORT: String(port) } });
    apps.push(t);
    expect(await serveMetricsPort(t.app, t.config.env, 'api')).toBe(port);

    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(sampleValue(text, 'db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    // Without METRICS_TOKEN the public port still has no /metrics.
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);

    await t.close();
    apps.splice(0);
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});
