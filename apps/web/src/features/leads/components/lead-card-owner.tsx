import type { LeadAssignee } from '@loved/shared';
import { Avatar, AvatarFallback, AvatarImage } from '@/components/ui/avatar';
import { useTranslation } from '@/lib/i18n/use-translation';
import { initialsOf } from '@/utils/initials';

export type LeadCardOwnerProps = {
  owner: LeadAssignee | null;
};

/** Whose lead it is: their avatar (photo or initials), or "Sem responsável". */
export function LeadCardOwner({ owner }: LeadCardOwnerProps): React.JSX.Element {
  const { t } = useTranslation();
  if (!owner) {
    return (
      <span className="shrink-0 rounded-full border border-dashed border-border px-1.5 py-0.5 text-[11px] leading-none text-muted-foreground">
        {t('pipeline.card.unassigned')}
      </span>
    );
  }
  const label = t('pipeline.card.assignedTo', { name: owner.name });
  return (
    <Avatar className="size-6" title={label}>
      {owner.avatar_url ? <AvatarImage src={owner.avatar_url} alt="" /> : null}
      <AvatarFallback aria-hidden="true" className="bg-brand-soft text-[10px] text-foreground">
        {initialsOf(owner.name)}
      </AvatarFallback>
      <span className="sr-only">{label}</span>
    </Avatar>
  );
}
