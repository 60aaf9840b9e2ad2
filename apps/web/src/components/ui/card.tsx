import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

// The card's parts live together, as in shadcn/ui: they only make sense composed, and
// splitting six one-line wrappers over six files would hide that.

export type CardProps = ComponentProps<'div'>;

export function Card({ className, ...props }: CardProps): React.JSX.Element {
  return (
    <div
      className={cn(
        'flex flex-col gap-5 rounded-xl border border-border bg-surface py-5 text-foreground shadow-xs',
        className,
      )}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<'div'>): React.JSX.Element {
  return (
    <div
      className={cn('flex flex-wrap items-start justify-between gap-3 px-5', className)}
      {...props}
    />
  );
}

export function CardTitle({ className, ...props }: ComponentProps<'h2'>): React.JSX.Element {
  return <h2 className={cn('text-base leading-tight font-semibold', className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<'p'>): React.JSX.Element {
  return <p className={cn('mt-1 text-sm text-muted-foreground', className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<'div'>): React.JSX.Element {
  return <div className={cn('px-5', className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<'div'>): React.JSX.Element {
  return (
    <div
      className={cn('flex items-center gap-2 border-t border-border px-5 pt-4', className)}
      {...props}
    />
  );
}
