import { describe, expect, it } from 'vitest';
import {
  parseAnalyticsFilters,
  presetRange,
  toAnalyticsQuery,
  toAnalyticsSearchParams,
} from '@/features/analytics/utils/analytics-period';

const TODAY = new Date(2026, 2, 15, 9, 30);
const OWNER = '00000000-0000-4000-8000-00000000a002';

describe('presetRange', () => {
  it.each([
    ['7d', '2026-03-09', '2026-03-15'],
    ['30d', '2026-02-14', '2026-03-15'],
    ['90d', '2025-12-16', '2026-03-15'],
    ['this-month', '2026-03-01', '2026-03-15'],
    ['last-month', '2026-02-01', '2026-02-28'],
  ] as const)('%s covers %s to %s, both inclusive', (preset, from, to) => {
    expect(presetRange(preset, TODAY)).toEqual({ from, to });
  });
});

describe('parseAnalyticsFilters', () => {
  it('defaults to the last 30 days for everyone', () => {
    expect(parseAnalyticsFilters(new URLSearchParams(), TODAY)).toEqual({
      period: '30d',
      from: '2026-02-14',
      to: '2026-03-15',
    });
  });

  it('reads explicit dates as a custom period, turning a reversed range around', () => {
    expect(
      parseAnalyticsFilters(new URLSearchParams('from=2026-03-10&to=2026-01-02'), TODAY),
    ).toEqual({ period: 'custom', from: '2026-01-02', to: '2026-03-10' });
  });

  it('drops what the API would refuse: unknown presets, impossible dates, bad owners', () => {
    expect(
      parseAnalyticsFilters(
        new URLSearchParams('period=year&from=2026-02-30&to=2026-03-01&owner_id=bob'),
        TODAY,
      ),
    ).toEqual({ period: '30d', from: '2026-02-14', to: '2026-03-15' });
  });

  it('keeps "me" or a user id as the owner', () => {
    expect(parseAnalyticsFilters(new URLSearchParams('owner_id=me'), TODAY).owner_id).toBe('me');
    expect(
      parseAnalyticsFilters(new URLSearchParams(`period=7d&owner_id=${OWNER}`), TODAY),
    ).toEqual({ period: '7d', from: '2026-03-09', to: '2026-03-15', owner_id: OWNER });
  });
});

describe('toAnalyticsSearchParams', () => {
  it('names a preset (so a shared link stays relative) and leaves the default out', () => {
    const filters = parseAnalyticsFilters(new URLSearchParams('period=90d'), TODAY);
    expect(toAnalyticsSearchParams(filters).toString()).toBe('period=90d');
    expect(
      toAnalyticsSearchParams(parseAnalyticsFilters(new URLSearchParams(), TODAY)).toString(),
    ).toBe('');
  });

  it('writes a custom period as its dates', () => {
    expect(
      toAnalyticsSearchParams({
        period: 'custom',
        from: '2026-01-01',
        to: '2026-01-31',
        owner_id: 'me',
      }).toString(),
    ).toBe('from=2026-01-01&to=2026-01-31&owner_id=me');
  });
});

describe('toAnalyticsQuery', () => {
  it('sends the owner only for someone who may choose one', () => {
    const filters = {
      period: '7d' as const,
      from: '2026-03-09',
      to: '2026-03-15',
      owner_id: OWNER,
    };
    expect(toAnalyticsQuery(filters, true)).toEqual({
      from: '2026-03-09',
      to: '2026-03-15',
      owner_id: OWNER,
    });
    expect(toAnalyticsQuery(filters, false)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
  });
});
