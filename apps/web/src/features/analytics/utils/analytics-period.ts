import type { AnalyticsQuery } from '@loved/shared';
import { endOfMonth, format, isValid, parse, startOfMonth, subDays, subMonths } from 'date-fns';
import {
  PERIOD_PRESETS,
  type AnalyticsFilters,
  type PeriodPreset,
} from '@/features/analytics/types/analytics-filters';

/** The API's default period: the last 30 days, today included. */
export const DEFAULT_PERIOD: Exclude<PeriodPreset, 'custom'> = '30d';

const DATE_FORMAT = 'yyyy-MM-dd';
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `YYYY-MM-DD` of a local date. */
export function toIsoDate(date: Date): string {
  return format(date, DATE_FORMAT);
}

/** A `YYYY-MM-DD` that names a real day, or undefined. */
export function parseIsoDate(value: string | null | undefined): string | undefined {
  if (!value || !DATE_PATTERN.test(value)) return undefined;
  return isValid(parse(value, DATE_FORMAT, new Date())) ? value : undefined;
}

/**
 * The dates (both inclusive) a preset covers, counted from `today`. The browser's calendar
 * stands in for the organisation's: they differ only for a team spread over time zones, and
 * then by at most one day at the edges.
 */
export function presetRange(
  preset: Exclude<PeriodPreset, 'custom'>,
  today: Date,
): { from: string; to: string } {
  const to = toIsoDate(today);
  switch (preset) {
    case '7d':
      return { from: toIsoDate(subDays(today, 6)), to };
    case '30d':
      return { from: toIsoDate(subDays(today, 29)), to };
    case '90d':
      return { from: toIsoDate(subDays(today, 89)), to };
    case 'this-month':
      return { from: toIsoDate(startOfMonth(today)), to };
    case 'last-month': {
      const lastMonth = subMonths(today, 1);
      return { from: toIsoDate(startOfMonth(lastMonth)), to: toIsoDate(endOfMonth(lastMonth)) };
    }
  }
}

function presetOf(value: string | null): PeriodPreset | undefined {
  return value !== null && (PERIOD_PRESETS as readonly string[]).includes(value)
    ? (value as PeriodPreset)
    : undefined;
}

function ownerOf(value: string | null): string | undefined {
  if (value === 'me') return value;
  return value !== null && UUID_PATTERN.test(value) ? value : undefined;
}

/**
 * The filters a URL gives: a preset (`period`), or explicit `from` and `to` dates (a custom
 * period); anything unreadable falls back to the last 30 days rather than reach the API as a 400.
 */
export function parseAnalyticsFilters(params: URLSearchParams, today: Date): AnalyticsFilters {
  const owner_id = ownerOf(params.get('owner_id'));
  const withOwner = (filters: AnalyticsFilters): AnalyticsFilters =>
    owner_id ? { ...filters, owner_id } : filters;
  const preset = presetOf(params.get('period'));
  const from = parseIsoDate(params.get('from'));
  const to = parseIsoDate(params.get('to'));
  if ((preset === undefined || preset === 'custom') && from && to) {
    // A reversed range is read the way it was meant rather than refused.
    return withOwner(
      from <= to ? { period: 'custom', from, to } : { period: 'custom', from: to, to: from },
    );
  }
  const period = preset && preset !== 'custom' ? preset : DEFAULT_PERIOD;
  return withOwner({ period, ...presetRange(period, today) });
}

/** The filters as URL parameters: a preset by name (so a shared link stays relative), else dates. */
export function toAnalyticsSearchParams(filters: AnalyticsFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.period === 'custom') {
    params.set('from', filters.from);
    params.set('to', filters.to);
  } else if (filters.period !== DEFAULT_PERIOD) {
    params.set('period', filters.period);
  }
  if (filters.owner_id) params.set('owner_id', filters.owner_id);
  return params;
}

/** What the API is asked; an owner is sent only when the caller may choose one. */
export function toAnalyticsQuery(
  filters: AnalyticsFilters,
  canChooseOwner: boolean,
): AnalyticsQuery {
  const query: AnalyticsQuery = { from: filters.from, to: filters.to };
  if (canChooseOwner && filters.owner_id) query.owner_id = filters.owner_id;
  return query;
}
