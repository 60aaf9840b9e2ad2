import type { AiSummaryResponse } from '@loved/shared';
import type { InfiniteData } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  aiSummaryHistoryQueryKey,
  latestAiSummaryQueryKey,
  type AiSummariesPage,
} from '@/features/ai-summaries/api/get-ai-summaries';
import { receiveAiSummary } from '@/features/ai-summaries/utils/ai-summary-cache';
import { queryClient } from '@/lib/query-client';
import { makeAiSummary } from '@/testing/ai-summary-factory';
import { signInForTest, TEST_ORGANIZATION_ID } from '@/testing/session';

const LEAD_ID = 'lead-1';
const latestKey = latestAiSummaryQueryKey(TEST_ORGANIZATION_ID, LEAD_ID);
const historyKey = aiSummaryHistoryQueryKey(TEST_ORGANIZATION_ID, LEAD_ID);

function showHistory(...pages: AiSummaryResponse[][]): void {
  queryClient.setQueryData<InfiniteData<AiSummariesPage, string | undefined>>(historyKey, {
    pages: pages.map((items, index) => ({
      items,
      next_cursor: index < pages.length - 1 ? `p${index + 2}` : null,
    })),
    pageParams: pages.map((_items, index) => (index === 0 ? undefined : `p${index + 1}`)),
  });
}

function historyIds(): string[][] {
  const data =
    queryClient.getQueryData<InfiniteData<AiSummariesPage, string | undefined>>(historyKey);
  return (data?.pages ?? []).map((page) => page.items.map((item) => item.id));
}

describe('receiveAiSummary', () => {
  const older = makeAiSummary({ lead_id: LEAD_ID, created_at: '2026-12-01T10:00:00.000Z' });
  const newer = makeAiSummary({ lead_id: LEAD_ID, created_at: '2026-12-02T10:00:00.000Z' });

  beforeEach(() => {
    signInForTest();
  });

  it('puts a new summary on top of the latest and of the history', () => {
    queryClient.setQueryData(latestKey, older);
    showHistory([older]);

    receiveAiSummary(newer);

    expect(queryClient.getQueryData(latestKey)).toEqual(newer);
    expect(historyIds()).toEqual([[newer.id, older.id]]);
  });

  it('finishes a pending summary in place', () => {
    const pending = { ...newer, status: 'pending' as const, summary: null };
    queryClient.setQueryData(latestKey, pending);
    showHistory([pending, older]);

    receiveAiSummary(newer);

    expect(queryClient.getQueryData(latestKey)).toEqual(newer);
    expect(historyIds()).toEqual([[newer.id, older.id]]);
  });

  it('never lets a late "pending" undo a finished summary (the 202 after the live event)', () => {
    queryClient.setQueryData(latestKey, newer);
    showHistory([newer]);

    receiveAiSummary({ ...newer, status: 'pending', summary: null });

    expect(queryClient.getQueryData(latestKey)).toEqual(newer);
    expect(historyIds()).toEqual([[newer.id]]);
  });

  it('makes the first summary of a lead that had none its latest', () => {
    queryClient.setQueryData(latestKey, null);

    receiveAiSummary(older);

    expect(queryClient.getQueryData(latestKey)).toEqual(older);
  });

  it('leaves an older summary that is not loaded to the page that will bring it', () => {
    queryClient.setQueryData(latestKey, newer);
    showHistory([newer], [older]);
    const oldest = makeAiSummary({ lead_id: LEAD_ID, created_at: '2026-11-01T10:00:00.000Z' });

    receiveAiSummary(oldest);

    expect(queryClient.getQueryData(latestKey)).toEqual(newer);
    expect(historyIds()).toEqual([[newer.id], [older.id]]);
  });

  it('loads nothing for a lead whose summaries are not on screen', () => {
    receiveAiSummary(newer);

    expect(queryClient.getQueryData(latestKey)).toBeUndefined();
    expect(queryClient.getQueryData(historyKey)).toBeUndefined();
  });
});
