import type { MAX_PAGE_LIMIT, MemberResponse } from '@loved/shared';
import { useCallback, useEffect, useState } from 'react';
import { getMembers } from '@/features/organizations/api/get-members';

const PAGE_LIMIT: typeof MAX_PAGE_LIMIT = 100;
/** Agencies are small teams; past this many pages the list stops rather than loop forever. */
const MAX_PAGES = 20;

export type MembersState =
  | { status: 'loading' }
  | { status: 'ready'; members: MemberResponse[] }
  | { status: 'error'; error: unknown };

export type UseMembersResult = {
  state: MembersState;
  reload: () => void;
  /** Replaces one member (after a role change) or removes it when `next` is null. */
  replaceMember: (userId: string, next: MemberResponse | null) => void;
};

async function loadAllMembers(signal: AbortSignal): Promise<MemberResponse[]> {
  const members: MemberResponse[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await getMembers({ cursor, limit: PAGE_LIMIT }, signal);
    members.push(...result.items);
    if (!result.next_cursor) break;
    cursor = result.next_cursor;
  }
  return members;
}

/** The current organisation's whole team. */
export function useMembers(): UseMembersResult {
  const [state, setState] = useState<MembersState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    loadAllMembers(controller.signal)
      .then((members): MembersState => ({ status: 'ready', members }))
      .catch((error: unknown): MembersState => ({ status: 'error', error }))
      .then((next) => {
        if (!controller.signal.aborted) setState(next);
      });
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((current) => current + 1);
  }, []);

  const replaceMember = useCallback((userId: string, next: MemberResponse | null) => {
    setState((current) => {
      if (current.status !== 'ready') return current;
      const members = next
        ? current.members.map((member) => (member.user_id === userId ? next : member))
        : current.members.filter((member) => member.user_id !== userId);
      return { status: 'ready', members };
    });
  }, []);

  return { state, reload, replaceMember };
}
