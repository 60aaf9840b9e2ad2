import type { LeadResponse } from '@loved/shared';
import { memo } from 'react';
import { Link } from 'react-router';
import { NextActivityLabel } from '@/components/next-activity-label';
import { paths } from '@/config/paths';
import { LeadListOwner } from '@/features/lead-list/components/lead-list-owner';
import { LeadListPriority } from '@/features/lead-list/components/lead-list-priority';
import { LeadListResult } from '@/features/lead-list/components/lead-list-result';
import { daysInStage } from '@/features/lead-list/utils/days-in-stage';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadListRowProps = {
  lead: LeadResponse;
  isSelected: boolean;
  /** `range`: Shift was held, so the rows since the last click follow. */
  onToggle: (leadId: string, options: { range: boolean }) => void;
};

/** Whether the change came from a click (or Space) with Shift held. */
function withShift(event: React.ChangeEvent<HTMLInputElement>): boolean {
  const native: Event = event.nativeEvent;
  return 'shiftKey' in native && native.shiftKey === true;
}

/** One lead of the table: its checkbox, a link to its page and what a rep scans for. */
export const LeadListRow = memo(function LeadListRow({
  lead,
  isSelected,
  onToggle,
}: LeadListRowProps): React.JSX.Element {
  const { t, money, relative, dateTime } = useTranslation();
  const days = daysInStage(lead.stage_changed_at);
  return (
    <tr
      data-selected={isSelected || undefined}
      className={cn(
        'border-t border-border transition-colors hover:bg-muted/40',
        isSelected && 'bg-brand-soft/40 hover:bg-brand-soft/60',
      )}
    >
      <td className="w-10 px-3 py-2">
        <input
          type="checkbox"
          className="size-4 cursor-pointer accent-primary align-middle"
          aria-label={t('leadList.table.selectRow', { name: lead.name })}
          checked={isSelected}
          onChange={(event) => onToggle(lead.id, { range: withShift(event) })}
        />
      </td>
      <th scope="row" className="max-w-64 px-3 py-2 text-left font-medium">
        <Link
          to={paths.lead(lead.id)}
          className="block truncate rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
        >
          {lead.name}
        </Link>
      </th>
      <td className="px-3 py-2 whitespace-nowrap">{t(`stages.${lead.stage}`)}</td>
      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
        {lead.estimated_value ? money(lead.estimated_value) : t('common.noValue')}
      </td>
      <td className="px-3 py-2 whitespace-nowrap">
        <LeadListOwner owner={lead.assigned_user} />
      </td>
      <td className="px-3 py-2">
        <LeadListPriority priority={lead.priority} />
      </td>
      <td className="px-3 py-2 whitespace-nowrap">
        <LeadListResult outcome={lead.outcome} />
      </td>
      <td className="max-w-56 px-3 py-2 whitespace-nowrap">
        <NextActivityLabel activity={lead.next_activity} isOpenLead={lead.outcome === null} />
      </td>
      <td className="px-3 py-2 whitespace-nowrap text-muted-foreground">
        {lead.last_contact_at ? (
          <time dateTime={lead.last_contact_at} title={dateTime(lead.last_contact_at)}>
            {relative(lead.last_contact_at)}
          </time>
        ) : (
          t('leadList.table.noContact')
        )}
      </td>
      <td className="px-3 py-2 whitespace-nowrap tabular-nums">
        {days === 0
          ? t('leadList.table.daysToday')
          : days === 1
            ? t('leadList.table.daysOne')
            : t('leadList.table.days', { count: days })}
      </td>
    </tr>
  );
});
