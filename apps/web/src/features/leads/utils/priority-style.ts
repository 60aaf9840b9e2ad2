import type { LeadPriority } from '@loved/shared';

/** Each priority's colour; the label always goes with it, never the colour alone. */
export const PRIORITY_STYLES: Record<LeadPriority, string> = {
  high: 'border-red-200 bg-red-50 text-red-700',
  medium: 'border-amber-200 bg-amber-50 text-amber-800',
  low: 'border-border bg-muted text-muted-foreground',
};
