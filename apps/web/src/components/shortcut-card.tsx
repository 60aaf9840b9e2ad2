import { ChevronRight, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type ShortcutCardProps = {
  to: string;
  icon: LucideIcon;
  title: string;
  description: string;
  /** Shown beside the title, e.g. a status badge. */
  aside?: ReactNode;
};

/** A whole-card link to another page. */
export function ShortcutCard({
  to,
  icon: Icon,
  title,
  description,
  aside,
}: ShortcutCardProps): React.JSX.Element {
  return (
    <Link
      to={to}
      className="group flex items-start gap-4 rounded-xl border border-border bg-surface p-5 shadow-xs transition-colors outline-none hover:border-foreground/20 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
    >
      <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-muted text-muted-foreground transition-colors group-hover:text-foreground">
        <Icon aria-hidden="true" className="size-4" />
      </span>
      <span className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="flex flex-wrap items-center gap-2 text-sm font-semibold">
          {title}
          {aside}
        </span>
        <span className="text-sm text-muted-foreground">{description}</span>
      </span>
      <ChevronRight
        aria-hidden="true"
        className="mt-1 size-4 shrink-0 text-muted-foreground transition-transform group-hover:translate-x-0.5"
      />
    </Link>
  );
}
