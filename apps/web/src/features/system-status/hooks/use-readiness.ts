import { useCallback, useEffect, useState } from 'react';
import type { HealthDependency, ReadinessResponse } from '@loved/shared';
import { ApiError } from '@/lib/api-client';
import { getReadiness } from '@/features/system-status/api/get-readiness';
import { isHealthDependency } from '@/features/system-status/utils/status-labels';

export type ReadinessState =
  | { status: 'loading' }
  | { status: 'ready'; data: ReadinessResponse; checkedAt: Date }
  /** The API answered 503: these dependencies are down (the others were not reported). */
  | { status: 'degraded'; down: HealthDependency[]; checkedAt: Date }
  /** `message` is the API's own words; without it the card says it generically. */
  | { status: 'error'; message: string | null };

export type UseReadinessResult = {
  state: ReadinessState;
  /** Runs the check again; the current answer stays on screen until the new one arrives. */
  refresh: () => void;
  isRefreshing: boolean;
};

function toFailedState(error: unknown): ReadinessState {
  if (!(error instanceof ApiError)) return { status: 'error', message: null };
  const down = error.errors.map((item) => item.field).filter(isHealthDependency);
  if (error.status === 503 && down.length > 0) {
    return { status: 'degraded', down, checkedAt: new Date() };
  }
  return { status: 'error', message: error.detail };
}

export function useReadiness(): UseReadinessResult {
  const [state, setState] = useState<ReadinessState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [settledAttempt, setSettledAttempt] = useState<number | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getReadiness(controller.signal)
      .then((data): ReadinessState => ({ status: 'ready', data, checkedAt: new Date() }))
      .catch(toFailedState)
      .then((next) => {
        if (controller.signal.aborted) return;
        setState(next);
        setSettledAttempt(attempt);
      });
    return () => {
      controller.abort();
    };
  }, [attempt]);

  const refresh = useCallback(() => {
    setAttempt((current) => current + 1);
  }, []);

  return { state, refresh, isRefreshing: settledAttempt !== attempt };
}
