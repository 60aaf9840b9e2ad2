import type { MemberResponse, Role } from '@loved/shared';
import { useState } from 'react';
import { ErrorState } from '@/components/error-state';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { useMembers } from '@/features/organizations/api/get-members';
import { useRemoveMember } from '@/features/organizations/api/remove-member';
import { useUpdateMemberRole } from '@/features/organizations/api/update-member-role';
import { RemoveMemberDialog } from '@/features/organizations/components/remove-member-dialog';
import { TeamMemberRow } from '@/features/organizations/components/team-member-row';
import { describeError } from '@/lib/describe-error';
import { useTranslation } from '@/lib/i18n/use-translation';
import { showToast } from '@/stores/toast.store';

export type TeamCardProps = {
  currentUserId: string | null;
  canManage: boolean;
};

/** The team with its roles; admins change roles and remove people here. */
export function TeamCard({ currentUserId, canManage }: TeamCardProps): React.JSX.Element {
  const { t, dictionary } = useTranslation();
  const members = useMembers();
  const updateRole = useUpdateMemberRole();
  const remove = useRemoveMember();
  const [busyUserId, setBusyUserId] = useState<string | null>(null);
  const [memberToRemove, setMemberToRemove] = useState<MemberResponse | null>(null);

  const handleChangeRole = async (member: MemberResponse, role: Role): Promise<void> => {
    setBusyUserId(member.user_id);
    try {
      await updateRole.mutateAsync({ userId: member.user_id, role });
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
      await remove.mutateAsync(member.user_id);
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
        {members.isPending ? (
          <div className="flex flex-col gap-3">
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-10 w-full" />
          </div>
        ) : null}
        {members.isError ? (
          <ErrorState
            title={t('settings.team.loadError')}
            message={describeError(members.error, t, dictionary)}
            onRetry={() => void members.refetch()}
          />
        ) : null}
        {members.isSuccess && members.data.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t('settings.team.empty')}</p>
        ) : null}
        {members.isSuccess && members.data.length > 0 ? (
          <ul aria-label={t('settings.team.title')} className="divide-y divide-border">
            {members.data.map((member) => (
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
