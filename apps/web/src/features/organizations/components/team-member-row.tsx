import type { MemberResponse, Role } from '@loved/shared';
import { Trash2 } from 'lucide-react';
import { Avatar, AvatarFallback } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isRole, ROLE_OPTIONS } from '@/features/organizations/utils/roles';
import { initialsOf } from '@/utils/initials';

export type TeamMemberRowProps = {
  member: MemberResponse;
  isCurrentUser: boolean;
  canManage: boolean;
  isBusy: boolean;
  onChangeRole: (member: MemberResponse, role: Role) => void;
  onRemove: (member: MemberResponse) => void;
};

export function TeamMemberRow({
  member,
  isCurrentUser,
  canManage,
  isBusy,
  onChangeRole,
  onRemove,
}: TeamMemberRowProps): React.JSX.Element {
  const { t, date } = useTranslation();

  return (
    <li className="flex flex-col gap-3 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center">
      <div className="flex min-w-0 flex-1 items-center gap-3">
        <Avatar className="size-9">
          <AvatarFallback>{initialsOf(member.name)}</AvatarFallback>
        </Avatar>
        <div className="min-w-0">
          <p className="truncate text-sm font-medium">
            {member.name}
            {isCurrentUser ? (
              <span className="font-normal text-muted-foreground"> ({t('common.you')})</span>
            ) : null}
          </p>
          <p className="truncate text-xs text-muted-foreground">
            {member.email} · {t('settings.team.joined', { date: date(member.joined_at) })}
          </p>
        </div>
      </div>
      {canManage ? (
        <div className="flex items-center gap-2 pl-12 sm:pl-0">
          <Select
            aria-label={t('settings.team.roleOf', { name: member.name })}
            className="w-40"
            value={member.role}
            disabled={isBusy}
            onChange={(event) => {
              if (isRole(event.target.value)) onChangeRole(member, event.target.value);
            }}
          >
            {ROLE_OPTIONS.map((role) => (
              <option key={role} value={role}>
                {t(`organization.roles.${role}`)}
              </option>
            ))}
          </Select>
          {isCurrentUser ? (
            <span className="size-9" aria-hidden="true" />
          ) : (
            <Button
              variant="ghost"
              size="icon"
              aria-label={t('settings.team.removeMember', { name: member.name })}
              disabled={isBusy}
              onClick={() => onRemove(member)}
            >
              <Trash2 aria-hidden="true" />
            </Button>
          )}
        </div>
      ) : (
        <Badge variant="secondary" className="ml-12 sm:ml-0">
          {t(`organization.roles.${member.role}`)}
        </Badge>
      )}
    </li>
  );
}
