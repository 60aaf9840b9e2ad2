import { afterEach, describe, expect, it, vi } from 'vitest';
import { repeatEvery } from './repeat-every';

describe('repeatEvery', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the task every interval, never two at once, until stopped', async () => {
    vi.useFakeTimers();
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const stop = repeatEvery(
      100,
      async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 250));
        running -= 1;
      },
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(3);
    expect(maxRunning).toBe(1);
    stop();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBeLessThanOrEqual(4);
  });

  it('reports a failed run and keeps going', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let runs = 0;
    const stop = repeatEvery(
      50,
      async () => {
        runs += 1;
        throw new Error(`run ${runs}`);
      },
      (error) => errors.push(error),
    );
    await vi.advanceTimersByTimeAsync(160);
    stop();
    expect(runs).toBe(3);
    expect(errors).toHaveLength(3);
  });
});
