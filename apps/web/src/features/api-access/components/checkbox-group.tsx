import { useId, type ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type CheckboxGroupProps = {
  legend: string;
  /** Shown under the options and read with the group. */
  error?: string;
  className?: string;
  children: ReactNode;
};

/** A fieldset of checkboxes under one legend (the scopes of a key, the events of a webhook). */
export function CheckboxGroup({
  legend,
  error,
  className,
  children,
}: CheckboxGroupProps): React.JSX.Element {
  const errorId = useId();
  return (
    <fieldset
      className={cn('flex flex-col gap-2', className)}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      {children}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
