import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type IntegrationSectionProps = {
  /** The heading's id, which names the section (and anything else it labels). */
  titleId: string;
  title: string;
  description: string;
  className?: string;
  children: ReactNode;
};

/** A titled part of an integration card, with a line saying what it is for. */
export function IntegrationSection({
  titleId,
  title,
  description,
  className,
  children,
}: IntegrationSectionProps): React.JSX.Element {
  return (
    <section aria-labelledby={titleId} className={cn('flex flex-col', className)}>
      <div>
        <h3 id={titleId} className="text-sm font-semibold">
          {title}
        </h3>
        <p className="mt-1 text-xs text-muted-foreground">{description}</p>
      </div>
      {children}
    </section>
  );
}
