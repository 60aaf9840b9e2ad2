import { ChevronDown } from 'lucide-react';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

export type SelectProps = ComponentProps<'select'>;

/**
 * A native select with the inputs' look. Native on purpose: phones show their own picker,
 * screen readers and autofill know it, and it costs no JavaScript.
 */
export function Select({ className, children, ...props }: SelectProps): React.JSX.Element {
  return (
    <span className={cn('relative inline-flex w-full', className)}>
      <select
        className="h-9 w-full appearance-none rounded-md border border-border bg-surface py-1 pr-8 pl-3 text-base shadow-xs transition-colors outline-none focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/30 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive md:text-sm"
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </span>
  );
}
