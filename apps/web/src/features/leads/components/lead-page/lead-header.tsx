import type { LeadResponse } from '@loved/shared';
import { CircleDollarSign, Flag, Hourglass, UserRound } from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { LeadCardHealth } from '@/features/leads/components/lead-card-health';
import { LeadResultBadge } from '@/features/leads/components/lead-result-badge';
import { LeadContactActions } from '@/features/leads/components/lead-page/lead-contact-actions';
import { LeadResultActions } from '@/features/leads/components/lead-page/lead-result-actions';
import { LeadStageAge } from '@/features/leads/components/lead-page/lead-stage-age';
import { rottingText } from '@/features/leads/utils/board-text';
import { STAGE_STYLES } from '@/features/leads/utils/stages';
import { cn } from '@/lib/cn';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LeadHeaderProps = {
  lead: LeadResponse;
  /** Actions other features bring (Ligar through Twilio, Resumo IA), composed in app/. */
  actions?: ReactNode;
};

/**
 * The top of the lead page: who (name, stage, result, days in stage, value, priority, owner),
 * the deal's health (idle, unanswered, WhatsApp window countdown), how to reach them in one
 * click, and what to do next (call, summary, won / lost / reopen).
 */
export function LeadHeader({ lead, actions }: LeadHeaderProps): React.JSX.Element {
  const { t, money } = useTranslation();

  return (
    <header className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-semibold tracking-tight break-words">{lead.name}</h1>
        <Badge
          variant="outline"
          className={cn('border-transparent', STAGE_STYLES[lead.stage].headerClass)}
        >
          <span className="sr-only">{t('lead.fields.stage')}: </span>
          {t(`stages.${lead.stage}`)}
        </Badge>
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
          <Flag
            aria-hidden="true"
            className={cn('size-4', lead.priority === 'high' && 'text-destructive')}
          />
          {t('lead.fields.priority')}: {t(`priorities.${lead.priority}`)}
        </li>
        <li className="flex items-center gap-1.5">
          <UserRound aria-hidden="true" className="size-4" />
          <span className="sr-only">{t('lead.fields.assignee')}: </span>
          {lead.assigned_user?.name ?? t('common.unassigned')}
        </li>
        {lead.health?.rotting ? (
          <li className="flex items-center gap-1.5 font-medium text-amber-700">
            <Hourglass aria-hidden="true" className="size-4" />
            {rottingText(lead.health.idle_days, t)}
          </li>
        ) : null}
        {lead.health ? (
          <li className="empty:hidden">
            <LeadCardHealth health={lead.health} />
          </li>
        ) : null}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <LeadContactActions phone={lead.phone} email={lead.email} />
        <div
          role="group"
          aria-label={t('lead.header.actions')}
          className="flex flex-wrap items-center gap-2"
        >
          {actions}
          <LeadResultActions lead={lead} />
        </div>
      </div>
    </header>
  );
}
