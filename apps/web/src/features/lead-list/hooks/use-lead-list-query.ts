import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { LeadListQuery } from '@/features/lead-list/types/lead-list';
import {
  parseListQuery,
  toSearchParams,
  withListQuery,
} from '@/features/lead-list/utils/list-query';

export type LeadListQueryPatch = Partial<Record<keyof LeadListQuery, string | undefined>>;

export type UseLeadListQueryResult = {
  query: LeadListQuery;
  /** Changes some parameters; `undefined` or `''` removes one. Replaces the history entry. */
  patchQuery: (patch: LeadListQueryPatch) => void;
  /** Puts a whole query in place (a saved filter), as a new history entry. */
  replaceQuery: (query: LeadListQuery) => void;
};

/** The list's filters and order, read from and written to the URL's query string. */
export function useLeadListQuery(): UseLeadListQueryResult {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(searchParams), [searchParams]);

  const patchQuery = useCallback(
    (patch: LeadListQueryPatch) =>
      setSearchParams((current) => toSearchParams(withListQuery(parseListQuery(current), patch)), {
        replace: true,
      }),
    [setSearchParams],
  );
  const replaceQuery = useCallback(
    (next: LeadListQuery) => setSearchParams(toSearchParams(next)),
    [setSearchParams],
  );
  return { query, patchQuery, replaceQuery };
}
