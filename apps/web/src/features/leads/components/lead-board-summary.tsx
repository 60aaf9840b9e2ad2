import type { ReactNode } from 'react';
import type { LeadResult, Tally } from '@/features/leads/types/board';
import { leadCountText, tallyText } from '@/features/leads/utils/board-text';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadBoardSummaryProps = {
  totals: Tally & { results: Record<LeadResult, Tally> };
  /** Shown at the end of the line (the density toggle). */
  aside?: ReactNode;
};

const RESULT_CLASSES: Record<LeadResult, string> = {
  open: 'text-foreground',
  won: 'text-success',
  lost: 'text-destructive',
};

/** The whole pipeline under the current filters: leads and R$, then open, won and lost. */
export function LeadBoardSummary({ totals, aside }: LeadBoardSummaryProps): React.JSX.Element {
  const { t, cents } = useTranslation();
  return (
    <section
      aria-labelledby="pipeline-total-title"
      className="flex flex-wrap items-center gap-x-6 gap-y-2"
    >
      <h2 id="pipeline-total-title" className="sr-only">
        {t('pipeline.totals.label')}
      </h2>
      <p className="flex items-baseline gap-2" data-testid="pipeline-total">
        <span className="text-xs text-muted-foreground">{t('pipeline.totals.label')}</span>
        <span className="text-base font-semibold tabular-nums">{cents(totals.cents)}</span>
        <span className="text-xs text-muted-foreground tabular-nums">
          {leadCountText(totals.count, t)}
        </span>
      </p>
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs tabular-nums">
        {(['open', 'won', 'lost'] as const).map((result) => (
          <div key={result} className="flex gap-1" data-result={result}>
            <dt className="text-muted-foreground">{t(`pipeline.totals.${result}`)}:</dt>
            <dd className={cn('font-medium', RESULT_CLASSES[result])}>
              {tallyText(totals.results[result], t, cents)}
            </dd>
          </div>
        ))}
      </dl>
      {aside ? <div className="ml-auto">{aside}</div> : null}
    </section>
  );
}
