import { Columns3, Columns4 } from 'lucide-react';
import type { BoardDensity } from '@/features/leads/hooks/use-board-density';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadBoardDensityProps = {
  density: BoardDensity;
  onChange: (density: BoardDensity) => void;
  className?: string;
};

const OPTIONS: ReadonlyArray<{ density: BoardDensity; icon: typeof Columns3 }> = [
  { density: 'comfortable', icon: Columns3 },
  { density: 'compact', icon: Columns4 },
];

/** Comfortable or compact columns: two toggle buttons, the pressed one is the current. */
export function LeadBoardDensity({
  density,
  onChange,
  className,
}: LeadBoardDensityProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div
      role="group"
      aria-label={t('pipeline.density.label')}
      className={cn('inline-flex rounded-md border border-border bg-surface p-0.5', className)}
    >
      {OPTIONS.map(({ density: option, icon: Icon }) => (
        <button
          key={option}
          type="button"
          aria-pressed={density === option}
          onClick={() => onChange(option)}
          className={cn(
            'inline-flex h-7 items-center gap-1.5 rounded px-2 text-xs font-medium text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring',
            density === option && 'bg-muted text-foreground',
          )}
        >
          <Icon aria-hidden="true" className="size-3.5" />
          {t(`pipeline.density.${option}`)}
        </button>
      ))}
    </div>
  );
}
