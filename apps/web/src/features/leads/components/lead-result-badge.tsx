import type { LeadOutcome } from '@loved/shared';
import { CircleX, Trophy } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadResultBadgeProps = {
  outcome: LeadOutcome | null;
  className?: string;
};

/** "Ganho" or "Perdido" with an icon and colour; nothing while the deal is open. */
export function LeadResultBadge({
  outcome,
  className,
}: LeadResultBadgeProps): React.JSX.Element | null {
  const { t } = useTranslation();
  if (!outcome) return null;
  const Icon = outcome === 'won' ? Trophy : CircleX;
  const label = t(`outcomes.${outcome}`);
  return (
    <Badge
      variant={outcome === 'won' ? 'success' : 'destructive'}
      className={className}
      title={t('leadResult.badge', { outcome: label })}
      data-outcome={outcome}
    >
      <Icon aria-hidden="true" />
      {label}
    </Badge>
  );
}
