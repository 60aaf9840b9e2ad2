import { useCallback, useMemo } from 'react';
import type { AssigneeOption } from '@/features/leads/types/lead-form';
import { useMembers } from '@/features/organizations/api/get-members';

export type AssigneeOptions = {
  assignees: AssigneeOption[];
  resolveUserName: (userId: string) => string | undefined;
};

/**
 * The team (organizations feature) as the leads and timeline features want it. Every caller
 * shares the one cached list, so the board and its side panel ask for it once.
 */
export function useAssigneeOptions(): AssigneeOptions {
  const { data: members } = useMembers();
  const assignees = useMemo(
    () => (members ?? []).map((member) => ({ id: member.user_id, name: member.name })),
    [members],
  );
  const names = useMemo(
    () => new Map(assignees.map((assignee) => [assignee.id, assignee.name])),
    [assignees],
  );
  const resolveUserName = useCallback((userId: string) => names.get(userId), [names]);
  return { assignees, resolveUserName };
}
