import type { BoardColumn } from '@/features/leads/types/board';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadColumnTotalsProps = {
  column: BoardColumn;
};

/**
 * A column's BRL, open deals apart from closed ones: "Em aberto" for a working stage; on
 * Fechado, what was won and what was lost (and any deal there still without a result).
 */
export function LeadColumnTotals({ column }: LeadColumnTotalsProps): React.JSX.Element {
  const { t, cents } = useTranslation();
  const { open, won, lost } = column.results;

  if (column.stage !== 'fechado') {
    return (
      <p className="mt-1 text-xs text-foreground/70 tabular-nums">
        {t('pipeline.column.open', { value: cents(open.cents) })}
      </p>
    );
  }
  return (
    <ul className="mt-1 flex flex-col gap-0.5 text-xs tabular-nums">
      <li className="font-medium text-success" data-result="won">
        {t('pipeline.column.won', { count: won.count, value: cents(won.cents) })}
      </li>
      <li className="font-medium text-destructive" data-result="lost">
        {t('pipeline.column.lost', { count: lost.count, value: cents(lost.cents) })}
      </li>
      {open.count > 0 ? (
        <li className="text-foreground/70" data-result="open">
          {t('pipeline.column.openCount', { count: open.count, value: cents(open.cents) })}
        </li>
      ) : null}
    </ul>
  );
}
