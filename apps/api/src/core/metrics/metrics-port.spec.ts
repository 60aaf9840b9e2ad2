import { describe, expect, it } from 'vitest';
import { metricsPortFor } from './metrics-port';

describe('metricsPortFor', () => {
  it('gives the API METRICS_PORT and the worker the next port', () => {
    expect(metricsPortFor({ METRICS_PORT: 9464 }, 'api')).toBe(9464);
    expect(metricsPortFor({ METRICS_PORT: 9464 }, 'worker')).toBe(9465);
  });

  it('serves nothing without METRICS_PORT', () => {
    expect(metricsPortFor({}, 'api')).toBeUndefined();
    expect(metricsPortFor({}, 'worker')).toBeUndefined();
  });
});
