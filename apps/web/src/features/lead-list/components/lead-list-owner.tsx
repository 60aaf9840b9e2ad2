import type { LeadAssignee } from '@loved/shared';
import { Avatar, AvatarFallback, AvatarImage } from '@/components/ui/avatar';
import { useTranslation } from '@/lib/i18n/use-translation';
import { initialsOf } from '@/utils/initials';

export type LeadListOwnerProps = {
  owner: LeadAssignee | null;
};

/** Whose lead it is: avatar (photo or initials) and first name, or "Sem responsável". */
export function LeadListOwner({ owner }: LeadListOwnerProps): React.JSX.Element {
  const { t } = useTranslation();
  if (!owner) {
    return <span className="text-muted-foreground">{t('common.unassigned')}</span>;
  }
  return (
    <span className="inline-flex items-center gap-2" title={owner.name}>
      <Avatar className="size-6">
        {owner.avatar_url ? <AvatarImage src={owner.avatar_url} alt="" /> : null}
        <AvatarFallback aria-hidden="true" className="bg-brand-soft text-[10px] text-foreground">
          {initialsOf(owner.name)}
        </AvatarFallback>
      </Avatar>
      <span className="max-w-36 truncate">{owner.name}</span>
    </span>
  );
}
