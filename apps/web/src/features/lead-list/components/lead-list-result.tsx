import type { LeadOutcome } from '@loved/shared';
import { CircleX, Trophy } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadListResultProps = {
  outcome: LeadOutcome | null;
};

/** "Ganho" or "Perdido" with an icon and colour; "Em aberto" while the deal is open. */
export function LeadListResult({ outcome }: LeadListResultProps): React.JSX.Element {
  const { t } = useTranslation();
  if (!outcome) {
    return <span className="text-muted-foreground">{t('leadList.table.open')}</span>;
  }
  const Icon = outcome === 'won' ? Trophy : CircleX;
  return (
    <Badge variant={outcome === 'won' ? 'success' : 'destructive'} data-outcome={outcome}>
      <Icon aria-hidden="true" />
      {t(`outcomes.${outcome}`)}
    </Badge>
  );
}
