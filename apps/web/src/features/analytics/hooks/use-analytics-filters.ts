import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AnalyticsFilters, PeriodPreset } from '@/features/analytics/types/analytics-filters';
import {
  parseAnalyticsFilters,
  parseIsoDate,
  toAnalyticsSearchParams,
} from '@/features/analytics/utils/analytics-period';

export type UseAnalyticsFiltersResult = {
  filters: AnalyticsFilters;
  setPeriod: (period: PeriodPreset) => void;
  /** A custom period; the other date follows when the range would turn around. */
  setDates: (dates: { from?: string; to?: string }) => void;
  /** `undefined` shows everyone. */
  setOwner: (ownerId: string | undefined) => void;
};

/** The page's filters, read from and written to the URL, so a report can be shared or bookmarked. */
export function useAnalyticsFilters(): UseAnalyticsFiltersResult {
  const [searchParams, setSearchParams] = useSearchParams();
  // One "today" for the page's life: presets keep the dates they showed when it opened.
  const [today] = useState(() => new Date());
  const filters = useMemo(() => parseAnalyticsFilters(searchParams, today), [searchParams, today]);

  const update = useCallback(
    (change: (current: AnalyticsFilters) => AnalyticsFilters) =>
      setSearchParams(
        (params) => toAnalyticsSearchParams(change(parseAnalyticsFilters(params, today))),
        { replace: true },
      ),
    [setSearchParams, today],
  );

  const setPeriod = useCallback(
    (period: PeriodPreset) =>
      update((current) =>
        period === 'custom'
          ? { ...current, period }
          : {
              ...parseAnalyticsFilters(new URLSearchParams({ period }), today),
              owner_id: current.owner_id,
            },
      ),
    [update, today],
  );

  const setDates = useCallback(
    (dates: { from?: string; to?: string }) =>
      update((current) => {
        // A half-typed or cleared date input changes nothing until it names a day.
        let from = dates.from === undefined ? current.from : parseIsoDate(dates.from);
        let to = dates.to === undefined ? current.to : parseIsoDate(dates.to);
        if (!from || !to) return current;
        if (from > to) {
          if (dates.from !== undefined) to = from;
          else from = to;
        }
        return { ...current, period: 'custom', from, to };
      }),
    [update],
  );

  const setOwner = useCallback(
    (ownerId: string | undefined) =>
      update((current) => {
        const { owner_id: _previous, ...rest } = current;
        return ownerId ? { ...rest, owner_id: ownerId } : rest;
      }),
    [update],
  );

  return { filters, setPeriod, setDates, setOwner };
}
