import type { LeadPriority } from '@loved/shared';
import { Flag } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { PRIORITY_STYLES } from '@/features/leads/utils/priority-style';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadPriorityBadgeProps = {
  priority: LeadPriority;
  className?: string;
};

/** The priority in words and colour ("Alta" in red), read as "Prioridade Alta". */
export function LeadPriorityBadge({
  priority,
  className,
}: LeadPriorityBadgeProps): React.JSX.Element {
  const { t } = useTranslation();
  const label = t(`priorities.${priority}`);
  return (
    <Badge
      variant="outline"
      className={cn('gap-1 px-1.5 py-0 font-medium', PRIORITY_STYLES[priority], className)}
      data-priority={priority}
    >
      <Flag aria-hidden="true" />
      <span className="sr-only">{t('pipeline.card.priority', { priority: label })}</span>
      <span aria-hidden="true">{label}</span>
    </Badge>
  );
}
