import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type EmptyStateProps = {
  icon: LucideIcon;
  title: string;
  description?: ReactNode;
  /** A button or link that gets the user going. */
  action?: ReactNode;
  /** The title's heading level: h1 when the empty state is the whole page. */
  titleAs?: 'h1' | 'h2' | 'h3';
  className?: string;
};

export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  titleAs: Title = 'h2',
  className,
}: EmptyStateProps): React.JSX.Element {
  return (
    <div
      className={cn(
        'flex flex-col items-center gap-3 rounded-xl border border-dashed border-border px-6 py-12 text-center',
        className,
      )}
    >
      <span className="grid size-12 place-items-center rounded-xl bg-brand-soft text-brand">
        <Icon aria-hidden="true" className="size-6" />
      </span>
      <Title className="text-base font-semibold">{title}</Title>
      {description ? (
        <div className="max-w-md text-sm text-muted-foreground">{description}</div>
      ) : null}
      {action}
    </div>
  );
}
