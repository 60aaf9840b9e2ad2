import type { MemberResponse, Role } from '@loved/shared';
import { useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { removeMember } from '@/features/organizations/api/remove-member';
import { updateMemberRole } from '@/features/organizations/api/update-member-role';
import { RemoveMemberDialog } from '@/features/organizations/components/remove-member-dialog';
import { TeamMemberRow } from '@/features/organizations/components/team-member-row';
import type { UseMembersResult } from '@/features/organizations/hooks/use-members';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type TeamCardProps = {
  members: UseMembersResult;
  currentUserId: string | null;
  canManage: boolean;
};

/** The team with its roles; admins change roles and remove people here. */
export function TeamCard({ members, currentUserId, canManage }: TeamCardProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const { state, reload, replaceMember } = members;
  const [busyUserId, setBusyUserId] = useState<string | null>(null);
  const [memberToRemove, setMemberToRemove] = useState<MemberResponse | null>(null);

  const handleChangeRole = async (member: MemberResponse, role: Role): Promise<void> => {
    setBusyUserId(member.user_id);
    try {
      const updated = await updateMemberRole(member.user_id, role);
      replaceMember(member.user_id, updated);
      showToast({
        title: t('settings.team.roleChanged', {
          name: member.name,
          role: t(`organization.roles.${role}`),
        }),
        variant: 'success',
      });
    } catch (failure) {
      showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
    } finally {
      setBusyUserId(null);
    }
  };

  const handleRemove = async (member: MemberResponse): Promise<void> => {
    setBusyUserId(member.user_id);
    try {
      await removeMember(member.user_id);
      replaceMember(member.user_id, null);
      setMemberToRemove(null);
      showToast({ title: t('settings.team.removed', { name: member.name }), variant: 'success' });
    } catch (failure) {
      setMemberToRemove(null);
      showToast({ title: describeError(failure, t, dictionary), variant: 'destructive' });
    } finally {
      setBusyUserId(null);
    }
  };

  return (
    <Card role="region" aria-labelledby="team-title">
      <CardHeader>
        <div>
          <CardTitle id="team-title">{t('settings.team.title')}</CardTitle>
          <CardDescription>
            {canManage ? t('settings.team.description') : t('settings.team.readOnly')}
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        {state.status === 'loading' ? (
          <div className="flex flex-col gap-3">
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </div>
        ) : null}
        {state.status === 'error' ? (
          <ErrorState
            title={t('settings.team.loadError')}
            message={describeError(state.error, t, dictionary)}
            onRetry={reload}
          />
        ) : null}
        {state.status === 'ready' && state.members.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t('settings.team.empty')}</p>
        ) : null}
        {state.status === 'ready' && state.members.length > 0 ? (
          <ul aria-label={t('settings.team.title')} className="divide-y divide-border">
            {state.members.map((member) => (
              <TeamMemberRow
                key={member.user_id}
                member={member}
                isCurrentUser={member.user_id === currentUserId}
                canManage={canManage}
                isBusy={busyUserId === member.user_id}
                onChangeRole={(target, role) => void handleChangeRole(target, role)}
                onRemove={setMemberToRemove}
              />
            ))}
          </ul>
        ) : null}
      </CardContent>
      <RemoveMemberDialog
        member={memberToRemove}
        isRemoving={busyUserId !== null}
        onConfirm={(member) => void handleRemove(member)}
        onCancel={() => setMemberToRemove(null)}
      />
    </Card>
  );
}
