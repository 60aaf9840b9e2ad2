import type { LeadResponse } from '@loved/shared';
import { Calendar, CircleDollarSign, UserRound } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { LeadResultBadge } from '@/features/leads/components/lead-result-badge';
import { LeadContactActions } from '@/features/leads/components/lead-page/lead-contact-actions';
import { LeadStageAge } from '@/features/leads/components/lead-page/lead-stage-age';
import { STAGE_STYLES } from '@/features/leads/utils/stages';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';
import { CHANNEL_STYLES } from '@/utils/channel-style';

export type LeadSummaryProps = {
  lead: LeadResponse;
  titleLevel: 'h1' | 'h2';
};

/**
 * The lead at a glance in the board's side panel: name, stage, result, days in stage, value,
 * assignee, last contact, and its contacts in one click.
 */
export function LeadSummary({ lead, titleLevel: Title }: LeadSummaryProps): React.JSX.Element {
  const { t, money, relative, date } = useTranslation();
  const channel = lead.last_contact_channel ? CHANNEL_STYLES[lead.last_contact_channel] : null;
  const ChannelIcon = channel?.icon;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2 pr-10">
        <Title className="text-2xl font-semibold tracking-tight break-words">{lead.name}</Title>
        <Badge
          variant="outline"
          className={cn('border-transparent', STAGE_STYLES[lead.stage].headerClass)}
        >
          {t(`stages.${lead.stage}`)}
        </Badge>
        {lead.priority === 'high' ? (
          <Badge variant="destructive">{t('pipeline.card.highPriority')}</Badge>
        ) : null}
        <LeadResultBadge outcome={lead.outcome} />
      </div>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-muted-foreground">
        <li>
          <LeadStageAge since={lead.stage_changed_at} />
        </li>
        {lead.estimated_value !== null ? (
          <li className="flex items-center gap-1.5">
            <CircleDollarSign aria-hidden="true" className="size-4" />
            <span className="sr-only">{t('lead.fields.estimatedValue')}: </span>
            <span className="font-medium text-green-700">{money(lead.estimated_value)}</span>
          </li>
        ) : null}
        <li className="flex items-center gap-1.5">
          <UserRound aria-hidden="true" className="size-4" />
          <span className="sr-only">{t('lead.fields.assignee')}: </span>
          {lead.assigned_user?.name ?? t('common.unassigned')}
        </li>
        {lead.last_contact_at ? (
          <li className="flex items-center gap-1.5">
            {ChannelIcon ? (
              <ChannelIcon aria-hidden="true" className={cn('size-4', channel.iconClass)} />
            ) : null}
            {t('lead.details.lastContact', { date: relative(lead.last_contact_at) })}
          </li>
        ) : null}
        <li className="flex items-center gap-1.5">
          <Calendar aria-hidden="true" className="size-4" />
          {t('lead.details.createdAt', { date: date(lead.created_at) })}
        </li>
      </ul>
      <LeadContactActions phone={lead.phone} email={lead.email} />
    </div>
  );
}
