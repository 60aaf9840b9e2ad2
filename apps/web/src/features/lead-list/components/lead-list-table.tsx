import type { LeadResponse, LeadSort } from '@loved/shared';
import { useEffect, useRef } from 'react';
import { LeadListHeaderCell } from '@/features/lead-list/components/lead-list-header-cell';
import { LeadListRow } from '@/features/lead-list/components/lead-list-row';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadListTableProps = {
  leads: LeadResponse[];
  sort: LeadSort | undefined;
  onSortChange: (sort: LeadSort | undefined) => void;
  isSelected: (leadId: string) => boolean;
  /** Some rows, but not all, are selected: the header box shows a dash. */
  isPartlySelected: boolean;
  allSelected: boolean;
  onToggle: (leadId: string, options: { range: boolean }) => void;
  onToggleAll: () => void;
  /** Another query is loading: the rows shown are the previous ones. */
  isStale?: boolean;
};

/** The leads as a table: sortable headers, a checkbox per row and one for the whole page. */
export function LeadListTable({
  leads,
  sort,
  onSortChange,
  isSelected,
  isPartlySelected,
  allSelected,
  onToggle,
  onToggleAll,
  isStale = false,
}: LeadListTableProps): React.JSX.Element {
  const { t } = useTranslation();
  const selectAllRef = useRef<HTMLInputElement>(null);

  // `indeterminate` exists only as a DOM property, not as an attribute React could render.
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = isPartlySelected;
  }, [isPartlySelected]);

  return (
    <div
      className={cn(
        'overflow-x-auto rounded-xl border border-border bg-surface transition-opacity',
        isStale && 'opacity-60',
      )}
      aria-busy={isStale || undefined}
    >
      <table className="w-full min-w-[64rem] border-collapse text-sm">
        <caption className="sr-only">{t('leadList.table.label')}</caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="w-10 px-3 py-2">
              <input
                ref={selectAllRef}
                type="checkbox"
                className="size-4 cursor-pointer accent-primary align-middle"
                aria-label={t('leadList.table.selectAll')}
                checked={allSelected}
                disabled={leads.length === 0}
                onChange={onToggleAll}
              />
            </th>
            <LeadListHeaderCell
              column="name"
              label={t('leadList.table.name')}
              sort={sort}
              onSortChange={onSortChange}
            />
            <th scope="col" className="px-3 py-2 font-medium">
              {t('leadList.table.stage')}
            </th>
            <LeadListHeaderCell
              column="value"
              label={t('leadList.table.value')}
              sort={sort}
              onSortChange={onSortChange}
              align="right"
            />
            <th scope="col" className="px-3 py-2 font-medium">
              {t('leadList.table.owner')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('leadList.table.priority')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('leadList.table.result')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('nextActivity.column')}
            </th>
            <LeadListHeaderCell
              column="lastContact"
              label={t('leadList.table.lastContact')}
              sort={sort}
              onSortChange={onSortChange}
            />
            <LeadListHeaderCell
              column="daysInStage"
              label={t('leadList.table.daysInStage')}
              sort={sort}
              onSortChange={onSortChange}
            />
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <LeadListRow
              key={lead.id}
              lead={lead}
              isSelected={isSelected(lead.id)}
              onToggle={onToggle}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
