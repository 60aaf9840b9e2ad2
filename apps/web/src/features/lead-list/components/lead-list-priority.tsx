import type { LeadPriority } from '@loved/shared';
import { Flag } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

// The board's colours for each priority (features/leads keeps its own; features share none).
const PRIORITY_CLASSES: Record<LeadPriority, string> = {
  high: 'border-red-200 bg-red-50 text-red-700',
  medium: 'border-amber-200 bg-amber-50 text-amber-800',
  low: 'border-border bg-muted text-muted-foreground',
};

export type LeadListPriorityProps = {
  priority: LeadPriority;
};

/** The priority in words, with the board's colour ("Alta" in red). */
export function LeadListPriority({ priority }: LeadListPriorityProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      className={cn('gap-1 px-1.5 py-0 font-medium', PRIORITY_CLASSES[priority])}
      data-priority={priority}
    >
      <Flag aria-hidden="true" />
      {t(`priorities.${priority}`)}
    </Badge>
  );
}
