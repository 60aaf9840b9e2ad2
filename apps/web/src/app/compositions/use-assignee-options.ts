import { useCallback, useMemo } from 'react';
import type { AssigneeOption } from '@/features/leads/types/lead-form';
import type { UseMembersResult } from '@/features/organizations/hooks/use-members';

export type AssigneeOptions = {
  assignees: AssigneeOption[];
  resolveUserName: (userId: string) => string | undefined;
};

/** The team (organizations feature) as the leads and timeline features want it. */
export function useAssigneeOptions(members: UseMembersResult): AssigneeOptions {
  const list = members.state.status === 'ready' ? members.state.members : null;
  const assignees = useMemo(
    () => (list ?? []).map((member) => ({ id: member.user_id, name: member.name })),
    [list],
  );
  const names = useMemo(
    () => new Map(assignees.map((assignee) => [assignee.id, assignee.name])),
    [assignees],
  );
  const resolveUserName = useCallback((userId: string) => names.get(userId), [names]);
  return { assignees, resolveUserName };
}
