import type { ReactNode } from 'react';

export type PageHeaderProps = {
  title: string;
  description?: ReactNode;
  /** Shown beside the title: a badge, a button. */
  aside?: ReactNode;
};

export function PageHeader({ title, description, aside }: PageHeaderProps): React.JSX.Element {
  return (
    <div className="mb-8 flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight md:text-3xl">{title}</h1>
        {aside}
      </div>
      {description ? (
        <p className="max-w-2xl text-sm text-muted-foreground md:text-base">{description}</p>
      ) : null}
    </div>
  );
}
