import { LoaderCircle } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type SpinnerProps = {
  className?: string;
  /** Visible text beside the spinner; without it, screen readers still hear "Carregando…". */
  children?: ReactNode;
};

export function Spinner({ className, children }: SpinnerProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <span role="status" className={cn('inline-flex items-center gap-2', className)}>
      <LoaderCircle aria-hidden="true" className="size-4 shrink-0 animate-spin" />
      {children ?? <span className="sr-only">{t('common.loading')}</span>}
    </span>
  );
}
