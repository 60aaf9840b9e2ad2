import type { ListEnvelope, MAX_PAGE_LIMIT, MemberResponse } from '@loved/shared';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useOrganizationId } from '@/hooks/use-organization-id';
import { apiClient } from '@/lib/api-client';
import type { AppQueryOptions } from '@/lib/query-options';
import { tenantQueryKey } from '@/lib/tenant-query-key';

export type GetMembersParams = { cursor?: string; limit?: number };

const PAGE_LIMIT: typeof MAX_PAGE_LIMIT = 100;
/** Agencies are small teams; past this many pages the list stops rather than loop forever. */
const MAX_PAGES = 20;
/** The team changes rarely, and every change made here updates the cache itself. */
const MEMBERS_STALE_TIME_MS = 5 * 60_000;

/** GET /members: one page of the current organisation's members, in joining order. */
export async function getMembers(
  params: GetMembersParams = {},
  signal?: AbortSignal,
): Promise<ListEnvelope<MemberResponse>> {
  const response = await apiClient.get<ListEnvelope<MemberResponse>>('/members', {
    params,
    signal,
  });
  return response.data;
}

/** Every page of `GET /members`: the whole team. */
export async function getAllMembers(signal?: AbortSignal): Promise<MemberResponse[]> {
  const members: MemberResponse[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await getMembers({ ...(cursor ? { cursor } : {}), limit: PAGE_LIMIT }, signal);
    members.push(...result.items);
    if (!result.next_cursor) break;
    cursor = result.next_cursor;
  }
  return members;
}

export function membersQueryKey(organizationId: string | null): readonly unknown[] {
  return [...tenantQueryKey(organizationId), 'members'];
}

export function getMembersQueryOptions(
  organizationId: string | null,
): AppQueryOptions<MemberResponse[]> {
  return queryOptions({
    queryKey: membersQueryKey(organizationId),
    queryFn: ({ signal }) => getAllMembers(signal),
    staleTime: MEMBERS_STALE_TIME_MS,
  });
}

/** The current organisation's whole team, shared by every screen that shows it. */
export function useMembers(): UseQueryResult<MemberResponse[]> {
  return useQuery(getMembersQueryOptions(useOrganizationId()));
}
