import type { DependencyStatus, HealthDependency } from '@loved/shared';
import {
  CircleCheck,
  CircleMinus,
  CircleX,
  Database,
  HardDrive,
  Server,
  type LucideIcon,
} from 'lucide-react';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import { useTranslation } from '@/lib/i18n/use-translation';

const DEPENDENCY_ICONS: Record<HealthDependency, LucideIcon> = {
  database: Database,
  redis: Server,
  storage: HardDrive,
};

const STATUS_LOOK: Record<
  DependencyStatus,
  { icon: LucideIcon; variant: NonNullable<BadgeProps['variant']> }
> = {
  up: { icon: CircleCheck, variant: 'success' },
  down: { icon: CircleX, variant: 'destructive' },
  skipped: { icon: CircleMinus, variant: 'muted' },
};

export type DependencyStatusRowProps = {
  dependency: HealthDependency;
  status: DependencyStatus;
};

export function DependencyStatusRow({
  dependency,
  status,
}: DependencyStatusRowProps): React.JSX.Element {
  const { t } = useTranslation();
  const DependencyIcon = DEPENDENCY_ICONS[dependency];
  const { icon: StatusIcon, variant } = STATUS_LOOK[status];

  return (
    <li className="flex items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
      <span className="flex items-center gap-3 text-sm font-medium">
        <span className="grid size-8 place-items-center rounded-md bg-muted text-muted-foreground">
          <DependencyIcon aria-hidden="true" className="size-4" />
        </span>
        {t(`systemStatus.dependencies.${dependency}`)}
      </span>
      <Badge variant={variant}>
        <StatusIcon aria-hidden="true" />
        {t(`systemStatus.statuses.${status}`)}
      </Badge>
    </li>
  );
}
